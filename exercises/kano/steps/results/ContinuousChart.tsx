import { CartesianGrid, ReferenceLine, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '../../../../src/charts/ChartFrame';
import { CHART_COLORS } from '../../../../src/charts/theme';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import type { FeatureResult } from '../../model';
import { kanoMessages } from '../../messages';
import { kanoStepMessages } from '../messages';
import { shortLabel } from './categoryColors';
import { PointLabels } from './PointLabels';
import { pointTooltip, scatterDot, scatterDotRadius } from './scatterDot';

const TICKS = [-2, -1, 0, 1, 2, 3, 4];

/** DuMouchel's continuous analysis: mean dysfunctional score across, mean functional score up. */
export function ContinuousChart({ results, names, presenter }: { results: readonly FeatureResult[]; names: Map<string, string>; presenter: boolean }) {
  const t = useMessages(kanoStepMessages);
  const model = useMessages(kanoMessages);
  const format = useFormat();
  const points = results.flatMap((result) => {
    if (result.continuous.kind !== 'ok') return [];
    const name = names.get(result.featureId) ?? '';
    return [{ x: result.continuous.dysfunctional.mean, y: result.continuous.functional.mean, label: shortLabel(name, presenter ? 26 : 28), name }];
  });
  const table = {
    columns: [t('results.feature'), t('results.functionalMean'), t('results.dysfunctionalMean')],
    rows: points.map((point) => [point.name, format.number(point.y, 2), format.number(point.x, 2)]),
  };
  return (
    <ChartFrame title={t('results.continuousTitle')} description={model('result.continuous')} presenter={presenter} height={{ normal: 440, presenter: 720 }} table={table}>
      {(sizing) => (
        <ScatterChart margin={{ top: sizing.fontSize, right: sizing.fontSize * 3, bottom: sizing.fontSize * 2.2, left: sizing.fontSize }}>
          <CartesianGrid stroke={CHART_COLORS.grid} strokeDasharray="3 3" />
          <XAxis
            type="number"
            dataKey="x"
            domain={[-2, 4]}
            ticks={TICKS}
            tick={{ fontSize: sizing.fontSize }}
            label={{ value: t('results.axisDysfunctional'), position: 'insideBottom', offset: -sizing.fontSize * 1.2, fontSize: sizing.fontSize }}
          />
          <YAxis
            type="number"
            dataKey="y"
            domain={[-2, 4]}
            ticks={TICKS}
            tick={{ fontSize: sizing.fontSize }}
            width={sizing.fontSize * 4}
            label={{ value: t('results.axisFunctional'), angle: -90, position: 'insideLeft', fontSize: sizing.fontSize }}
          />
          <ReferenceLine x={0} stroke={CHART_COLORS.neutral} strokeWidth={Math.max(1, sizing.strokeWidth / 2)} />
          <ReferenceLine y={0} stroke={CHART_COLORS.neutral} strokeWidth={Math.max(1, sizing.strokeWidth / 2)} />
          <Tooltip
            cursor={false}
            content={pointTooltip<(typeof points)[number]>(sizing.fontSize, (point) => <>{t('results.functionalMean')} {format.number(point.y, 2)} · {t('results.dysfunctionalMean')} {format.number(point.x, 2)}</>)}
          />
          <Scatter data={points} fill={CHART_COLORS.accent} isAnimationActive={false} shape={scatterDot(scatterDotRadius(sizing), CHART_COLORS.accent)} />
          <PointLabels points={points} fontSize={sizing.fontSize} dotRadius={scatterDotRadius(sizing)} color="#1f2937" />
        </ScatterChart>
      )}
    </ChartFrame>
  );
}
