import type { ReactElement } from 'react';
import type { ChartKeyEntry, ChartSizing } from './ChartFrame';
import { bottomAxis, keyEntries, LINE_HEIGHT, numberAxisHeight, sideAxis, type CategoryLabel, type CategoryLayout } from './categoryAxis';

/** What recharts hands a custom tick: where the label goes and which category it is. */
interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}

export const CHART_TEXT_COLOR = '#374151';

/**
 * A category label of `layout`, drawn on its lines: down the side (`y`) centred on the bar, end-aligned against
 * the axis; along the bottom (`x`) centred under the bar or point, the lines going down.
 */
export function categoryTick(layout: CategoryLayout, axis: 'x' | 'y', fontSize: number): (props: TickProps) => ReactElement {
  const lineHeight = fontSize * LINE_HEIGHT;
  return function CategoryTickLabel({ x, y, payload }: TickProps) {
    const lines = layout.lines.get(String(payload?.value)) ?? [String(payload?.value ?? '')];
    const left = Number(x);
    // Side labels: the block of lines centred on the row. Bottom labels: the first line just under the tick.
    const first = axis === 'y' ? Number(y) - ((lines.length - 1) * lineHeight) / 2 : Number(y) + lineHeight / 2;
    return (
      <text textAnchor={axis === 'y' ? 'end' : 'middle'} fontSize={fontSize} fill={CHART_TEXT_COLOR}>
        {lines.map((line, index) => (
          <tspan key={index} x={left} y={first + index * lineHeight} dominantBaseline="central">
            {line}
          </tspan>
        ))}
      </text>
    );
  };
}

/** Categories of a chart, as the chart wires them: the axis's props, the key under the chart, the name behind a key. */
interface CategoryWiring {
  keyEntries: ChartKeyEntry[] | null;
  /** For the hover box: the category's full name from the key recharts reports. */
  nameOf: (key: unknown) => string;
}

function wiring(layout: CategoryLayout, labels: readonly CategoryLabel[]): CategoryWiring {
  const names = new Map(labels.map((label) => [label.key, label.name]));
  return { keyEntries: keyEntries(layout, labels), nameOf: (key) => names.get(String(key)) ?? String(key) };
}

export interface SideCategories extends CategoryWiring {
  /** Props of the category `YAxis` (its data key is `key`). */
  yAxis: { type: 'category'; dataKey: 'key'; width: number; interval: 0; tick: (props: TickProps) => ReactElement };
  /** Height of the chart: every row tall enough for its lines, the margins and the number axis under the bars. */
  height: number;
  /** Height to give the number axis under the bars, as `height` counts it. */
  xAxisHeight: number;
}

/**
 * Categories down the side of a horizontal bar chart (data rows carry their category's `key`): wrapped names,
 * as many lines as the width leaves them, or keys and a key under the chart on a narrow screen.
 */
export function sideCategories(
  labels: readonly CategoryLabel[],
  sizing: ChartSizing,
  { minRowHeight, margin, maxShare }: { minRowHeight: number; margin: { top: number; bottom: number }; maxShare?: number },
): SideCategories {
  const axis = sideAxis(labels, { measure: sizing.measure, fontSize: sizing.fontSize, chartWidth: sizing.width, maxShare });
  const rowHeight = Math.max(minRowHeight, axis.rowHeight);
  const xAxisHeight = numberAxisHeight(sizing.fontSize);
  return {
    ...wiring(axis, labels),
    yAxis: { type: 'category', dataKey: 'key', width: axis.axisWidth, interval: 0, tick: categoryTick(axis, 'y', sizing.fontSize) },
    height: Math.ceil(margin.top + margin.bottom + xAxisHeight + labels.length * rowHeight),
    xAxisHeight,
  };
}

export interface BottomCategories extends CategoryWiring {
  /** Props of the category `XAxis` (its data key is `key`). */
  xAxis: { dataKey: 'key'; height: number; interval: 0; tick: (props: TickProps) => ReactElement };
  /**
   * `XAxis` padding for a line chart, whose categories are points, not bands: each point in the middle of its
   * equal share of the plot, as a bar would be, so the label under it has that share to wrap in.
   */
  pointPadding: { left: number; right: number };
}

/**
 * Categories along the bottom, each label within its share of the plot (the chart's width less its side margins
 * and y axis): wrapped, or keys on a narrow screen.
 */
export function bottomCategories(labels: readonly CategoryLabel[], sizing: ChartSizing, { margin, yAxisWidth }: { margin: { left: number; right: number }; yAxisWidth: number }): BottomCategories {
  const plotWidth = sizing.width - margin.left - margin.right - yAxisWidth;
  const axis = bottomAxis(labels, { measure: sizing.measure, fontSize: sizing.fontSize, plotWidth });
  const half = plotWidth / Math.max(1, labels.length) / 2;
  return {
    ...wiring(axis, labels),
    xAxis: { dataKey: 'key', height: axis.axisHeight, interval: 0, tick: categoryTick(axis, 'x', sizing.fontSize) },
    pointPadding: { left: half, right: half },
  };
}
