import { CartesianGrid, Line, LineChart, ReferenceDot, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { HorizontalCoordinatesGenerator, VerticalCoordinatesGenerator } from 'recharts/types/cartesian/CartesianGrid';
import { ChartFrame } from '../../../../src/charts/ChartFrame';
import { numberAxisHeight, edgeRoom } from '../../../../src/charts/categoryAxis';
import { CHART_TEXT_COLOR } from '../../../../src/charts/categoryAxes';
import { CHART_COLORS } from '../../../../src/charts/theme';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import type { ParetoCurve } from '../../model/abc';
import type { ValueBasis } from '../../state';
import { abcXyzMessages } from '../../messages/abcXyz';

const AXIS_TICKS = [0, 20, 40, 60, 80, 100];
// As the promo-product's Pareto chart: every tick is drawn (interval 0) and the grid stands at the ticks' own
// positions. Six short labels always fit, so recharts need not measure each label in the page (a forced layout
// that made a chart's first drawing a long task next to a large table).
const gridX: VerticalCoordinatesGenerator = ({ xAxis }) => ticksOn(xAxis?.scale);
const gridY: HorizontalCoordinatesGenerator = ({ yAxis }) => ticksOn(yAxis?.scale);
function ticksOn(scale: { map: (value: number) => number | undefined } | undefined): number[] {
  return scale ? AXIS_TICKS.flatMap((tick) => scale.map(tick) ?? []) : [];
}

/**
 * Cumulative share of value against the share of customers ranked by value. The end of class A is a dot with
 * dashed guides to both axes; its words ("x % of customers bring y %") stand in the legend, where they wrap.
 */
export function AbcParetoChart({ curve, basis, presenter }: { curve: ParetoCurve; basis: ValueBasis; presenter: boolean }) {
  const t = useMessages(abcXyzMessages);
  const format = useFormat();
  const tick = (value: number) => format.percent(value / 100, 0);
  const data = curve.points.map((point) => ({ x: point.customerShare * 100, y: point.valueShare * 100 }));
  const dot = { x: curve.mark.customerShare * 100, y: curve.mark.valueShare * 100 };
  const yTitle = t(`abcXyz.pareto.y.${basis}`);
  const markText = t(`abcXyz.pareto.mark.${basis}`, {
    customerShare: format.percent(curve.mark.customerShare),
    count: format.integer(curve.mark.customers),
    valueShare: format.percent(curve.mark.valueShare),
  });
  const every = Math.max(1, Math.ceil(curve.points.length / 20));
  const table = {
    columns: [t('abcXyz.pareto.x'), yTitle],
    rows: curve.points.filter((_, index) => index % every === 0 || index === curve.points.length - 1).map((point) => [format.percent(point.customerShare), format.percent(point.valueShare)]),
  };
  return (
    <ChartFrame
      title={t('abcXyz.pareto.title')}
      description={t('abcXyz.pareto.description')}
      presenter={presenter}
      table={table}
      legend={[
        { label: yTitle, color: CHART_COLORS.primary, marker: 'line' },
        { label: markText, color: CHART_COLORS.negative, marker: 'circle' },
      ]}
      axisTitles={{ x: t('abcXyz.pareto.x'), y: yTitle }}
    >
      {(sizing) => (
        <LineChart data={data} margin={{ top: sizing.fontSize, right: 4 + edgeRoom(tick(100), sizing.measure), bottom: 4, left: 4 }}>
          <CartesianGrid stroke={CHART_COLORS.grid} strokeDasharray="3 3" verticalCoordinatesGenerator={gridX} horizontalCoordinatesGenerator={gridY} />
          <XAxis
            dataKey="x"
            type="number"
            domain={[0, 100]}
            ticks={AXIS_TICKS}
            interval={0}
            tickFormatter={tick}
            height={numberAxisHeight(sizing.fontSize)}
            padding={{ left: edgeRoom(tick(0), sizing.measure), right: 0 }}
            tick={{ fontSize: sizing.fontSize, fill: CHART_TEXT_COLOR }}
          />
          <YAxis type="number" domain={[0, 100]} ticks={AXIS_TICKS} interval={0} tickFormatter={tick} tick={{ fontSize: sizing.fontSize, fill: CHART_TEXT_COLOR }} width="auto" />
          <Tooltip
            formatter={(value) => (typeof value === 'number' ? format.percent(value / 100) : String(value))}
            labelFormatter={(value) => (typeof value === 'number' ? `${t('abcXyz.pareto.x')}: ${format.percent(value / 100)}` : '')}
            contentStyle={{ fontSize: sizing.fontSize }}
          />
          <ReferenceLine segment={[{ x: dot.x, y: 0 }, dot]} stroke={CHART_COLORS.negative} strokeDasharray="4 4" />
          <ReferenceLine segment={[{ x: 0, y: dot.y }, dot]} stroke={CHART_COLORS.negative} strokeDasharray="4 4" />
          <Line type="linear" dataKey="y" name={yTitle} stroke={CHART_COLORS.primary} strokeWidth={sizing.strokeWidth} dot={false} isAnimationActive={false} />
          <ReferenceDot x={dot.x} y={dot.y} r={sizing.dotRadius * 1.6} fill={CHART_COLORS.negative} stroke="#fff" />
        </LineChart>
      )}
    </ChartFrame>
  );
}
