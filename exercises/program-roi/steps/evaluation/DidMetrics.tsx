import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { Metric, MetricGrid } from '../../../../src/ui/Metric';
import type { DifferenceInDifferences } from '../../model';
import { roiMessages } from '../../messages';
import { toneOf } from '../economics/ProgramResults';
import { signedNumber, signedPercent } from './signedFigures';

/** The effect per member and month, and next to it the naive gap it corrects. */
export function DidMetrics({ result }: { result: DifferenceInDifferences }) {
  const t = useMessages(roiMessages);
  const format = useFormat();
  return (
    <MetricGrid label={t('evaluation.metrics')}>
      <Metric label={t('evaluation.did.spend')} value={format.signedMoney(result.spendDid)} note={t('evaluation.did.spendNote')} tone={toneOf(result.spendDid)} />
      <Metric
        label={t('evaluation.did.frequency')}
        value={signedNumber(format, result.frequencyDid)}
        note={t('evaluation.did.frequencyNote')}
        tone={toneOf(result.frequencyDid)}
      />
      {result.relativeSpendLift === null ? (
        <Metric label={t('evaluation.did.relative')} value={t('evaluation.did.relativeNone')} note={t('evaluation.did.relativeNoneNote')} />
      ) : (
        <Metric label={t('evaluation.did.relative')} value={signedPercent(format, result.relativeSpendLift)} note={t('evaluation.did.relativeNote')} tone={toneOf(result.relativeSpendLift)} />
      )}
      <Metric label={t('evaluation.naive')} value={format.signedMoney(result.naiveSpendGap)} note={t('evaluation.naiveNote')} />
    </MetricGrid>
  );
}
