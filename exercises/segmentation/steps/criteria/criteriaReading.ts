import type { Translate } from '../../../../src/i18n/translate';
import type { ReadingText } from '../../../../src/ui/Reading';
import type { CriterionSummary } from '../../analysis/segmentationAnalysis';
import type { SegmentationNames } from '../../content/names';
import type { CriteriaMessageKey } from '../../messages/criteria';
import type { CriterionId } from '../../state';
import { criteriaHighlights } from './criteriaHighlights';

/** Fewer customers than this and a single customer moves a value's shares: the reading says so. */
export const FEW_CUSTOMERS = 30;

export interface CriteriaReadingWords {
  t: Translate<CriteriaMessageKey>;
  names: Pick<SegmentationNames, 'criterion' | 'value'>;
  percent: (share: number) => string;
  money: (amount: number) => string;
  /** A ratio such as 3.4 ("3.4 times"). */
  ratio: (value: number) => string;
  integer: (value: number) => string;
  /** Items joined the language's way: "a, b and c". */
  list: (items: readonly string[]) => string;
}

/** What the criteria say on these figures: where revenue concentrates, what separates big and small buyers, what to do next. */
export function criteriaReading(criteria: Record<CriterionId, CriterionSummary>, chosen: readonly CriterionId[], words: CriteriaReadingWords): ReadingText {
  const { t, names, percent, money, ratio, integer, list } = words;
  const highlights = criteriaHighlights(criteria, chosen);
  if (highlights.customers === 0) return { sentences: [], caution: null };
  const valueName = (criterion: CriterionId, key: string) => {
    const summary = criteria[criterion];
    return names.value(criterion, key, summary.ok ? summary.bounds : null);
  };
  const quotedList = (ids: readonly CriterionId[]) => list(ids.map((id) => t('criteria.reading.quoted', { name: names.criterion(id) })));
  const sentences: string[] = [];
  const { concentration, spread, dominant } = highlights;
  if (concentration) {
    sentences.push(
      t('criteria.reading.concentration', {
        criterion: names.criterion(concentration.criterion),
        value: valueName(concentration.criterion, concentration.key),
        customerShare: percent(concentration.customerShare),
        revenueShare: percent(concentration.revenueShare),
      }),
    );
  }
  if (spread) {
    sentences.push(
      t('criteria.reading.spread', {
        criterion: names.criterion(spread.criterion),
        high: valueName(spread.criterion, spread.high.key),
        highAmount: money(spread.high.perCustomer),
        low: valueName(spread.criterion, spread.low.key),
        lowAmount: money(spread.low.perCustomer),
        ratio: ratio(spread.ratio),
      }),
    );
  }
  if (dominant) {
    sentences.push(t('criteria.reading.dominant', { criterion: names.criterion(dominant.criterion), value: valueName(dominant.criterion, dominant.key), share: percent(dominant.revenueShare) }));
  }
  if (highlights.flat.length > 0) sentences.push(t('criteria.reading.flat', { criteria: quotedList(highlights.flat) }));
  if (sentences.length === 0) sentences.push(t('criteria.reading.even'));
  sentences.push(t('criteria.reading.next'));
  const cautions = [
    highlights.missing.length > 0 ? t('criteria.reading.missing', { criteria: quotedList(highlights.missing) }) : null,
    highlights.customers < FEW_CUSTOMERS ? t('criteria.reading.few', { count: integer(highlights.customers) }) : null,
  ].filter((text) => text !== null);
  return { sentences, caution: cautions.length > 0 ? cautions.join(' ') : null };
}
