import { CartesianGrid, ReferenceArea, ReferenceLine, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '../../../../src/charts/ChartFrame';
import { CHART_COLORS } from '../../../../src/charts/theme';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import type { FeatureResult } from '../../model';
import { kanoMessages } from '../../messages';
import { kanoStepMessages } from '../messages';
import { shortLabel } from './categoryColors';
import { PointLabels } from './PointLabels';
import { pointTooltip, scatterDot, scatterDotRadius } from './scatterDot';

/**
 * Worse (as |Worse|) across, Better up, quadrant lines at 0.5 (METHODS.md): top left attractive, top right
 * one-dimensional, bottom right must-be, bottom left indifferent.
 */
export function BetterWorseChart({ results, names, presenter }: { results: readonly FeatureResult[]; names: Map<string, string>; presenter: boolean }) {
  const t = useMessages(kanoStepMessages);
  const model = useMessages(kanoMessages);
  const format = useFormat();
  const points = results.flatMap((result) => {
    const c = result.classification;
    if (c.kind !== 'ok' || c.betterWorse.kind !== 'ok') return [];
    const name = names.get(result.featureId) ?? '';
    return [{ x: Math.abs(c.betterWorse.worse), y: c.betterWorse.better, label: shortLabel(name, presenter ? 26 : 28), name, worse: c.betterWorse.worse }];
  });
  const table = {
    columns: [t('results.feature'), 'Better', 'Worse'],
    rows: points.map((point) => [point.name, format.fixed(point.y, 2), format.fixed(point.worse, 2)]),
  };
  const quadrant = (key: 'A' | 'O' | 'M' | 'I') => model(`category.${key}.name`);
  return (
    <ChartFrame title={t('results.betterWorseTitle')} description={t('results.betterWorseDescription')} presenter={presenter} height={{ normal: 460, presenter: 760 }} table={table}>
      {(sizing) => {
        const label = (value: string, position: 'insideTopLeft' | 'insideTopRight' | 'insideBottomLeft' | 'insideBottomRight') => ({ value, position, fontSize: sizing.fontSize, fill: CHART_COLORS.neutral, fontWeight: 600 });
        return (
          <ScatterChart margin={{ top: sizing.fontSize, right: sizing.fontSize * 3, bottom: sizing.fontSize * 2.2, left: sizing.fontSize }}>
            <CartesianGrid stroke={CHART_COLORS.grid} strokeDasharray="3 3" />
            <ReferenceArea x1={0} x2={0.5} y1={0.5} y2={1} fill="transparent" label={label(quadrant('A'), 'insideTopLeft')} />
            <ReferenceArea x1={0.5} x2={1} y1={0.5} y2={1} fill="transparent" label={label(quadrant('O'), 'insideTopRight')} />
            <ReferenceArea x1={0.5} x2={1} y1={0} y2={0.5} fill="transparent" label={label(quadrant('M'), 'insideBottomRight')} />
            <ReferenceArea x1={0} x2={0.5} y1={0} y2={0.5} fill="transparent" label={label(quadrant('I'), 'insideBottomLeft')} />
            <XAxis
              type="number"
              dataKey="x"
              domain={[0, 1]}
              ticks={[0, 0.25, 0.5, 0.75, 1]}
              tickFormatter={(value: number) => format.number(value, 2)}
              tick={{ fontSize: sizing.fontSize }}
              label={{ value: t('results.axisWorse'), position: 'insideBottom', offset: -sizing.fontSize * 1.2, fontSize: sizing.fontSize }}
            />
            <YAxis
              type="number"
              dataKey="y"
              domain={[0, 1]}
              ticks={[0, 0.25, 0.5, 0.75, 1]}
              tickFormatter={(value: number) => format.number(value, 2)}
              tick={{ fontSize: sizing.fontSize }}
              width={sizing.fontSize * 4}
              label={{ value: t('results.axisBetter'), angle: -90, position: 'insideLeft', fontSize: sizing.fontSize }}
            />
            <ReferenceLine x={0.5} stroke={CHART_COLORS.neutral} strokeWidth={Math.max(1, sizing.strokeWidth / 2)} />
            <ReferenceLine y={0.5} stroke={CHART_COLORS.neutral} strokeWidth={Math.max(1, sizing.strokeWidth / 2)} />
            <Tooltip
              cursor={false}
              content={pointTooltip<(typeof points)[number]>(sizing.fontSize, (point) => <>Better {format.fixed(point.y, 2)} · Worse {format.fixed(point.worse, 2)}</>)}
            />
            <Scatter data={points} fill={CHART_COLORS.primary} isAnimationActive={false} shape={scatterDot(scatterDotRadius(sizing), CHART_COLORS.primary)} />
            <PointLabels points={points} fontSize={sizing.fontSize} dotRadius={scatterDotRadius(sizing)} color="#1f2937" />
          </ScatterChart>
        );
      }}
    </ChartFrame>
  );
}
