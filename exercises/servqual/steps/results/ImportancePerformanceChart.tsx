import { CartesianGrid, LabelList, ReferenceLine, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from 'recharts';
import { ChartFrame } from '../../../../src/charts/ChartFrame';
import { CHART_COLORS } from '../../../../src/charts/theme';
import { useMessages } from '../../../../src/i18n/useI18n';
import type { Locale } from '../../../../src/i18n/locale';
import type { Scale } from '../../structure';
import type { ImportancePerformance } from '../../model';
import { servqualMessages } from '../../messages';
import { uiMessages } from '../messages';
import { fixedNumber, signedNumber } from '../shared/numbers';

/**
 * Martilla & James's grid: importance (mean weight) across, performance (mean perception) up, split at the
 * averages. Bottom right — important and done poorly — is where to act first.
 */
export function ImportancePerformanceChart({ grid, scale, presenter, locale }: { grid: ImportancePerformance; scale: Scale; presenter: boolean; locale: Locale }) {
  const t = useMessages(servqualMessages);
  const ui = useMessages(uiMessages);
  const points = grid.points.map((point) => ({ ...point, name: t(`dimension.${point.dimension}.name`) }));
  const importances = points.map((point) => point.importance);
  const performances = points.map((point) => point.performance);
  const xMin = Math.max(0, Math.floor(Math.min(grid.importanceCentre, ...importances) / 5) * 5 - 5);
  const xMax = Math.ceil(Math.max(grid.importanceCentre, ...importances) / 5) * 5 + 5;
  const yMin = Math.max(1, Math.floor(Math.min(grid.performanceCentre, ...performances) * 2) / 2 - 0.5);
  const yMax = Math.min(scale, Math.ceil(Math.max(grid.performanceCentre, ...performances) * 2) / 2 + 0.5);
  const xTicks = Array.from({ length: Math.round((xMax - xMin) / 5) + 1 }, (_, index) => xMin + index * 5);
  const yTicks = Array.from({ length: Math.round((yMax - yMin) * 2) + 1 }, (_, index) => yMin + index / 2);
  return (
    <ChartFrame
      title={ui('chart.ipa.title')}
      description={ui('chart.ipa.description', { importance: fixedNumber(grid.importanceCentre, locale, 0), performance: fixedNumber(grid.performanceCentre, locale) })}
      presenter={presenter}
      height={{ normal: 380, presenter: 580 }}
      table={{
        columns: [ui('results.dimension'), ui('results.meanWeight'), ui('results.perception'), ui('results.gap'), ui('chart.ipa.quadrant')],
        rows: points.map((point) => [point.name, fixedNumber(point.importance, locale, 1), fixedNumber(point.performance, locale), signedNumber(point.gap, locale), t(`ipa.${point.quadrant}`)]),
      }}
    >
      {(sizing) => (
        <ScatterChart margin={{ top: sizing.fontSize * 1.5, right: sizing.fontSize * 6, bottom: sizing.fontSize * 2, left: sizing.fontSize }}>
          <CartesianGrid stroke={CHART_COLORS.grid} />
          <XAxis
            type="number"
            dataKey="importance"
            name={ui('results.meanWeight')}
            domain={[xMin, xMax]}
            ticks={xTicks}
            tick={{ fontSize: sizing.fontSize }}
            tickFormatter={(value: number) => fixedNumber(value, locale, 0)}
            label={{ value: ui('chart.ipa.x'), position: 'insideBottom', offset: -sizing.fontSize, fontSize: sizing.fontSize }}
          />
          <YAxis
            type="number"
            dataKey="performance"
            name={ui('results.perception')}
            domain={[yMin, yMax]}
            ticks={yTicks}
            tick={{ fontSize: sizing.fontSize }}
            tickFormatter={(value: number) => fixedNumber(value, locale, 1)}
            label={{ value: ui('chart.ipa.y'), angle: -90, position: 'insideLeft', fontSize: sizing.fontSize, style: { textAnchor: 'middle' } }}
            width={sizing.fontSize * 4}
          />
          <ZAxis range={[sizing.dotRadius * 40, sizing.dotRadius * 40]} />
          <ReferenceLine x={grid.importanceCentre} stroke={CHART_COLORS.neutral} strokeDasharray="6 4" />
          <ReferenceLine y={grid.performanceCentre} stroke={CHART_COLORS.neutral} strokeDasharray="6 4" />
          <Tooltip formatter={(value) => (typeof value === 'number' ? fixedNumber(value, locale, 1) : String(value))} />
          <Scatter data={points} fill={CHART_COLORS.primary} isAnimationActive={false}>
            <LabelList dataKey="name" position="right" style={{ fontSize: sizing.fontSize, fill: '#1f2937' }} />
          </Scatter>
        </ScatterChart>
      )}
    </ChartFrame>
  );
}
