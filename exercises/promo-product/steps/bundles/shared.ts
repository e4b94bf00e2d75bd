import type { Formatters } from '../../../../src/i18n/format';

/** A change in money with its sign, as the step's effects read: "+320 ₽", "−80 ₽"; "0 ₽" when it rounds to nothing. */
export function moneyChange(format: Formatters, amount: number, fractionDigits = 0): string {
  const text = format.money(amount, fractionDigits);
  return amount > 0 && /[1-9]/.test(text) ? `+${text}` : text;
}

/** Items of a bundle as one name, the lead first: "Pasta + Tomato sauce". */
export const joinItems = (labels: readonly string[], name: (label: string) => string) => labels.map(name).join(' + ');
