/**
 * Reading numbers as people type them in Russian, English and Chinese spreadsheets and forms:
 * "1 234,56", "1,234.56", "1234.56", "12 %", "₽ 1 200", "−5". Returns null when the text is not a number,
 * so the caller can say so instead of computing with NaN.
 */
export interface ParsedNumber {
  value: number;
  hadPercentSign: boolean;
}

// Space-like characters Excel and Intl put between digit groups: space, NBSP, narrow NBSP, thin space, apostrophe (Swiss).
const GROUP_SPACES = /[\s\u00a0\u202f\u2009']/g;
const CURRENCY_SIGNS = /[₽$€¥£₸₴]|руб\.?|р\.|rub|usd|eur|cny|rmb|元|円/gi;

export function parseLocaleNumber(input: string, options: { decimalComma?: boolean } = {}): ParsedNumber | null {
  const decimalComma = options.decimalComma ?? true;
  let text = input.trim();
  if (text === '') return null;
  const hadPercentSign = /[%％]\s*$/.test(text);
  text = text.replace(/[%％]\s*$/, '').replace(CURRENCY_SIGNS, '').replace(GROUP_SPACES, '');
  // Typographic minus and the parentheses accountants use for negatives.
  text = text.replace(/^[−–]/, '-');
  let negative = false;
  const parenthesised = /^\((.*)\)$/.exec(text);
  if (parenthesised?.[1] !== undefined) {
    negative = true;
    text = parenthesised[1];
  }
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    // Both present: whichever comes last is the decimal separator, the other groups digits.
    text = lastComma > lastDot ? text.replace(/\./g, '').replace(',', '.') : text.replace(/,/g, '');
  } else if (lastComma >= 0) {
    // Several commas can only group thousands. A single one is a decimal comma, as Russian Excel writes it,
    // unless the caller reads English-style text where "1,234" means one thousand two hundred thirty-four.
    const groupsThousands = /^[-+]?\d{1,3}(,\d{3})+$/.test(text);
    const severalCommas = text.indexOf(',') !== lastComma;
    if (severalCommas && !groupsThousands) return null;
    text = severalCommas || (groupsThousands && !decimalComma) ? text.replace(/,/g, '') : text.replace(',', '.');
  }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text)) return null;
  const value = Number(text);
  if (!Number.isFinite(value)) return null;
  return { value: negative ? -value : value, hadPercentSign };
}
