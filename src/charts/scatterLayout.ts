import { edgeRoom, LINE_HEIGHT, numberAxisHeight, numberAxisWidth } from './categoryAxis';
import { candidatesAround, candidatesInCorner, inside, placeLabels, type Anchor, type Box, type Candidate, type Corner } from './labelPlacement';
import type { MeasureText } from './measureText';
import { wrapText } from './wrapText';

/** A numeric axis of a scatter: its range, its ticks, and how a tick is written. */
export interface ScatterAxis {
  domain: readonly [number, number];
  ticks: readonly number[];
  format: (value: number) => string;
}

export interface ScatterPoint {
  x: number;
  y: number;
  /** The number the point carries when the names move into a key. */
  key: string;
  name: string;
}

/** A fixed label of the plot, e.g. a quadrant's name, kept in its corner or slid along the edges. */
export interface CornerLabel {
  text: string;
  corner: Corner;
}

export interface ScatterLayoutInput {
  width: number;
  height: number;
  fontSize: number;
  /** Radius of a point's marker, in pixels. */
  dotRadius: number;
  measure: MeasureText;
  x: ScatterAxis;
  y: ScatterAxis;
  points: readonly ScatterPoint[];
  corners?: readonly CornerLabel[];
}

/** A label's place: its lines, the box it covers, and where its text is anchored. */
export interface PlacedLabel {
  lines: readonly string[];
  box: Box;
  anchor: Anchor;
}

export interface ScatterLayout {
  /** The margins and axis sizes to hand recharts, so its plot is exactly `plot`. */
  margin: { top: number; right: number; bottom: number; left: number };
  yAxisWidth: number;
  xAxisHeight: number;
  /** Pixels between the plot's edge and the domain's ends, so a point on the edge is drawn whole. */
  padding: number;
  plot: Box;
  /** The point at data coordinates (x, y), in pixels. */
  toPixel: (x: number, y: number) => { px: number; py: number };
  /** 'names' when every point's name found a free spot; 'keys' when the points carry numbers and a key lists the names. */
  kind: 'names' | 'keys';
  labels: readonly PlacedLabel[];
  corners: readonly PlacedLabel[];
}

/** Names wrap onto at most two lines, no wider than this share of the plot. */
const NAME_LINES = 2;
const NAME_SHARE = 0.42;

/**
 * Everything a labelled scatter needs to be legible at any width: the plot box (so the labels can be placed
 * before recharts draws), points at the edges drawn whole, corner labels moved off the points, and each point's
 * name next to it without covering another name, point or corner label. When the names cannot all be placed,
 * every point carries its number instead and the chart lists the names in a key.
 */
export function scatterLayout(input: ScatterLayoutInput): ScatterLayout {
  const { width, height, fontSize, dotRadius, measure, x, y } = input;
  const lineHeight = fontSize * LINE_HEIGHT;
  const yAxisWidth = numberAxisWidth(y.ticks.map(y.format), measure);
  const xAxisHeight = numberAxisHeight(fontSize);
  // Cast: the ticks are not empty on this branch.
  const lastTick = x.ticks.length ? x.format(x.ticks[x.ticks.length - 1] as number) : '';
  // The top tick's label is centred on the plot's top edge, the last x tick's on its right edge: half of each sticks out.
  const margin = { top: Math.ceil(lineHeight / 2 + 2), right: edgeRoom(lastTick, measure), bottom: 2, left: 2 };
  const padding = Math.ceil(dotRadius + 3);
  const plot: Box = { left: margin.left + yAxisWidth, top: margin.top, right: width - margin.right, bottom: height - margin.bottom - xAxisHeight };
  const [x0, x1] = x.domain;
  const [y0, y1] = y.domain;
  const toPixel = (vx: number, vy: number) => ({
    px: plot.left + padding + ((vx - x0) / (x1 - x0 || 1)) * (plot.right - plot.left - 2 * padding),
    py: plot.bottom - padding - ((vy - y0) / (y1 - y0 || 1)) * (plot.bottom - plot.top - 2 * padding),
  });
  const pixels = input.points.map((point) => toPixel(point.x, point.y));
  const reach = dotRadius + fontSize * 0.25;
  const dots: Box[] = pixels.map(({ px, py }) => ({ left: px - dotRadius, right: px + dotRadius, top: py - dotRadius, bottom: py + dotRadius }));
  // Labels keep to the plot and the margins above and right of it, away from the tick labels.
  const bounds: Box = { left: plot.left + 1, top: 1, right: width - 1, bottom: plot.bottom - 1 };
  const gap = Math.max(2, fontSize * 0.15);

  const sized = (lines: readonly string[]) => ({ lines, width: Math.max(0, ...lines.map(measure)), height: lines.length * lineHeight });
  const cornerTexts = (input.corners ?? []).map((corner) => ({ ...corner, ...sized([corner.text]) }));
  const cornerCandidates = cornerTexts.map((corner) => candidatesInCorner(plot, corner.corner, corner.width, corner.height, fontSize * 0.3));
  const cornerChoice = placeLabels(
    cornerCandidates.map((candidates) => ({ candidates: candidates.map((candidate) => candidate.box) })),
    { obstacles: dots, bounds, gap },
  );
  const corners = cornerTexts.map((corner, index) => placed(corner.lines, cornerCandidates[index] ?? [], cornerChoice[index] ?? 0));
  const obstacles = [...dots, ...corners.map((corner) => corner.box)];

  const attempt = (texts: readonly (readonly string[])[]) => {
    const candidates = texts.map((lines, index) => {
      const size = sized(lines);
      // Cast: one pixel position per point, read at the point's own index.
      const { px, py } = pixels[index] as { px: number; py: number };
      return candidatesAround(px, py, size.width, size.height, reach);
    });
    const choice = placeLabels(candidates.map((list) => ({ candidates: list.map((candidate) => candidate.box) })), { obstacles, bounds, gap });
    return { candidates, choice };
  };

  const nameWidth = Math.max(fontSize * 6, (plot.right - plot.left) * NAME_SHARE);
  const wrapped = input.points.map((point) => wrapText(point.name, nameWidth, measure));
  if (wrapped.every((name) => !name.splitWord && name.lines.length <= NAME_LINES)) {
    const names = attempt(wrapped.map((name) => name.lines));
    if (names.choice.every((choice) => choice !== null)) {
      const labels = wrapped.map((name, index) => placed(name.lines, names.candidates[index] ?? [], names.choice[index] ?? 0));
      return { margin, yAxisWidth, xAxisHeight, padding, plot, toPixel, kind: 'names', labels, corners };
    }
  }
  const keys = attempt(input.points.map((point) => [point.key]));
  // A number that finds no free spot (points piled on one another) still goes beside its point, the nearest spot inside.
  const labels = input.points.map((point, index) => {
    const candidates = keys.candidates[index] ?? [];
    const fallback = Math.max(0, candidates.findIndex((candidate) => inside(candidate.box, bounds)));
    return placed([point.key], candidates, keys.choice[index] ?? fallback);
  });
  return { margin, yAxisWidth, xAxisHeight, padding, plot, toPixel, kind: 'keys', labels, corners };
}

function placed(lines: readonly string[], candidates: readonly Candidate[], index: number): PlacedLabel {
  const candidate = candidates[index] ?? candidates[0] ?? { box: { left: 0, top: 0, right: 0, bottom: 0 }, anchor: 'start' as const };
  return { lines, box: candidate.box, anchor: candidate.anchor };
}
