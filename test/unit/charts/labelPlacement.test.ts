import { describe, expect, it } from 'vitest';
import { candidatesAround, candidatesInCorner, overlaps, placeLabels, type Box } from '../../../src/charts/labelPlacement';
import { scatterLayout, type ScatterAxis } from '../../../src/charts/scatterLayout';

const box = (left: number, top: number, width: number, height: number): Box => ({ left, top, right: left + width, bottom: top + height });
const BOUNDS = box(0, 0, 400, 300);
const mono = (text: string) => text.length * 7;

describe('placeLabels', () => {
  it('gives the preferred spot to the first label and the next free one to the second', () => {
    const spot = box(10, 10, 50, 14);
    const below = box(10, 40, 50, 14);
    expect(placeLabels([{ candidates: [spot, below] }, { candidates: [spot, below] }], { obstacles: [], bounds: BOUNDS, gap: 2 })).toEqual([0, 1]);
  });

  it('skips spots outside the chart and spots on an obstacle, and answers null when none is left', () => {
    const outside = box(380, 10, 50, 14);
    const onPoint = box(100, 100, 50, 14);
    const point = box(110, 104, 6, 6);
    expect(placeLabels([{ candidates: [outside, onPoint] }], { obstacles: [point], bounds: BOUNDS, gap: 2 })).toEqual([null]);
  });

  it('keeps the clearance asked for between labels', () => {
    const first = box(10, 10, 50, 14);
    // 1 px below the first: free without clearance, taken with 2 px of it.
    const close = box(10, 25, 50, 14);
    expect(placeLabels([{ candidates: [first] }, { candidates: [close] }], { obstacles: [], bounds: BOUNDS, gap: 0 })).toEqual([0, 0]);
    expect(placeLabels([{ candidates: [first] }, { candidates: [close] }], { obstacles: [], bounds: BOUNDS, gap: 2 })).toEqual([0, null]);
  });
});

describe('candidates', () => {
  it('start to the right of a point, clear of its marker', () => {
    const [first] = candidatesAround(100, 100, 60, 14, 8);
    expect(first?.box).toEqual({ left: 108, top: 93, right: 168, bottom: 107 });
    expect(first?.anchor).toBe('start');
  });

  it('never cover the point they are for', () => {
    const point = box(96, 96, 8, 8);
    expect(candidatesAround(100, 100, 60, 14, 5).some((candidate) => overlaps(candidate.box, point))).toBe(false);
  });

  it('start in their corner and slide along its edges', () => {
    const plot = box(50, 10, 300, 200);
    const spots = candidatesInCorner(plot, 'bottomLeft', 80, 14, 4);
    expect(spots[0]?.box).toEqual({ left: 54, top: 192, right: 134, bottom: 206 });
    expect(spots[1]?.box.left).toBeGreaterThan(54);
    expect(spots.every((spot) => spot.box.bottom <= 206 && spot.box.left >= 54)).toBe(true);
  });
});

describe('scatterLayout', () => {
  const unit: ScatterAxis = { domain: [0, 1], ticks: [0, 0.5, 1], format: (value) => String(value) };
  const base = { width: 600, height: 400, fontSize: 12, dotRadius: 6, measure: mono, x: unit, y: unit };

  it('draws a point on the edge of the domain whole, inside the plot', () => {
    const layout = scatterLayout({ ...base, points: [{ x: 1, y: 0, key: '1', name: 'Оплата картой' }] });
    const { px, py } = layout.toPixel(1, 0);
    expect(px + 6).toBeLessThanOrEqual(layout.plot.right);
    expect(py + 6).toBeLessThanOrEqual(layout.plot.bottom);
    // The y axis takes the widest tick, "0.5" (21 px), and the tick space; the plot starts after it.
    expect(layout.yAxisWidth).toBe(21 + 12);
    expect(layout.plot.left).toBe(layout.margin.left + layout.yAxisWidth);
  });

  it('names every point beside it when there is room, no name over a point or another name', () => {
    const points = [
      { x: 0.2, y: 0.8, key: '1', name: 'Доставка за 2 часа' },
      { x: 0.25, y: 0.75, key: '2', name: 'Подарок на день рождения' },
      { x: 0.8, y: 0.2, key: '3', name: 'Оплата картой' },
    ];
    const layout = scatterLayout({ ...base, points });
    expect(layout.kind).toBe('names');
    expect(layout.labels.map((label) => label.lines.join(' '))).toEqual(points.map((point) => point.name));
    const dots = points.map((point) => {
      const { px, py } = layout.toPixel(point.x, point.y);
      return box(px - 6, py - 6, 12, 12);
    });
    for (const [index, label] of layout.labels.entries()) {
      expect(dots.some((dot) => overlaps(dot, label.box))).toBe(false);
      for (const other of layout.labels.slice(index + 1)) expect(overlaps(label.box, other.box)).toBe(false);
    }
  });

  it('numbers the points when their names cannot all be placed, on a phone-narrow chart', () => {
    const crowd = Array.from({ length: 8 }, (_, index) => ({ x: 0.5 + index * 0.01, y: 0.5 + index * 0.01, key: String(index + 1), name: 'Очень длинное название свойства' }));
    const layout = scatterLayout({ ...base, width: 300, points: crowd });
    expect(layout.kind).toBe('keys');
    expect(layout.labels.map((label) => label.lines)).toEqual(crowd.map((point) => [point.key]));
  });

  it('moves a corner label off a point that sits in the corner', () => {
    const layout = scatterLayout({ ...base, points: [{ x: 0, y: 0, key: '1', name: 'Игры' }], corners: [{ text: 'Безразличное', corner: 'bottomLeft' }] });
    const { px, py } = layout.toPixel(0, 0);
    const [corner] = layout.corners;
    expect(corner?.lines).toEqual(['Безразличное']);
    expect(overlaps(corner!.box, box(px - 6, py - 6, 12, 12))).toBe(false);
    expect(overlaps(corner!.box, layout.labels[0]!.box)).toBe(false);
  });
});
