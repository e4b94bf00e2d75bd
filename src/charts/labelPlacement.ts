/** A rectangle on the chart, in pixels from its top left. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Two boxes share more than a line: `gap` pixels of clearance are demanded around each. */
export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom + gap && b.top < a.bottom + gap;
}

export function inside(box: Box, bounds: Box): boolean {
  return box.left >= bounds.left && box.right <= bounds.right && box.top >= bounds.top && box.bottom <= bounds.bottom;
}

/** A label that may sit at any of its candidate boxes, the preferred one first. */
export interface LabelToPlace {
  candidates: readonly Box[];
}

export interface PlacementOptions {
  /** What no label may cover: the points, labels already placed elsewhere. */
  obstacles: readonly Box[];
  /** Where labels must stay: the chart's drawing, without its axes. */
  bounds: Box;
  /** Clearance between a label and anything else, in pixels. */
  gap: number;
}

/**
 * Each label, in order, takes its first candidate that is inside the bounds and clear of the obstacles and of
 * the labels placed before it. The answer is the index of the chosen candidate, or null where none was free:
 * the caller then draws that label differently (a number with a key) rather than over something.
 */
export function placeLabels(labels: readonly LabelToPlace[], { obstacles, bounds, gap }: PlacementOptions): (number | null)[] {
  const taken: Box[] = [...obstacles];
  return labels.map((label) => {
    const index = label.candidates.findIndex((box) => inside(box, bounds) && !taken.some((other) => overlaps(box, other, gap)));
    // Cast: index comes from findIndex over these candidates and is not -1 here.
    if (index >= 0) taken.push(label.candidates[index] as Box);
    return index >= 0 ? index : null;
  });
}

/** Where a label's text is anchored inside its box. */
export type Anchor = 'start' | 'middle' | 'end';

export interface Candidate {
  box: Box;
  anchor: Anchor;
}

/**
 * Spots for a label of `width` × `height` around a point: right, left, above, below, the four diagonals, then the
 * same further out, so a crowded point still finds a free spot near it. `reach` is the point's radius plus the
 * clearance a label keeps from it.
 */
export function candidatesAround(px: number, py: number, width: number, height: number, reach: number): Candidate[] {
  const at = (left: number, top: number, anchor: Anchor): Candidate => ({ box: { left, top, right: left + width, bottom: top + height }, anchor });
  const spots: Candidate[] = [];
  for (const step of [0, 1, 2, 3]) {
    const lift = step * height * 0.75;
    const out = reach + step * height * 0.5;
    spots.push(
      at(px + out, py - height / 2 - lift, 'start'),
      at(px - out - width, py - height / 2 - lift, 'end'),
      at(px + out, py - height / 2 + lift, 'start'),
      at(px - out - width, py - height / 2 + lift, 'end'),
      at(px - width / 2, py - out - height, 'middle'),
      at(px - width / 2, py + out, 'middle'),
      at(px + out, py - out - height, 'start'),
      at(px + out, py + out, 'start'),
      at(px - out - width, py - out - height, 'end'),
      at(px - out - width, py + out, 'end'),
    );
  }
  return spots;
}

export type Corner = 'topLeft' | 'topRight' | 'bottomLeft' | 'bottomRight';

/**
 * Spots for a label in a corner of `area`: the corner itself, then slid along its two edges, so a point that
 * happens to sit in the corner moves the label aside instead of being covered by it.
 */
export function candidatesInCorner(area: Box, corner: Corner, width: number, height: number, inset: number): Candidate[] {
  const right = corner === 'topRight' || corner === 'bottomRight';
  const bottom = corner === 'bottomLeft' || corner === 'bottomRight';
  const anchor: Anchor = right ? 'end' : 'start';
  const spots: Candidate[] = [];
  const steps = 12;
  for (const along of ['across', 'down'] as const) {
    for (let step = along === 'across' ? 0 : 1; step <= steps; step += 1) {
      const shiftX = along === 'across' ? (step * (area.right - area.left) * 0.4) / steps : 0;
      const shiftY = along === 'down' ? (step * (area.bottom - area.top) * 0.4) / steps : 0;
      const left = right ? area.right - inset - width - shiftX : area.left + inset + shiftX;
      const top = bottom ? area.bottom - inset - height - shiftY : area.top + inset + shiftY;
      spots.push({ box: { left, top, right: left + width, bottom: top + height }, anchor });
    }
  }
  return spots;
}
