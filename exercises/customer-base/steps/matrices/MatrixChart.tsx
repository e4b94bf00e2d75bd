import { CartesianGrid, ReferenceLine, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '../../../../src/charts/ChartFrame';
import { numberAxisHeight } from '../../../../src/charts/categoryAxis';
import { CHART_TEXT_COLOR } from '../../../../src/charts/categoryAxes';
import { CHART_COLORS } from '../../../../src/charts/theme';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import type { MatrixView } from '../../analysis/matricesAnalysis';
import { CELLS, type Cell, type MatrixKind } from '../../model/matrices';
import { matricesMessages } from '../../messages/matrices';
import { matricesPolicyMessages } from '../../messages/matricesPolicy';
import { formatFigure } from './figures';
import { plotScale } from './scale';

// Casts in this file: reads at an index below the array's length, which noUncheckedIndexedAccess cannot see.

/** One colour per cell, the same in the chart's key and in the summary's cells. */
export const CELL_COLORS: Record<Cell, string> = {
  hh: CHART_COLORS.positive,
  lh: CHART_COLORS.primary,
  hl: CHART_COLORS.secondary,
  ll: CHART_COLORS.neutral,
};

interface Point {
  x: number;
  y: number;
  /** The customer's own figures, for the hover box. */
  valueX: number;
  valueY: number;
  cell: Cell;
}

/** The customers (or a sample of them) on the two figures, coloured by cell, with the two lines dashed across. */
export function MatrixChart({ kind, view, title, presenter }: { kind: MatrixKind; view: MatrixView; title: string; presenter: boolean }) {
  const t = useMessages(matricesMessages);
  const p = useMessages(matricesPolicyMessages);
  const format = useFormat();
  const xScale = plotScale(view.points.x, [view.thresholds.x]);
  const yScale = plotScale(view.points.y, [view.thresholds.y]);
  const series = CELLS.map((cell) => ({ cell, points: [] as Point[] }));
  for (let k = 0; k < view.points.x.length; k++) {
    const code = view.points.cell[k] as number;
    const valueX = view.points.x[k] as number;
    const valueY = view.points.y[k] as number;
    series[code]?.points.push({ x: xScale.toPlot(valueX), y: yScale.toPlot(valueY), valueX, valueY, cell: CELLS[code] ?? 'll' });
  }
  const description = [
    t('chart.description'),
    xScale.kind === 'log' ? t('chart.log', { axis: t(`short.${view.x}`) }) : null,
    yScale.kind === 'log' ? t('chart.log', { axis: t(`short.${view.y}`) }) : null,
    view.sampled ? t('chart.sampled', { total: format.integer(view.placed), shown: format.integer(view.points.x.length) }) : null,
  ]
    .filter((sentence) => sentence !== null)
    .join(' ');
  const cellName = (cell: Cell) => p(`cell.${kind}.${cell}.name`);
  const line = { stroke: CHART_COLORS.neutral, strokeDasharray: '6 4' };
  const tick = (scale: typeof xScale, figure: MatrixView['x'] | MatrixView['y']) => (value: number) => {
    const figureValue = scale.fromPlot(value);
    return figure === 'duration' || figure === 'size' ? formatFigure(format, figure, figureValue) : format.compact(figureValue);
  };
  // Cast: recharts hands back the point it was given.
  const hoverBox = (datum: unknown, fontSize: number) => {
    const point = datum as Point | undefined;
    if (!point) return null;
    const x = `${t(`short.${view.x}`)}: ${formatFigure(format, view.x, point.valueX)}`;
    const y = `${t(`short.${view.y}`)}: ${formatFigure(format, view.y, point.valueY)}`;
    return (
      <div className="chart__tooltip" style={{ fontSize }}>
        <strong>{cellName(point.cell)}</strong>
        <br />
        {x} · {y}
      </div>
    );
  };
  return (
    <ChartFrame
      title={title}
      description={description}
      presenter={presenter}
      height={{ normal: 360, presenter: 560 }}
      legend={CELLS.map((cell) => ({ label: cellName(cell), color: CELL_COLORS[cell], marker: 'circle' as const }))}
      axisTitles={{ x: t(`figure.${view.x}`), y: t(`figure.${view.y}`) }}
    >
      {(sizing) => (
        <ScatterChart margin={{ top: sizing.fontSize, right: sizing.fontSize * 3, bottom: 4, left: 4 }}>
          <CartesianGrid stroke={CHART_COLORS.grid} strokeDasharray="3 3" />
          <XAxis
            type="number"
            dataKey="x"
            domain={xScale.domain}
            ticks={xScale.ticks}
            allowDataOverflow
            tickFormatter={tick(xScale, view.x)}
            height={numberAxisHeight(sizing.fontSize)}
            tick={{ fontSize: sizing.fontSize, fill: CHART_TEXT_COLOR }}
            minTickGap={sizing.fontSize}
          />
          {/* Both axes start a tick at the corner: the bottom padding lifts the y axis's lowest label off the x axis's first. */}
          <YAxis type="number" dataKey="y" domain={yScale.domain} ticks={yScale.ticks} allowDataOverflow padding={{ top: 0, bottom: sizing.fontSize }} tickFormatter={tick(yScale, view.y)} tick={{ fontSize: sizing.fontSize, fill: CHART_TEXT_COLOR }} width="auto" />
          <ReferenceLine x={xScale.toPlot(view.thresholds.x)} {...line} />
          <ReferenceLine y={yScale.toPlot(view.thresholds.y)} {...line} />
          <Tooltip cursor={false} content={({ payload }) => hoverBox(payload?.[0]?.payload, sizing.fontSize)} />
          {series.map(({ cell, points }) => (
            <Scatter
              key={cell}
              data={points}
              isAnimationActive={false}
              shape={(props: unknown) => {
                // Cast: recharts hands each point's shape its position.
                const { cx, cy } = props as { cx: number; cy: number };
                return <circle cx={cx} cy={cy} r={sizing.dotRadius} fill={CELL_COLORS[cell]} fillOpacity={0.75} />;
              }}
            />
          ))}
        </ScatterChart>
      )}
    </ChartFrame>
  );
}
