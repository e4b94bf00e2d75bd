import { niceScale } from '../../../../src/charts/niceScale';

/**
 * How a matrix axis is drawn: straight, or on a signed log scale when the customers' figures differ by a factor of
 * a hundred and more (a few large customers would otherwise squeeze everyone else into a corner). The signed log
 * keeps zero and losses on the axis, which a plain log cannot.
 */
export interface PlotScale {
  kind: 'linear' | 'log';
  toPlot: (value: number) => number;
  fromPlot: (plotted: number) => number;
  /** In plotted units. */
  domain: [number, number];
  ticks: number[];
}

/** sign(v) · log10(1 + |v| / unit): straight near zero (within a unit), logarithmic beyond. */
const signedLog = (unit: number) => (value: number) => Math.sign(value) * Math.log10(1 + Math.abs(value) / unit);
const signedExp = (unit: number) => (plotted: number) => Math.sign(plotted) * (10 ** Math.abs(plotted) - 1) * unit;

/** A spread this wide (largest over the tenth percentile of the non-zero sizes) turns the axis logarithmic. */
export const LOG_SPREAD = 100;

/** Sizes of the figures: the 10th percentile of the non-zero ones, the largest. */
function spread(values: readonly number[]): { low: number; high: number } {
  const sizes = values.map(Math.abs).filter((size) => size > 0).sort((a, b) => a - b);
  return { low: sizes[Math.floor(sizes.length * 0.1)] ?? 0, high: sizes.at(-1) ?? 0 };
}

/**
 * The axis for the figures and the lines that must show on it. On the log scale the unit is the power of ten
 * below the small figures (so the axis does not spend decades on amounts nobody has); an axis of positive
 * figures starts at the power of ten at or below the smallest, one with zero or losses at zero or below.
 */
export function plotScale(values: ArrayLike<number>, lines: readonly number[]): PlotScale {
  const all = [...Array.from(values), ...lines].filter(Number.isFinite);
  if (all.length === 0) return { kind: 'linear', toPlot: (value) => value, fromPlot: (value) => value, domain: [0, 1], ticks: [0, 1] };
  const min = Math.min(...all);
  const max = Math.max(...all);
  const { low, high } = spread(all);
  if (low > 0 && high / low >= LOG_SPREAD) {
    // Positive figures: a unit a decade below the smallest, so the axis is all but a plain log from that decade on.
    const unit = 10 ** (Math.floor(Math.log10(min > 0 ? min : low)) - (min > 0 ? 1 : 0));
    const toPlot = signedLog(unit);
    // Ticks at whole powers of ten (in units) and at zero; every other power when the axis spans many.
    const top = Math.max(1, Math.ceil(Math.log10(Math.max(max, unit * 10) / unit)));
    const bottom = min < 0 ? Math.max(1, Math.ceil(Math.log10(-min / unit))) : 0;
    const step = Math.max(top, bottom) > 6 ? 2 : 1;
    const ticks = min > 0 ? [] : [0];
    for (let power = 1; power <= top; power += step) ticks.push(toPlot(unit * 10 ** power));
    for (let power = 1; power <= bottom; power += step) ticks.unshift(toPlot(-unit * 10 ** power));
    const lowest = min > 0 ? toPlot(unit * 10) : bottom > 0 ? toPlot(-unit * 10 ** bottom) : 0;
    return { kind: 'log', toPlot, fromPlot: signedExp(unit), domain: [lowest, toPlot(unit * 10 ** top)], ticks };
  }
  const nice = niceScale(Math.min(0, min), Math.max(0, max));
  return { kind: 'linear', toPlot: (value) => value, fromPlot: (value) => value, domain: [nice.low, nice.high], ticks: nice.ticks };
}
