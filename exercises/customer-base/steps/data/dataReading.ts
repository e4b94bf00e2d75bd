import type { Translate } from '../../../../src/i18n/translate';
import type { ReadingText } from '../../../../src/ui/Reading';
import type { SalesOverview } from '../../analysis/overviewAnalysis';
import type { DataOverviewMessageKey } from '../../messages/dataOverview';
import { FEW_MONTHS_FOR_XYZ, monthsWithData } from './periodChecks';

export interface DataWords {
  t: Translate<DataOverviewMessageKey>;
  money: (value: number) => string;
  day: (day: number) => string;
}

/** Below this many customers, one customer moves a share or a class boundary. */
export const FEW_CUSTOMERS = 30;

/**
 * The overview in words: the period read, who bought and for how much (returns kept), who already left, what
 * was left out, whether profit can be read, how the customer list joined, and where to go next.
 */
export function dataReading(overview: SalesOverview, demo: boolean, { t, money, day }: DataWords): ReadingText {
  if (overview.customers === 0) return { sentences: [t('reading.period', { months: overview.months, from: day(overview.startDay), to: day(overview.analysisDay) }), t('reading.nothing')], caution: null };
  const sentences = [
    t('reading.period', { months: overview.months, from: day(overview.startDay), to: day(overview.analysisDay) }),
    t('reading.customers', { count: overview.customers, revenue: money(overview.revenue) }),
  ];
  if (overview.returns > 0) sentences.push(t('reading.returns', { returns: money(overview.returns) }));
  if (overview.lapsedCustomers > 0) sentences.push(t('reading.lapsed', { count: overview.lapsedCustomers }));
  const { noCustomer, noDay, noAmount } = overview.lines;
  const unusable = noCustomer + noDay + noAmount;
  if (unusable > 0) sentences.push(t('reading.leftOut', { count: unusable }));
  sentences.push(t(overview.hasCost ? 'reading.profit' : 'reading.noProfit'));
  if (overview.list) sentences.push(t('reading.list', { matched: overview.list.matched, customers: overview.customers }));
  else sentences.push(t('reading.noList'));
  if (demo) sentences.push(t('reading.demo'));
  sentences.push(t('reading.next'));
  const months = monthsWithData(overview);
  const cautions = [
    overview.customers < FEW_CUSTOMERS ? t('reading.fewCustomers', { count: overview.customers }) : null,
    months < FEW_MONTHS_FOR_XYZ ? t('reading.xyz', { months }) : null,
  ].filter((text) => text !== null);
  return { sentences, caution: cautions.length > 0 ? cautions.join(' ') : null };
}
