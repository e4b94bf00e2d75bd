import { CartesianGrid, Line, LineChart, ReferenceDot, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { HorizontalCoordinatesGenerator, VerticalCoordinatesGenerator } from 'recharts/types/cartesian/CartesianGrid';
import { useFormat } from '../i18n/useI18n';
import { ChartFrame } from './ChartFrame';
import { edgeRoom, numberAxisHeight } from './categoryAxis';
import { CHART_TEXT_COLOR } from './categoryAxes';
import { CHART_COLORS } from './theme';

export interface ParetoChartProps {
  title: string;
  description: string;
  /** The axes' titles: the share of items ranked (x) and the cumulative share of what they bring (y). */
  xTitle: string;
  yTitle: string;
  /** The curve's name in the legend; by default the y axis's title. */
  seriesLabel?: string;
  /** Shares 0–1, from (0, 0) to (1, 1), items ranked by what they bring. */
  points: readonly { x: number; y: number }[];
  /** The point the legend names ("x % bring y %"), with dashed guides to both axes. */
  mark: { x: number; y: number };
  markLabel: string;
  /** Tick values in percent. */
  ticks?: readonly number[];
  presenter: boolean;
}

const DEFAULT_TICKS = [0, 25, 50, 75, 100];
// Every tick is drawn (interval 0) and the grid lines stand at the ticks' scale positions: a few short labels
// always fit, so recharts need not measure each label in the page, a forced layout that made a chart's first
// drawing a long task beside a large table (issue 14's 1,000,000-line benchmark).
function gridAt(ticks: readonly number[], scale: { map: (value: number) => number | undefined } | undefined): number[] {
  return scale ? ticks.flatMap((tick) => scale.map(tick) ?? []) : [];
}

/**
 * A Pareto curve: the cumulative share of value against the share of items (products, customers) ranked by
 * value. The marked point's words stand in the legend, where they wrap, never on the drawing; a table of every
 * twentieth point stands behind it for screen readers and print.
 */
export function ParetoChart({ title, description, xTitle, yTitle, seriesLabel = yTitle, points, mark, markLabel, ticks = DEFAULT_TICKS, presenter }: ParetoChartProps) {
  const format = useFormat();
  const tick = (value: number) => format.percent(value / 100, 0);
  const data = points.map((point) => ({ x: point.x * 100, y: point.y * 100 }));
  const dot = { x: mark.x * 100, y: mark.y * 100 };
  const every = Math.max(1, Math.ceil(points.length / 20));
  const table = {
    columns: [xTitle, yTitle],
    rows: points.filter((_, index) => index % every === 0 || index === points.length - 1).map((point) => [format.percent(point.x), format.percent(point.y)]),
  };
  const verticalGrid: VerticalCoordinatesGenerator = ({ xAxis }) => gridAt(ticks, xAxis?.scale);
  const horizontalGrid: HorizontalCoordinatesGenerator = ({ yAxis }) => gridAt(ticks, yAxis?.scale);
  return (
    <ChartFrame
      title={title}
      description={description}
      presenter={presenter}
      table={table}
      legend={[
        { label: seriesLabel, color: CHART_COLORS.primary, marker: 'line' },
        { label: markLabel, color: CHART_COLORS.negative, marker: 'circle' },
      ]}
      axisTitles={{ x: xTitle, y: yTitle }}
    >
      {(sizing) => (
        <LineChart data={data} margin={{ top: sizing.fontSize, right: 4 + edgeRoom(tick(100), sizing.measure), bottom: 4, left: 4 }}>
          <CartesianGrid stroke={CHART_COLORS.grid} strokeDasharray="3 3" verticalCoordinatesGenerator={verticalGrid} horizontalCoordinatesGenerator={horizontalGrid} />
          <XAxis
            dataKey="x"
            type="number"
            domain={[0, 100]}
            ticks={[...ticks]}
            interval={0}
            tickFormatter={tick}
            height={numberAxisHeight(sizing.fontSize)}
            padding={{ left: edgeRoom(tick(0), sizing.measure), right: 0 }}
            tick={{ fontSize: sizing.fontSize, fill: CHART_TEXT_COLOR }}
          />
          <YAxis type="number" domain={[0, 100]} ticks={[...ticks]} interval={0} tickFormatter={tick} tick={{ fontSize: sizing.fontSize, fill: CHART_TEXT_COLOR }} width="auto" />
          <Tooltip
            formatter={(value) => (typeof value === 'number' ? format.percent(value / 100) : String(value))}
            labelFormatter={(value) => (typeof value === 'number' ? `${xTitle}: ${format.percent(value / 100)}` : '')}
            contentStyle={{ fontSize: sizing.fontSize }}
          />
          <ReferenceLine segment={[{ x: dot.x, y: 0 }, dot]} stroke={CHART_COLORS.negative} strokeDasharray="4 4" />
          <ReferenceLine segment={[{ x: 0, y: dot.y }, dot]} stroke={CHART_COLORS.negative} strokeDasharray="4 4" />
          <Line type="linear" dataKey="y" name={seriesLabel} stroke={CHART_COLORS.primary} strokeWidth={sizing.strokeWidth} dot={false} isAnimationActive={false} />
          <ReferenceDot x={dot.x} y={dot.y} r={sizing.dotRadius * 1.6} fill={CHART_COLORS.negative} stroke="#fff" />
        </LineChart>
      )}
    </ChartFrame>
  );
}
