import { useId } from 'react';
import { useLocale, useMessages } from '../../../../src/i18n/useI18n';
import { Field } from '../../../../src/ui/Field';
import type { StepProps } from '../../../../src/workbook/contract';
import { textCodec } from '../../../../src/workbook/fieldCodecs';
import { useAutosaveForm } from '../../../../src/workbook/useAutosaveForm';
import { LOYALTY_EXERCISE_ID } from '../../inputs';
import { DICK_BASU_CELLS, type DickBasuCell, type LoyaltyState } from '../../state';
import { matrixMessages } from '../../messages/matrix';

const actionCodec = textCodec({ maxLength: 5000 });
const actionCodecs = Object.fromEntries(DICK_BASU_CELLS.map((cell) => [cell, actionCodec])) as Record<DickBasuCell, typeof actionCodec>; // Cast: one codec per cell.

/** Per quadrant: what it means, our suggestion, and the participant's own action (kept in matrix.actions). */
export function QuadrantActions({ state, update }: Pick<StepProps<LoyaltyState>, 'state' | 'update'>) {
  const t = useMessages(matrixMessages);
  const titleId = useId();
  // Chinese puts no space after its full-width colon.
  const gap = useLocale() === 'zh' ? '' : ' ';
  const form = useAutosaveForm<Record<DickBasuCell, string>>({
    exerciseId: LOYALTY_EXERCISE_ID,
    formId: 'matrix.actions',
    codecs: actionCodecs,
    values: state.matrix.actions,
    onValidChange: (patch) => update((current) => ({ ...current, matrix: { ...current.matrix, actions: { ...current.matrix.actions, ...patch } } })),
  });
  return (
    <section className="step-section" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('matrix.actions.title')}</h3>
      <p className="explain">{t('matrix.actions.intro')}</p>
      <div className="lm-actions">
        {DICK_BASU_CELLS.map((cell) => (
          <article key={cell} className={`lm-actions__card lm-matrix__cell--${cell}`}>
            <h4>
              {t(`matrix.cell.${cell}.name`)} <span className="lm-actions__profile">({t(`matrix.cell.${cell}.profile`)})</span>
            </h4>
            <p>{t(`matrix.cell.${cell}.meaning`)}</p>
            <p>
              <strong>{t('matrix.actions.suggestion')}</strong>
              {gap}
              {t(`matrix.cell.${cell}.suggestion`)}
            </p>
            {/* Not yet written: paper keeps the suggestion above, not an empty box. */}
            <div className={state.matrix.actions[cell].trim() === '' ? 'no-print' : undefined}>
              <Field form={form} name={cell} label={t('matrix.actions.yours', { cell: t(`matrix.cell.${cell}.name`) })} multiline rows={3} />
            </div>
          </article>
        ))}
      </div>
    </section>
  );
}
