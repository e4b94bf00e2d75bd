import type { Translate } from '../../../../src/i18n/translate';
import type { ReadingText } from '../../../../src/ui/Reading';
import { paretoCurve, topProducts, type BasketTotals, type ItemIndicators } from '../../model/indicators';
import type { IndicatorsMessageKey } from '../../messages/indicators';

/** Below this many receipts a rare product's share moves by whole points from one week to the next. */
export const FEW_RECEIPTS = 500;
/** When the top third of the items or fewer bring 80 % of revenue, revenue "rests on a few products". */
const CONCENTRATED = 1 / 3;

export interface IndicatorsReadingWords {
  t: Translate<IndicatorsMessageKey>;
  percent: (share: number) => string;
  number: (value: number) => string;
  integer: (value: number) => string;
  name: (label: string) => string;
}

/** What the product figures say: the file's size, the most bought, how concentrated revenue is, the strongest pull, what next. */
export function indicatorsReading(items: readonly ItemIndicators[], totals: BasketTotals, words: IndicatorsReadingWords): ReadingText {
  const { t, percent, number, integer, name } = words;
  if (items.length === 0) return { sentences: [], caution: null };
  const top = topProducts(items, totals.receipts);
  const sentences = [t('indicators.reading.size', { receipts: integer(totals.receipts), items: integer(totals.items), basket: number(totals.averageItems) })];
  if (top.penetration) sentences.push(t('indicators.reading.top', { name: name(top.penetration.label), share: percent(top.penetration.penetration) }));
  const pareto = paretoCurve(items);
  if (pareto) {
    sentences.push(
      t('indicators.reading.pareto', { productShare: percent(pareto.mark.productShare), count: integer(pareto.mark.products), revenueShare: percent(pareto.mark.revenueShare) }),
      t(pareto.mark.productShare <= CONCENTRATED ? 'indicators.reading.concentrated' : 'indicators.reading.spread'),
    );
  }
  if (top.attachment && top.attachment.attachment > 0) sentences.push(t('indicators.reading.attachment', { name: name(top.attachment.label), count: number(top.attachment.attachment) }));
  sentences.push(t('indicators.reading.next'));
  return { sentences, caution: totals.receipts < FEW_RECEIPTS ? t('indicators.reading.few', { receipts: integer(totals.receipts) }) : null };
}
