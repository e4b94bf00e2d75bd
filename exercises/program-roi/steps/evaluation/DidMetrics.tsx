import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { Metric, MetricGrid } from '../../../../src/ui/Metric';
import type { DifferenceInDifferences } from '../../model';
import { roiMessages } from '../../messages';
import { toneOf } from '../economics/ProgramResults';

/** The effect per member and month, and next to it the naive gap it corrects. */
export function DidMetrics({ result }: { result: DifferenceInDifferences }) {
  const t = useMessages(roiMessages);
  const format = useFormat();
  const signedMoney = (value: number) => (value > 0 ? '+' : '') + format.money(value);
  return (
    <MetricGrid label={t('evaluation.metrics')}>
      <Metric label={t('evaluation.did.spend')} value={signedMoney(result.spendDid)} note={t('evaluation.did.spendNote')} tone={toneOf(result.spendDid)} />
      <Metric
        label={t('evaluation.did.frequency')}
        value={(result.frequencyDid > 0 ? '+' : '') + format.number(result.frequencyDid, 2)}
        note={t('evaluation.did.frequencyNote')}
        tone={toneOf(result.frequencyDid)}
      />
      {result.relativeSpendLift === null ? (
        <Metric label={t('evaluation.did.relative')} value={t('evaluation.did.relativeNone')} note={t('evaluation.did.relativeNoneNote')} />
      ) : (
        <Metric label={t('evaluation.did.relative')} value={format.signedPercent(result.relativeSpendLift)} note={t('evaluation.did.relativeNote')} tone={toneOf(result.relativeSpendLift)} />
      )}
      <Metric label={t('evaluation.naive')} value={signedMoney(result.naiveSpendGap)} note={t('evaluation.naiveNote')} />
    </MetricGrid>
  );
}
