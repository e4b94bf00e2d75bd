/** An axis from `low` to `high` in round steps (1, 2, 2.5 or 5 × a power of ten), about `count` of them. */
export function niceScale(low: number, high: number, count = 5): { low: number; high: number; ticks: number[] } {
  const span = high - low > 0 ? high - low : Math.max(1, Math.abs(high));
  const raw = span / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((candidate) => candidate >= raw - 1e-12) ?? 10 * magnitude);
  const from = Math.floor(low / step + 1e-9) * step;
  const to = Math.ceil(high / step - 1e-9) * step;
  const ticks: number[] = [];
  // toPrecision: 0.1 · 3 is 0.30000000000000004, a tick label nobody wants.
  for (let i = 0; from + i * step <= to + step * 1e-9; i++) ticks.push(Number((from + i * step).toPrecision(12)));
  return { low: ticks[0] ?? from, high: ticks.at(-1) ?? to, ticks };
}
