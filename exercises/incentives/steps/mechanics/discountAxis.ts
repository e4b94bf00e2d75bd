/** Percent ticks every 10 (every 20 past 60 %) from 0 to the first multiple at or beyond `share`, at most 100. */
export function discountAxis(share: number): { end: number; ticks: number[] } {
  const percent = Math.min(100, Math.max(0, share * 100));
  const step = percent <= 60 ? 10 : 20;
  const end = Math.min(100, Math.max(step, Math.ceil(percent / step - 1e-9) * step));
  return { end, ticks: Array.from({ length: Math.floor(end / step) + 1 }, (_, index) => index * step) };
}
