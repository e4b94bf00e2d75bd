import type { Translate } from '../../../../src/i18n/translate';
import type { ReadingText } from '../../../../src/ui/Reading';
import type { PriceIndicatorSuggestion, PriceProfile } from '../../model/priceIndicators';
import type { PriceIndicatorsMessageKey } from '../../messages/priceIndicators';

export interface PriceReadingWords {
  t: Translate<PriceIndicatorsMessageKey>;
  percent: (share: number) => string;
  /** Shares of the shelf ("cheaper than 80 % of products") need no decimals. */
  wholePercent: (share: number) => string;
  number: (value: number) => string;
  name: (label: string) => string;
  /** Names as the language lists them: "milk, bread and eggs". */
  list: (names: readonly string[]) => string;
}

/** Why a product looks like a price indicator, in the figures the file has: "in 32 % of receipts, bought 2.1 times a month by a buyer, price below 80 % of products". */
export function profileReason(profile: PriceProfile, { t, percent, wholePercent, number }: Pick<PriceReadingWords, 't' | 'percent' | 'wholePercent' | 'number'>, separator: string): string {
  const parts = [t('priceIndicators.reason.penetration', { share: percent(profile.penetration) })];
  if (profile.frequencyPerMonth !== null) parts.push(t('priceIndicators.reason.perMonth', { count: number(profile.frequencyPerMonth) }));
  else if (profile.frequency !== null) parts.push(t('priceIndicators.reason.perPeriod', { count: number(profile.frequency) }));
  if (profile.cheaperThan !== null) parts.push(t('priceIndicators.reason.cheaper', { share: wholePercent(profile.cheaperThan) }));
  return parts.join(separator);
}

/** What is marked (or that nothing is), which good fits are left unmarked, what to do; a caution for marks the receipts no longer hold. */
export function priceReading(marked: readonly string[], absent: readonly string[], suggestions: readonly PriceIndicatorSuggestion[], words: PriceReadingWords): ReadingText {
  const { t, name, list } = words;
  const sentences: string[] = [];
  const unmarked = suggestions.filter((suggestion) => !marked.includes(suggestion.label)).slice(0, 3);
  if (marked.length > 0) {
    sentences.push(t('priceIndicators.reading.marked', { names: list(marked.map(name)) }));
    if (unmarked.length > 0) sentences.push(t('priceIndicators.reading.alsoSuggested', { names: list(unmarked.map((suggestion) => name(suggestion.label))) }));
  } else {
    sentences.push(t('priceIndicators.reading.none'));
    if (unmarked.length > 0) sentences.push(t('priceIndicators.reading.suggested', { names: list(unmarked.map((suggestion) => name(suggestion.label))) }));
  }
  sentences.push(t('priceIndicators.reading.action'));
  return { sentences, caution: absent.length > 0 ? t('priceIndicators.reading.absent', { names: list(absent.map(name)) }) : null };
}
