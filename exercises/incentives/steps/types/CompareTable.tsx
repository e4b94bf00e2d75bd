import { useMessages, useText } from '../../../../src/i18n/useI18n';
import type { LocalizedText } from '../../../../src/i18n/locale';
import { PROGRAM_TYPE_NAMES, PROGRAM_TYPES, type ProgramType } from '../../../../src/results/programTypes';
import { PROGRAM_TYPE_DESCRIPTIONS } from '../../content/programTypes';
import type { TypeFit } from '../../model/fit';
import { typesMessages } from '../../messages/types';
import { FitSummary } from './FitReasons';

/** The nine types side by side: what each is, what speaks for and against it, and how it fits this business. A card per type on a phone. */
export function CompareTable({ fit }: { fit: Readonly<Record<ProgramType, TypeFit>> }) {
  const t = useMessages(typesMessages);
  const text = useText();
  return (
    <section className="step-section" aria-labelledby="in-types-compare">
      <h3 id="in-types-compare">{t('compare.title')}</h3>
      <p className="explain">{t('compare.rule')}</p>
      <table className="table-cards in-types-compare">
        <thead>
          <tr>
            <th scope="col">{t('compare.type')}</th>
            <th scope="col">{t('compare.pros')}</th>
            <th scope="col">{t('compare.cons')}</th>
            <th scope="col">{t('compare.fit')}</th>
          </tr>
        </thead>
        <tbody>
          {PROGRAM_TYPES.map((type) => {
            const description = PROGRAM_TYPE_DESCRIPTIONS[type];
            return (
              <tr key={type}>
                <th scope="row">
                  <span className="in-types-type-name">{text(PROGRAM_TYPE_NAMES[type])}</span>
                  <span className="in-types-what">{text(description.what)}</span>
                </th>
                <td data-label={t('compare.pros')}>
                  <Points points={description.pros} kind="pros" />
                </td>
                <td data-label={t('compare.cons')}>
                  <Points points={description.cons} kind="cons" />
                </td>
                <td data-label={t('compare.fit')}>
                  <FitSummary fit={fit[type]} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

/** Pros marked "+", cons "−" (the marks say it, not only the colour). Keyed by the English text, unique per type (content test). */
function Points({ points, kind }: { points: readonly LocalizedText[]; kind: 'pros' | 'cons' }) {
  const text = useText();
  return (
    <ul className={`in-types-points in-types-points--${kind}`}>
      {points.map((point) => (
        <li key={point.en}>{text(point)}</li>
      ))}
    </ul>
  );
}
