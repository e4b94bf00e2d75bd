import type { Translate } from '../../../../src/i18n/translate';
import type { ReadingText } from '../../../../src/ui/Reading';
import type { ReceiptsOverview } from '../../analysis/receiptsOverview';
import type { ReceiptsMessageKey } from '../../messages/receipts';
import type { BasketLevel } from '../../state';

export interface ReceiptsWords {
  t: Translate<ReceiptsMessageKey>;
  percent: (share: number) => string;
  number: (value: number) => string;
  day: (day: number) => string;
}

/** Below this many receipts a share moves by a point with a handful of purchases, and rules come and go. */
export const FEW_RECEIPTS = 500;

/**
 * What the receipts allow, in words: what was read and left out, whether rules can be found (receipts with two
 * products or more), whether buyers and "what the same customer buys next" can be (customers and dates), and
 * where the margin comes from.
 */
export function receiptsReading(overview: ReceiptsOverview, level: BasketLevel, demo: boolean, { t, percent, number, day }: ReceiptsWords): ReadingText {
  const atCategory = level === 'category' && overview.has.category;
  const sentences = [
    t('receipts.reading.read', { lines: overview.linesRead, receipts: overview.receipts, items: overview.items, itemsWord: t(atCategory ? 'receipts.reading.itemsWord.category' : 'receipts.reading.itemsWord.product') }),
  ];
  if (overview.firstDay !== null && overview.lastDay !== null) sentences.push(t('receipts.reading.period', { from: day(overview.firstDay), to: day(overview.lastDay) }));
  const { returns, excluded, zeroQuantity } = overview.leftOut;
  const leftOut = returns + excluded + zeroQuantity;
  // Only the reasons that left something out are named.
  const reasons = [
    returns > 0 ? t('receipts.reading.reason.returns', { count: returns }) : null,
    excluded > 0 ? t('receipts.reading.reason.excluded', { count: excluded }) : null,
    zeroQuantity > 0 ? t('receipts.reading.reason.zero', { count: zeroQuantity }) : null,
  ].filter((reason) => reason !== null);
  sentences.push(leftOut > 0 ? t('receipts.reading.leftOut', { total: leftOut, reasons: reasons.join(t('receipts.reading.reasonSeparator')) }) : t('receipts.reading.allIn'));
  if (overview.multiItemReceipts > 0 && overview.singleItemShare !== null && overview.meanItems !== null) {
    sentences.push(t('receipts.reading.rulesYes', { share: percent(1 - overview.singleItemShare), mean: number(overview.meanItems) }));
  } else sentences.push(t('receipts.reading.rulesNo'));
  const { customer, date } = overview.has;
  sentences.push(
    t(customer && date ? 'receipts.reading.sequenceYes' : customer ? 'receipts.reading.sequenceNoDate' : date ? 'receipts.reading.sequenceNoCustomer' : 'receipts.reading.sequenceNoBoth'),
  );
  sentences.push(t(overview.has.cost ? 'receipts.reading.marginYes' : 'receipts.reading.marginNo'));
  if (demo) sentences.push(t('receipts.reading.demo'));
  return { sentences, caution: overview.receipts > 0 && overview.receipts < FEW_RECEIPTS ? t('receipts.reading.few', { receipts: overview.receipts }) : null };
}
