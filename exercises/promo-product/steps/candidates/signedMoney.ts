import type { Formatters } from '../../../../src/i18n/format';

/** A profit change in money with its sign, "+5 000 ₽", "−7 500 ₽"; one that rounds to zero gets none. */
export function signedMoney(format: Formatters, value: number): string {
  const text = format.money(value);
  return value > 0 && /[1-9]/.test(text) ? `+${text}` : text;
}
