import type { ReactNode } from 'react';
import { CartesianGrid, ReferenceLine, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartDrawing, ChartSizing } from './ChartFrame';
import { LINE_HEIGHT } from './categoryAxis';
import { CHART_TEXT_COLOR } from './categoryAxes';
import { Marker, type MarkerShape } from './markers';
import { scatterLayout, type CornerLabel, type PlacedLabel, type ScatterAxis, type ScatterPoint } from './scatterLayout';
import { CHART_COLORS } from './theme';

export interface ScatterDatum extends ScatterPoint {
  color: string;
  shape: MarkerShape;
}

interface LabelledScatterProps<D extends ScatterDatum> {
  sizing: ChartSizing;
  height: number;
  points: readonly D[];
  x: ScatterAxis;
  y: ScatterAxis;
  /** Lines across the plot: the quadrant split, the zero lines, the averages. */
  references?: { x?: number; y?: number; dashed?: boolean };
  corners?: readonly CornerLabel[];
  /** What the hover box says about a point, under its name. */
  tooltip: (point: D) => ReactNode;
}

/**
 * A scatter whose every point is named and every name readable: names beside their points, clear of other
 * points, names and corner labels; numbers and a key under the chart when the names cannot all find room.
 * Points at the domain's edge are drawn whole, and each point's marker carries its category's shape and colour.
 */
export function drawLabelledScatter<D extends ScatterDatum>({ sizing, height, points, x, y, references, corners, tooltip }: LabelledScatterProps<D>): ChartDrawing {
  const { fontSize } = sizing;
  const dotRadius = sizing.dotRadius * 2;
  const layout = scatterLayout({ width: sizing.width, height, fontSize, dotRadius, measure: sizing.measure, x, y, points, corners });
  const line = { stroke: CHART_COLORS.neutral, strokeWidth: Math.max(1, sizing.strokeWidth / 2), strokeDasharray: references?.dashed ? '6 4' : undefined };
  const axis = (spec: ScatterAxis) => ({
    type: 'number' as const,
    domain: [spec.domain[0], spec.domain[1]],
    ticks: [...spec.ticks],
    tickFormatter: spec.format,
    tick: { fontSize, fill: CHART_TEXT_COLOR },
    allowDataOverflow: true,
  });
  const chart = (
    <ScatterChart margin={layout.margin}>
      <CartesianGrid stroke={CHART_COLORS.grid} strokeDasharray="3 3" />
      <XAxis {...axis(x)} dataKey="x" height={layout.xAxisHeight} padding={{ left: layout.padding, right: layout.padding }} />
      <YAxis {...axis(y)} dataKey="y" width={layout.yAxisWidth} padding={{ top: layout.padding, bottom: layout.padding }} />
      {references?.x === undefined ? null : <ReferenceLine x={references.x} {...line} />}
      {references?.y === undefined ? null : <ReferenceLine y={references.y} {...line} />}
      <Tooltip cursor={false} content={hoverBox(fontSize, points, tooltip)} />
      <Scatter
        data={[...points]}
        isAnimationActive={false}
        shape={({ index }: { index: number }) => {
          const point = points[index];
          if (!point) return <g />;
          // Drawn where the labels were placed for it, from the same geometry.
          const { px, py } = layout.toPixel(point.x, point.y);
          return <Marker shape={point.shape} cx={px} cy={py} r={dotRadius} fill={point.color} />;
        }}
      />
      <g className="chart__corner-labels" aria-hidden="true">
        {layout.corners.map((label) => (
          <LabelText key={label.lines.join(' ')} label={label} fontSize={fontSize} color={CHART_COLORS.neutral} bold />
        ))}
      </g>
      <g className="chart__point-labels" aria-hidden="true">
        {layout.labels.map((label, index) => (
          <LabelText key={points[index]?.key ?? index} label={label} fontSize={fontSize} color={CHART_TEXT_COLOR} />
        ))}
      </g>
    </ScatterChart>
  );
  return { chart, height, keyEntries: layout.kind === 'keys' ? points.map((point) => ({ key: point.key, name: point.name })) : null };
}

function LabelText({ label, fontSize, color, bold = false }: { label: PlacedLabel; fontSize: number; color: string; bold?: boolean }) {
  const lineHeight = fontSize * LINE_HEIGHT;
  const x = label.anchor === 'start' ? label.box.left : label.anchor === 'end' ? label.box.right : (label.box.left + label.box.right) / 2;
  return (
    <text
      textAnchor={label.anchor}
      fontSize={fontSize}
      fontWeight={bold ? 600 : undefined}
      fill={color}
      // A white halo keeps a name legible where it crosses a grid or reference line.
      stroke="#fff"
      strokeWidth={fontSize / 4}
      paintOrder="stroke"
    >
      {label.lines.map((text, index) => (
        <tspan key={index} x={x} y={label.box.top + (index + 0.5) * lineHeight} dominantBaseline="central">
          {text}
        </tspan>
      ))}
    </text>
  );
}

/** The hover box of a point: its name, then what the chart plots for it. */
function hoverBox<D extends ScatterDatum>(fontSize: number, points: readonly D[], detail: (point: D) => ReactNode) {
  return function ScatterHoverBox({ payload }: { payload?: readonly { payload?: unknown }[] }) {
    const hovered = payload?.[0]?.payload;
    const point = points.find((candidate) => candidate === hovered);
    return point ? (
      <div className="chart__tooltip" style={{ fontSize }}>
        <strong>{point.name}</strong>
        <br />
        {detail(point)}
      </div>
    ) : null;
  };
}
