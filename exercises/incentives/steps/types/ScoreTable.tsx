import type { StateUpdate } from '../../../../src/workbook/contract';
import { useMessages, useText } from '../../../../src/i18n/useI18n';
import { PROGRAM_TYPE_NAMES, PROGRAM_TYPES, type ProgramType } from '../../../../src/results/programTypes';
import { SCORE_CRITERIA, type IncentivesState, type ScoreCriterion, type TypeScore } from '../../state';
import { typesMessages } from '../../messages/types';

const SCORE_VALUES = [1, 2, 3, 4, 5] as const;

/** A select's value back to a score: '' is "not scored", anything else one of 1–5. */
export function parseScore(value: string): number | null {
  const score = Number(value);
  return value !== '' && Number.isInteger(score) && score >= 1 && score <= 5 ? score : null;
}

interface ScoreTableProps {
  scores: IncentivesState['scores'];
  update: (next: StateUpdate<IncentivesState>) => void;
}

/**
 * The participant's scores: each type on the three questions, 1–5, with a note. Every choice and every keystroke
 * of a note is written to the state at once, so nothing is lost on a reload.
 */
export function ScoreTable({ scores, update }: ScoreTableProps) {
  const t = useMessages(typesMessages);
  const text = useText();
  const change = (type: ProgramType, patch: Partial<TypeScore>) =>
    update((current) => ({ ...current, scores: { ...current.scores, [type]: { ...current.scores[type], ...patch } } }));
  const total = (score: TypeScore) => {
    const values = SCORE_CRITERIA.map((criterion) => score[criterion]);
    return values.every((value): value is number => value !== null) ? String(values.reduce((sum, value) => sum + value, 0)) : t('score.totalMissing');
  };
  return (
    <section className="step-section" aria-labelledby="in-types-scores">
      <h3 id="in-types-scores">{t('score.title')}</h3>
      <p className="explain">{t('score.intro')}</p>
      <dl className="in-types-scale">
        {SCORE_CRITERIA.map((criterion) => (
          <div key={criterion}>
            <dt>{t(`criterion.${criterion}`)}</dt>
            <dd>{t(`scale.${criterion}`)}</dd>
          </div>
        ))}
      </dl>
      <table className="table-cards in-types-score-table">
        <thead>
          <tr>
            <th scope="col">{t('compare.type')}</th>
            {SCORE_CRITERIA.map((criterion) => (
              <th key={criterion} scope="col">
                {t(`criterion.${criterion}`)}
              </th>
            ))}
            <th scope="col" className="number">
              {t('score.total')}
            </th>
            <th scope="col">{t('score.note')}</th>
          </tr>
        </thead>
        <tbody>
          {PROGRAM_TYPES.map((type) => {
            const score = scores[type];
            const typeName = text(PROGRAM_TYPE_NAMES[type]);
            return (
              <tr key={type}>
                <th scope="row">{typeName}</th>
                {SCORE_CRITERIA.map((criterion: ScoreCriterion) => (
                  <td key={criterion} data-label={t(`criterion.${criterion}`)}>
                    <select
                      className="in-types-score"
                      aria-label={t('score.aria', { criterion: t(`criterion.${criterion}`), type: typeName })}
                      value={score[criterion] === null ? '' : String(score[criterion])}
                      onChange={(event) => change(type, { [criterion]: parseScore(event.target.value) })}
                    >
                      <option value="">{t('score.none')}</option>
                      {SCORE_VALUES.map((value) => (
                        <option key={value} value={String(value)}>
                          {value}
                        </option>
                      ))}
                    </select>
                  </td>
                ))}
                <td className="number" data-label={t('score.total')}>
                  {total(score)}
                </td>
                <td data-label={t('score.note')} className="in-types-note-cell">
                  <textarea
                    className="in-types-note"
                    rows={2}
                    aria-label={t('score.noteAria', { type: typeName })}
                    value={score.note}
                    onChange={(event) => change(type, { note: event.target.value })}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
