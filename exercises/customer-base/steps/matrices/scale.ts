import { niceScale } from '../../../../src/charts/niceScale';

/**
 * How a matrix axis is drawn: straight, or on a signed log scale when the customers' figures differ by a factor of
 * a hundred and more (a few large customers would otherwise squeeze everyone else into a corner). The signed log
 * is sign(v) · log10(1 + |v|): it keeps zero and losses on the axis, which a plain log cannot.
 */
export interface PlotScale {
  kind: 'linear' | 'log';
  toPlot: (value: number) => number;
  fromPlot: (plotted: number) => number;
  /** In plotted units. */
  domain: [number, number];
  ticks: number[];
}

const signedLog = (value: number) => Math.sign(value) * Math.log10(1 + Math.abs(value));
const signedExp = (plotted: number) => Math.sign(plotted) * (10 ** Math.abs(plotted) - 1);

/** A spread this wide (largest over the tenth percentile of the non-zero sizes) turns the axis logarithmic. */
export const LOG_SPREAD = 100;

/** Sizes of the figures: the 10th percentile of the non-zero ones, the largest. */
function spread(values: readonly number[]): { low: number; high: number } {
  const sizes = values.map(Math.abs).filter((size) => size > 0).sort((a, b) => a - b);
  return { low: sizes[Math.floor(sizes.length * 0.1)] ?? 0, high: sizes.at(-1) ?? 0 };
}

/** The axis for the figures and the lines that must show on it. */
export function plotScale(values: ArrayLike<number>, lines: readonly number[]): PlotScale {
  const all = [...Array.from(values), ...lines].filter(Number.isFinite);
  const min = Math.min(0, ...all);
  const max = Math.max(0, ...all);
  const { low, high } = spread(all);
  if (low > 0 && high / low >= LOG_SPREAD) {
    // Ticks at 0 and whole powers of ten; every other power when the axis spans many of them.
    const top = Math.max(1, Math.ceil(Math.log10(Math.max(max, 10))));
    const bottom = min < 0 ? Math.max(1, Math.ceil(Math.log10(-min))) : 0;
    const step = Math.max(top, bottom) > 6 ? 2 : 1;
    const ticks = [0];
    for (let power = 1; power <= top; power += step) ticks.push(signedLog(10 ** power));
    for (let power = 1; power <= bottom; power += step) ticks.unshift(signedLog(-(10 ** power)));
    const domain: [number, number] = [bottom > 0 ? signedLog(-(10 ** bottom)) : 0, signedLog(10 ** top)];
    return { kind: 'log', toPlot: signedLog, fromPlot: signedExp, domain, ticks };
  }
  const nice = niceScale(min, max);
  return { kind: 'linear', toPlot: (value) => value, fromPlot: (value) => value, domain: [nice.low, nice.high], ticks: nice.ticks };
}
