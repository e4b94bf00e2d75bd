import { useId } from 'react';
import { daysToIsoDate } from '../../../../src/data/columnar';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { Field } from '../../../../src/ui/Field';
import type { StepProps } from '../../../../src/workbook/contract';
import { optionalNumberCodec } from '../../../../src/workbook/fieldCodecs';
import { useAutosaveForm } from '../../../../src/workbook/useAutosaveForm';
import { LOYALTY_EXERCISE_ID } from '../../inputs';
import { MAX_PURCHASES_PER_YEAR, type LoyaltyState, type MatrixSettings } from '../../state';
import type { DickBasuResult } from '../../model/dickBasu';
import { matrixMessages } from '../../messages/matrix';

// Module level: the autosave hook keys its effects on the codecs' identity. Limits follow state.ts.
const thresholdCodecs = { minPurchases: optionalNumberCodec({ unit: 'count', min: 1, max: MAX_PURCHASES_PER_YEAR }) };

type Props = Pick<StepProps<LoyaltyState>, 'state' | 'update'> & { result: DickBasuResult | null };

/** What "high attitude" and "buys often" mean here, written out, and the purchase threshold the participant may set. */
export function MatrixRules({ state, update, result }: Props) {
  const t = useMessages(matrixMessages);
  const format = useFormat();
  const titleId = useId();
  const form = useAutosaveForm<Pick<MatrixSettings, 'minPurchases'>>({
    exerciseId: LOYALTY_EXERCISE_ID,
    formId: 'matrix.rules',
    codecs: thresholdCodecs,
    values: { minPurchases: state.matrix.minPurchases },
    onValidChange: (patch) => update((current) => ({ ...current, matrix: { ...current.matrix, ...patch } })),
  });
  const median = result?.buyersMedian ?? null;
  const window = result?.window ?? null;
  return (
    <section className="step-section" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('matrix.rules.title')}</h3>
      <p className="explain">{t('matrix.rules.attitude')}</p>
      {result && window ? (
        <>
          <p className="explain">
            {t(state.behaviour.countRowsAsPurchases ? 'matrix.rules.patronageRows' : 'matrix.rules.patronage', {
              from: format.date(daysToIsoDate(window.from)),
              to: format.date(daysToIsoDate(window.to)),
              min: format.number(result.threshold.minPurchases, 1),
            })}
          </p>
          {median !== null ? <p className="finding">{t(result.threshold.source === 'median' ? 'matrix.rules.median' : 'matrix.rules.own', { median: format.number(median, 1) })}</p> : null}
          {/* Left empty, the median is used and the sentence above says so: paper has no empty box to show. */}
          <div className={state.matrix.minPurchases === null ? 'fields no-print' : 'fields'}>
            <Field form={form} name="minPurchases" label={t('matrix.rules.minPurchases')} hint={t('matrix.rules.minPurchasesHint')} suffix={t('matrix.rules.purchases')} />
          </div>
        </>
      ) : null}
    </section>
  );
}
