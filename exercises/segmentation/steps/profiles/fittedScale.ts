import { niceScale } from '../../../../src/charts/niceScale';

/**
 * A number axis whose every tick label fits the plot side by side: up to five round steps, fewer when the plot is
 * narrow (a phone) or the labels wide (amounts with a currency), so recharts never has to drop a label.
 */
export function fittedScale(low: number, high: number, label: (value: number) => string, measure: (text: string) => number, plotWidth: number): ReturnType<typeof niceScale> {
  let scale = niceScale(low, high, 5);
  for (let count = 5; count >= 1; count--) {
    scale = niceScale(low, high, count);
    const widest = Math.max(0, ...scale.ticks.map((tick) => measure(label(tick))));
    if (scale.ticks.length * (widest + 8) <= plotWidth) return scale;
  }
  return scale;
}
