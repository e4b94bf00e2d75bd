import { useId } from 'react';
import type { Locale } from '../../../../src/i18n/locale';
import { useMessages } from '../../../../src/i18n/useI18n';
import { LEVER_CONTENT } from '../../content/levers';
import type { Lever, LeverRating } from '../../state';
import { leversMessages } from '../../messages/levers';

const RATINGS = [0, 1, 2, 3, 4, 5] as const;

interface LeverCardProps {
  lever: Lever;
  value: LeverRating | undefined;
  locale: Locale;
  onChange: (patch: Partial<LeverRating>) => void;
}

/**
 * One lever: what it is, a shop's and a supplier's example with the risk (folded, they are reading, not work), the
 * rating 0–5 saved on click and how the business would use it, saved on every keystroke.
 */
export function LeverCard({ lever, value, locale, onChange }: LeverCardProps) {
  const t = useMessages(leversMessages);
  const id = useId();
  const content = LEVER_CONTENT[lever];
  const name = content.name[locale];
  const rating = value?.rating ?? null;
  return (
    <article className="in-lever" aria-labelledby={`${id}-name`}>
      <h4 className="in-lever__name">
        <span id={`${id}-name`}>{name}</span>
        <span className={`in-lever__score${rating === null ? ' in-lever__score--unset' : ''}`}>{rating === null ? t('levers.unrated') : `${rating} / 5`}</span>
      </h4>
      <p className="explain">{content.what[locale]}</p>
      <details className="in-lever__more no-print">
        <summary>{t('levers.examples')}</summary>
        <dl>
          <dt>{t('levers.b2c')}</dt>
          <dd>{content.b2c[locale]}</dd>
          <dt>{t('levers.b2b')}</dt>
          <dd>{content.b2b[locale]}</dd>
          <dt>{t('levers.risk')}</dt>
          <dd>{content.risk[locale]}</dd>
        </dl>
      </details>
      <fieldset className="in-lever__rating" aria-labelledby={`${id}-legend ${id}-name`}>
        <legend id={`${id}-legend`}>
          {t('levers.ratingLegend')} <span className="field__hint">({t('levers.ratingHint')})</span>
        </legend>
        <div className="in-lever__options">
          {RATINGS.map((option) => (
            <label key={option} className="in-lever__option">
              <input
                type="radio"
                name={`${id}-rating`}
                value={option}
                checked={rating === option}
                aria-label={t('levers.ratingOption', { value: option, lever: name })}
                onChange={() => onChange({ rating: option })}
              />
              <span aria-hidden="true">{option}</span>
            </label>
          ))}
          {rating !== null ? (
            <button type="button" className="button button--quiet no-print" aria-label={t('levers.clearLabel', { lever: name })} onClick={() => onChange({ rating: null })}>
              {t('levers.clear')}
            </button>
          ) : null}
        </div>
      </fieldset>
      <div className="field field--wide">
        <label id={`${id}-how-label`} htmlFor={`${id}-how`} className="field__label">
          {t('levers.how')}
        </label>
        <textarea
          id={`${id}-how`}
          rows={2}
          aria-labelledby={`${id}-how-label ${id}-name`}
          value={value?.how ?? ''}
          onChange={(event) => onChange({ how: event.target.value })}
        />
      </div>
    </article>
  );
}
