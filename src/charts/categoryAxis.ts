import type { MeasureText } from './measureText';
import { wrapText } from './wrapText';

/** One category of a bar or line chart: its name, and the short mark that stands for it when names do not fit. */
export interface CategoryLabel {
  /** Unique; the mark on the axis when the names move into a key under the chart ("13", or "1", "2"…). */
  key: string;
  /** The full name, as the key under the chart spells it out. */
  name: string;
  /** What the axis writes when there is room, if not the name ("13. Сотрудники компании…"). */
  text?: string;
}

/** How an axis writes its categories: the names wrapped onto lines, or only their keys. */
export interface CategoryLayout {
  kind: 'names' | 'keys';
  /** The lines of each category's label, by key. */
  lines: ReadonlyMap<string, readonly string[]>;
  /** The widest line, in pixels. */
  width: number;
  /** The most lines any label takes. */
  lineCount: number;
}

/** Line spacing of wrapped chart text, in font sizes: a little over the tallest glyph box (CJK fonts are tall). */
export const LINE_HEIGHT = 1.3;

/**
 * Room between an axis line and its labels: recharts' tick mark (6 px) and margin (2 px), and a few pixels so a
 * label does not touch the chart's edge.
 */
export const TICK_SPACE = 12;

export interface CategoryLayoutOptions {
  measure: MeasureText;
  /** The widest a line may be, in pixels. */
  maxWidth: number;
  /** More lines than this and the names give way to keys. */
  maxLines: number;
}

/**
 * The names of the categories wrapped to `maxWidth`, or, when any name would need more than `maxLines` lines or
 * would have to split a word, the keys alone: the chart then lists the names in a key beside it. Never a
 * shortened name.
 */
export function layoutCategories(labels: readonly CategoryLabel[], { measure, maxWidth, maxLines }: CategoryLayoutOptions): CategoryLayout {
  const wrapped = labels.map((label) => ({ key: label.key, ...wrapText(label.text ?? label.name, maxWidth, measure) }));
  if (wrapped.every((label) => !label.splitWord && label.lines.length <= maxLines)) {
    return {
      kind: 'names',
      lines: new Map(wrapped.map((label) => [label.key, label.lines])),
      width: Math.max(0, ...wrapped.map((label) => label.width)),
      lineCount: Math.max(1, ...wrapped.map((label) => label.lines.length)),
    };
  }
  return {
    kind: 'keys',
    lines: new Map(labels.map((label) => [label.key, [label.key]])),
    width: Math.max(0, ...labels.map((label) => measure(label.key))),
    lineCount: 1,
  };
}

/** Categories down the side of a horizontal bar chart, and the room the chart gives them. */
export interface SideAxis extends CategoryLayout {
  /** Width of the axis: the labels and the tick space. */
  axisWidth: number;
  /** Height one category needs so its lines stay clear of the next one's. */
  rowHeight: number;
}

export interface SideAxisOptions {
  measure: MeasureText;
  fontSize: number;
  /** Width of the whole chart, in pixels. */
  chartWidth: number;
  /** The most of the chart's width the labels may take, leaving the rest to the bars. */
  maxShare?: number;
  /** The least width, in font sizes, the bars keep however narrow the chart (a phone): below it the labels become keys. */
  minPlot?: number;
  maxLines?: number;
}

/**
 * Labels down the side (y) of a chart: as narrow as the longest name allows, up to `maxShare` of the chart and
 * never so wide that the bars keep less than `minPlot` font sizes, the names wrapping within it; each row as
 * tall as its lines.
 */
export function sideAxis(labels: readonly CategoryLabel[], { measure, fontSize, chartWidth, maxShare = 0.4, minPlot = 18, maxLines = 3 }: SideAxisOptions): SideAxis {
  const room = Math.max(fontSize * 2, Math.min(chartWidth * maxShare, chartWidth - minPlot * fontSize) - TICK_SPACE);
  const layout = layoutCategories(labels, { measure, maxWidth: room, maxLines });
  const lineHeight = fontSize * LINE_HEIGHT;
  return { ...layout, axisWidth: Math.ceil(layout.width + TICK_SPACE), rowHeight: Math.ceil(layout.lineCount * lineHeight + fontSize * 0.6) };
}

/** Categories along the bottom (x) of a chart, and the height the axis takes. */
export interface BottomAxis extends CategoryLayout {
  axisHeight: number;
}

export interface BottomAxisOptions {
  measure: MeasureText;
  fontSize: number;
  /** Width of the plot the categories share equally, in pixels. */
  plotWidth: number;
  maxLines?: number;
}

/** Labels along the bottom (x): each within its category's share of the plot, wrapping under its bar or point. */
export function bottomAxis(labels: readonly CategoryLabel[], { measure, fontSize, plotWidth, maxLines = 3 }: BottomAxisOptions): BottomAxis {
  // A little space between neighbours, so two labels never touch.
  const slot = plotWidth / Math.max(1, labels.length) - fontSize * 0.75;
  const layout = layoutCategories(labels, { measure, maxWidth: Math.max(fontSize, slot), maxLines });
  return { ...layout, axisHeight: Math.ceil(layout.lineCount * fontSize * LINE_HEIGHT + TICK_SPACE) };
}

/** Width of a y axis whose ticks are these texts. */
export function numberAxisWidth(ticks: readonly string[], measure: MeasureText): number {
  return Math.ceil(Math.max(0, ...ticks.map(measure)) + TICK_SPACE);
}

/** The names behind the keys, for the key under the chart; none when the axis wrote the names themselves. */
export function keyEntries(layout: CategoryLayout, labels: readonly CategoryLabel[]): { key: string; name: string }[] | null {
  return layout.kind === 'keys' ? labels.map((label) => ({ key: label.key, name: label.name })) : null;
}

/** Room beyond the plot's edge for the tick label centred on it (the last value of a number axis). */
export function edgeRoom(tick: string, measure: MeasureText): number {
  return Math.ceil(measure(tick) / 2 + 4);
}

/** Height of a number axis along the bottom: one line of ticks. */
export function numberAxisHeight(fontSize: number): number {
  return Math.ceil(fontSize * LINE_HEIGHT + TICK_SPACE);
}
