import { useId } from 'react';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { Field } from '../../../../src/ui/Field';
import type { StepProps } from '../../../../src/workbook/contract';
import { optionalNumberCodec } from '../../../../src/workbook/fieldCodecs';
import { useAutosaveForm } from '../../../../src/workbook/useAutosaveForm';
import { LOYALTY_EXERCISE_ID } from '../../inputs';
import { DICK_BASU_CELLS, type DickBasuCell, type LoyaltyState } from '../../state';
import type { EstimateCheck } from '../../model/dickBasu';
import { matrixMessages } from '../../messages/matrix';

// Percents as typed (35 = 35 %), as state.ts keeps them: the 'plain' unit, not 'percent', which stores fractions.
const shareCodec = optionalNumberCodec({ min: 0, max: 100 });
const estimateCodecs = Object.fromEntries(DICK_BASU_CELLS.map((cell) => [cell, shareCodec])) as Record<DickBasuCell, typeof shareCodec>; // Cast: one codec per cell.

type Props = Pick<StepProps<LoyaltyState>, 'state' | 'update'> & { why: string; check: EstimateCheck };

/** The participant's estimate of the four shares, when the survey cannot be matched with the sales. */
export function EstimatesForm({ state, update, why, check }: Props) {
  const t = useMessages(matrixMessages);
  const format = useFormat();
  const titleId = useId();
  const form = useAutosaveForm<Record<DickBasuCell, number | null>>({
    exerciseId: LOYALTY_EXERCISE_ID,
    formId: 'matrix.estimates',
    codecs: estimateCodecs,
    values: state.matrix.estimatedShares,
    onValidChange: (patch) => update((current) => ({ ...current, matrix: { ...current.matrix, estimatedShares: { ...current.matrix.estimatedShares, ...patch } } })),
  });
  const sum = DICK_BASU_CELLS.reduce((total, cell) => total + (state.matrix.estimatedShares[cell] ?? 0), 0);
  return (
    <section className="step-section" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('matrix.estimates.title')}</h3>
      <p className="explain">{why}</p>
      <p className="note">{t('matrix.estimates.hint')}</p>
      <div className="fields">
        {DICK_BASU_CELLS.map((cell) => (
          <Field key={cell} form={form} name={cell} label={t(`matrix.cell.${cell}.name`)} hint={t(`matrix.cell.${cell}.profile`)} suffix="%" />
        ))}
      </div>
      <p className="finding" aria-live="polite">
        {t('matrix.estimates.sum', { sum: format.percent(sum / 100) })}
        {check.kind === 'badSum' ? ` ${t('matrix.estimates.badSum', { sum: format.percent(check.sum / 100) })}` : null}
        {check.kind === 'incomplete' ? ` ${t('matrix.estimates.incomplete')}` : null}
      </p>
    </section>
  );
}
