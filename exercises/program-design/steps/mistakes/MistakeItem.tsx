import { useId } from 'react';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { MISTAKE_STATUSES, type Mistake, type MistakeAnswer, type MistakeStatus } from '../../state';
import { mistakeTexts, type MistakeSuggestion } from '../../content/mistakes';
import { mistakesMessages } from '../../messages/mistakes';
import { namesMessages } from '../../messages/names';
import { evidenceText } from './wording';

interface MistakeItemProps {
  mistake: Mistake;
  answer: MistakeAnswer | undefined;
  suggestion: MistakeSuggestion | undefined;
  onChange: (patch: Partial<MistakeAnswer>) => void;
}

const CHOICES: readonly (MistakeStatus | null)[] = [...MISTAKE_STATUSES, null];

/**
 * One classic mistake: why it hurts and how a design answers it (on screen), the participant's mark and note
 * (saved on every keystroke, printed whole), and what the design itself suggests, with its reason.
 */
export function MistakeItem({ mistake, answer, suggestion, onChange }: MistakeItemProps) {
  const t = useMessages(mistakesMessages);
  const names = useMessages(namesMessages);
  const texts = useMessages(mistakeTexts);
  const format = useFormat();
  const id = useId();
  const status = answer?.status ?? null;
  const statusName = (value: MistakeStatus | null) => names(`mistakeStatus.${value ?? 'none'}`);
  return (
    <li className={`pd-mistake pd-mistake--${status ?? 'none'}`}>
      <fieldset className="pd-mistake__fields">
        <legend className="pd-mistake__name">{names(`mistake.${mistake}`)}</legend>
        <dl className="pd-mistake__advice explain">
          <dt>{t('mistakes.why')}</dt>
          <dd>{texts(`why.${mistake}`)}</dd>
          <dt>{t('mistakes.how')}</dt>
          <dd>{texts(`how.${mistake}`)}</dd>
        </dl>
        {suggestion ? (
          <div className="pd-mistake__suggestion">
            <p className="finding">
              <strong>{t('mistakes.suggestion', { status: statusName(suggestion.status) })}</strong> {evidenceText(suggestion.evidence, t, format)}
            </p>
            {suggestion.status !== status ? (
              <button type="button" className="button" onClick={() => onChange({ status: suggestion.status })}>
                {t('mistakes.takeSuggestion', { status: statusName(suggestion.status) })}
              </button>
            ) : null}
          </div>
        ) : null}
        <div className="pd-mistake__status">
          {CHOICES.map((choice) => (
            <label key={choice ?? 'none'} className={`pd-mistake__choice pd-mistake__choice--${choice ?? 'none'}`}>
              <input type="radio" name={`${id}-status`} checked={status === choice} onChange={() => onChange({ status: choice })} />
              {statusName(choice)}
            </label>
          ))}
        </div>
        <div className="field field--wide">
          <label htmlFor={`${id}-note`} className="field__label">
            {t('mistakes.note')}
          </label>
          <div className="field__control">
            <textarea id={`${id}-note`} rows={2} value={answer?.note ?? ''} onChange={(event) => onChange({ note: event.target.value })} />
          </div>
        </div>
      </fieldset>
    </li>
  );
}
