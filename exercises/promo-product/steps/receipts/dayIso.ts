const DAY_MS = 86_400_000;

/** Days since 1970-01-01 (as the baskets keep them) as the calendar day the formatters take. */
export function dayIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
