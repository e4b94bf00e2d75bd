import { CartesianGrid, Line, LineChart, ReferenceDot, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { HorizontalCoordinatesGenerator, VerticalCoordinatesGenerator } from 'recharts/types/cartesian/CartesianGrid';
import { ChartFrame } from '../../../../src/charts/ChartFrame';
import { numberAxisHeight, edgeRoom } from '../../../../src/charts/categoryAxis';
import { CHART_TEXT_COLOR } from '../../../../src/charts/categoryAxes';
import { CHART_COLORS } from '../../../../src/charts/theme';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import type { ParetoCurve } from '../../model/indicators';
import { indicatorsMessages } from '../../messages/indicators';

const TICKS = [0, 25, 50, 75, 100];
// Every tick is drawn (interval 0) and the grid lines stand at the ticks' own positions: five short labels always
// fit, so recharts need not measure each label in the page, a forced layout that made the chart's first drawing a
// long task next to a large product table.
const verticalGrid: VerticalCoordinatesGenerator = ({ xAxis }) => gridAt(xAxis?.scale);
const horizontalGrid: HorizontalCoordinatesGenerator = ({ yAxis }) => gridAt(yAxis?.scale);
function gridAt(scale: { map: (value: number) => number | undefined } | undefined): number[] {
  return scale ? TICKS.flatMap((tick) => scale.map(tick) ?? []) : [];
}

/**
 * Cumulative revenue share against the share of items ranked by revenue. The 80 % point is a dot with dashed
 * guides to both axes; its words stand in the legend and under the title, where they wrap, never on the drawing.
 */
export function ParetoChart({ curve, presenter }: { curve: ParetoCurve; presenter: boolean }) {
  const t = useMessages(indicatorsMessages);
  const format = useFormat();
  const percent = (value: number) => format.percent(value / 100, 0);
  const points = curve.points.map((point) => ({ x: point.productShare * 100, y: point.revenueShare * 100 }));
  const mark = { x: curve.mark.productShare * 100, y: curve.mark.revenueShare * 100 };
  const markText = t('indicators.pareto.mark', {
    productShare: format.percent(curve.mark.productShare),
    count: format.integer(curve.mark.products),
    revenueShare: format.percent(curve.mark.revenueShare),
  });
  const table = {
    columns: [t('indicators.pareto.x'), t('indicators.pareto.y')],
    rows: curve.points.filter((_, index) => index % Math.max(1, Math.ceil(curve.points.length / 20)) === 0 || index === curve.points.length - 1).map((point) => [format.percent(point.productShare), format.percent(point.revenueShare)]),
  };
  return (
    <ChartFrame
      title={t('indicators.pareto.title')}
      description={t('indicators.pareto.description')}
      presenter={presenter}
      table={table}
      legend={[
        { label: t('indicators.pareto.series'), color: CHART_COLORS.primary, marker: 'line' },
        { label: markText, color: CHART_COLORS.negative, marker: 'circle' },
      ]}
      axisTitles={{ x: t('indicators.pareto.x'), y: t('indicators.pareto.y') }}
    >
      {(sizing) => (
        <LineChart data={points} margin={{ top: sizing.fontSize, right: 4 + edgeRoom(percent(100), sizing.measure), bottom: 4, left: 4 }}>
          <CartesianGrid stroke={CHART_COLORS.grid} strokeDasharray="3 3" verticalCoordinatesGenerator={verticalGrid} horizontalCoordinatesGenerator={horizontalGrid} />
          <XAxis
            dataKey="x"
            type="number"
            domain={[0, 100]}
            ticks={TICKS}
            interval={0}
            tickFormatter={percent}
            height={numberAxisHeight(sizing.fontSize)}
            padding={{ left: edgeRoom(percent(0), sizing.measure), right: 0 }}
            tick={{ fontSize: sizing.fontSize, fill: CHART_TEXT_COLOR }}
          />
          <YAxis type="number" domain={[0, 100]} ticks={TICKS} interval={0} tickFormatter={percent} tick={{ fontSize: sizing.fontSize, fill: CHART_TEXT_COLOR }} width="auto" />
          <Tooltip
            formatter={(value) => (typeof value === 'number' ? format.percent(value / 100) : String(value))}
            labelFormatter={(value) => (typeof value === 'number' ? `${t('indicators.pareto.x')}: ${format.percent(value / 100)}` : '')}
            contentStyle={{ fontSize: sizing.fontSize }}
          />
          <ReferenceLine segment={[{ x: mark.x, y: 0 }, mark]} stroke={CHART_COLORS.negative} strokeDasharray="4 4" />
          <ReferenceLine segment={[{ x: 0, y: mark.y }, mark]} stroke={CHART_COLORS.negative} strokeDasharray="4 4" />
          <Line type="linear" dataKey="y" name={t('indicators.pareto.series')} stroke={CHART_COLORS.primary} strokeWidth={sizing.strokeWidth} dot={false} isAnimationActive={false} />
          <ReferenceDot x={mark.x} y={mark.y} r={sizing.dotRadius * 1.6} fill={CHART_COLORS.negative} stroke="#fff" />
        </LineChart>
      )}
    </ChartFrame>
  );
}
