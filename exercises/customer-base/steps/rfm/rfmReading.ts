import type { Translate } from '../../../../src/i18n/translate';
import type { ReadingText } from '../../../../src/ui/Reading';
import type { RfmFigures } from '../../analysis/rfmAnalysis';
import { OTHERS } from '../../../../src/customers/rfmSegments';
import type { RfmMessageKey } from '../../messages/rfm';
import type { RfmBinning, RfmSegmentRule } from '../../state';

/** Below this many customers a fifth is a handful of people and one purchase moves a customer's scores. */
export const FEW_CUSTOMERS = 50;
/** "Others" this large means the rules leave a good part of the base unnamed. */
const MANY_OTHERS = 0.2;
/** The default segments of valuable customers who have gone quiet. */
const SLIPPING = new Set(['cantLose', 'atRisk']);

export interface RfmReadingWords {
  t: Translate<RfmMessageKey>;
  name: (segment: number) => string;
  percent: (share: number) => string;
  integer: (value: number) => string;
  list: (names: string[]) => string;
}

/** What the segments say: the base's size, the segment with the most revenue, the valuable customers slipping away, the unnamed rest, what next. */
export function rfmReading(figures: RfmFigures, rules: readonly RfmSegmentRule[], binning: RfmBinning, words: RfmReadingWords): ReadingText {
  const { t, name, percent, integer, list } = words;
  if (figures.customers === 0) return { sentences: [], caution: null };
  const sentences = [t('rfm.reading.size', { count: figures.customers, binning: t(`rfm.reading.binning.${binning}`) })];
  const money = figures.revenue > 0;
  const named = figures.segments.filter((segment) => segment.segment !== OTHERS && segment.customers > 0);
  const top = [...named].sort((a, b) => b.revenue - a.revenue)[0];
  if (top && money) {
    sentences.push(t('rfm.reading.top', { name: name(top.segment), customerShare: percent(top.customers / figures.customers), revenueShare: percent(top.revenue / figures.revenue) }));
  }
  const slipping = named.filter((segment) => SLIPPING.has(rules[segment.segment]?.id ?? ''));
  if (slipping.length > 0 && money) {
    const revenue = slipping.reduce((sum, segment) => sum + segment.revenue, 0);
    const customers = slipping.reduce((sum, segment) => sum + segment.customers, 0);
    sentences.push(t('rfm.reading.slipping', { names: list(slipping.map((segment) => t('rfm.reading.quoted', { name: name(segment.segment) }))), customers: integer(customers), revenueShare: percent(revenue / figures.revenue) }));
  }
  const others = figures.segments.find((segment) => segment.segment === OTHERS);
  if (others && others.customers / figures.customers >= MANY_OTHERS) sentences.push(t('rfm.reading.others', { share: percent(others.customers / figures.customers) }));
  sentences.push(t('rfm.reading.next'));
  return { sentences, caution: figures.customers < FEW_CUSTOMERS ? t('rfm.reading.few', { customers: integer(figures.customers) }) : null };
}
