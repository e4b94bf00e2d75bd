import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { Metric, MetricGrid, type MetricTone } from '../../../../src/ui/Metric';
import type { BreakEvenUplift, ProgramInputs, ProgramResult } from '../../model';
import { roiMessages } from '../../messages';

export function toneOf(value: number | null): MetricTone {
  if (value === null || value === 0) return 'neutral';
  return value > 0 ? 'good' : 'bad';
}

/** The headline figures of the program, each with a note on what it means. */
export function ProgramResults({ inputs, result }: { inputs: ProgramInputs; result: ProgramResult }) {
  const t = useMessages(roiMessages);
  const format = useFormat();
  const horizon = t('results.horizon', { count: inputs.horizonMonths });

  const breakEvenMetric = (label: string, target: BreakEvenUplift, current: number) =>
    target.kind === 'reachable' ? (
      <Metric label={label} value={format.signedPercent(target.uplift)} note={t('results.breakEvenNote', { current: format.signedPercent(current) })} />
    ) : (
      <Metric label={label} value={t('results.unreachable')} note={t('results.unreachableNote')} tone="bad" />
    );

  return (
    <>
      <MetricGrid label={t('results.title')}>
        <Metric label={t('results.gain')} value={format.money(result.incrementalGrossProfit)} note={t('results.gainNote')} tone={toneOf(result.incrementalGrossProfit)} />
        <Metric label={t('results.cost')} value={format.money(result.programCost)} note={t('results.costNote')} />
        <Metric label={t('results.net')} value={format.money(result.net)} note={t('results.netNote', { horizon })} tone={toneOf(result.net)} />
        {result.roi === null ? (
          <Metric label={t('results.roi')} value={t('results.roiNone')} note={t('results.roiNoneNote')} />
        ) : (
          <Metric label={t('results.roi')} value={format.signedPercent(result.roi)} note={t('results.roiNote')} tone={toneOf(result.roi)} />
        )}
        {result.paybackMonth === null ? (
          <Metric
            label={t('results.payback')}
            value={t('results.paybackNever')}
            note={t('results.paybackNeverNote', { count: inputs.horizonMonths })}
            tone="bad"
          />
        ) : (
          <Metric
            label={t('results.payback')}
            value={t('results.paybackValue', { count: result.paybackMonth })}
            note={t('results.paybackNote', { count: result.paybackMonth })}
            tone="good"
          />
        )}
        {breakEvenMetric(t('results.breakEvenFrequency'), result.breakEven.frequencyUplift, inputs.frequencyUplift)}
        {breakEvenMetric(t('results.breakEvenCheck'), result.breakEven.checkUplift, inputs.checkUplift)}
        <Metric
          label={t('results.baselineShare')}
          value={result.shareOfRewardsOnBaseline === null ? '—' : format.percent(result.shareOfRewardsOnBaseline)}
          note={result.shareOfRewardsOnBaseline === null ? t('results.baselineShareNone') : t('results.baselineShareNote')}
        />
      </MetricGrid>
      {/* The net effect, ROI and payback are read out at the top of the step (ProgramReading); this is the hidden cost. */}
      {result.shareOfRewardsOnBaseline !== null && result.shareOfRewardsOnBaseline > 0 ? (
        <p className="verdict">{t('results.verdict.baseline', { share: format.percent(result.shareOfRewardsOnBaseline, 0) })}</p>
      ) : null}
    </>
  );
}
