import type { Translate } from '../../../../src/i18n/translate';
import type { ReadingText } from '../../../../src/ui/Reading';
import type { SegmentationFigures } from '../../analysis/segmentationAnalysis';
import type { CriterionMissing } from '../../model/criteria';
import { OTHERS_KEY } from '../../model/segments';
import type { SegmentsMessageKey } from '../../messages/segments';
import type { CriterionId, SegmentsSettings } from '../../state';
import { crossGrid, profilesByKey } from './segmentFigures';

/** "Others" this large means the rules leave a good part of the base undescribed. */
export const MANY_OTHERS = 0.2;
/** A cell with fewer customers is a handful of people: one deal moves its figures, and nobody runs a programme for it. */
export const FEW_IN_CELL = 10;

export interface SegmentsReadingWords {
  t: Translate<SegmentsMessageKey>;
  segment: (key: string) => string;
  criterion: (id: CriterionId) => string;
  missing: (missing: CriterionMissing) => string;
  percent: (share: number) => string;
  list: (items: string[]) => string;
}

/**
 * What the segments say: how many there are, how much "others" holds (rules), the segment with the most revenue,
 * the rules that name nobody and why, the cells too small to work with (cross-tab), and what next.
 */
export function segmentsReading(figures: SegmentationFigures, segments: SegmentsSettings, words: SegmentsReadingWords): ReadingText {
  const { t, segment, percent, list } = words;
  const { customers, revenue } = figures.total;
  if (customers === 0) return { sentences: [], caution: null };
  const sentences: string[] = [];
  const quoted = (key: string) => t('segments.reading.quoted', { name: segment(key) });
  const byKey = profilesByKey(figures);
  const top = (keys: string[]) => {
    const best = keys.map((key) => byKey.get(key)).reduce((a, b) => (b && b.customers > 0 && (!a || b.revenue > a.revenue) ? b : a), undefined);
    if (best && revenue > 0) sentences.push(t('segments.reading.top', { name: segment(best.key), customerShare: percent(best.customers / customers), revenueShare: percent(best.revenue / revenue) }));
  };

  if (segments.mode === 'crossTab') {
    const { rows, columns } = segments.crossTab;
    const grid = crossGrid(figures, rows, columns);
    if (grid === null || grid.cells === null || rows === null || columns === null) {
      if (grid === null) sentences.push(t('segments.reading.noCross'));
      return { sentences, caution: null };
    }
    const filled = grid.cells.flat().filter((cell) => cell.customers > 0);
    sentences.push(t('segments.reading.cross', { rows: words.criterion(rows), columns: words.criterion(columns), customers, count: filled.length, cells: grid.rows.length * grid.columns.length }));
    top(filled.map((cell) => cell.key));
    const small = filled.filter((cell) => cell.customers < FEW_IN_CELL).length;
    if (small > 0) sentences.push(t('segments.reading.small', { count: small, least: FEW_IN_CELL }));
    sentences.push(t('segments.reading.next'));
    return { sentences, caution: null };
  }

  // Rules added since the figures were computed are not in them yet: they are left out until they are.
  const counted = segments.rules.filter((rule) => byKey.has(rule.id));
  const named = counted.filter((rule) => (byKey.get(rule.id)?.customers ?? 0) > 0);
  sentences.push(t('segments.reading.rules', { customers, count: named.length }));
  const others = byKey.get(OTHERS_KEY);
  if (others) {
    const share = others.customers / customers;
    sentences.push(t('segments.reading.others', { customerShare: percent(share), revenueShare: percent(revenue > 0 ? others.revenue / revenue : 0) }));
    if (share >= MANY_OTHERS) sentences.push(t('segments.reading.othersBig'));
  }
  top(named.map((rule) => rule.id));
  const unavailable = new Map(figures.unavailable.map((entry) => [entry.ruleId, entry.criterion]));
  const empty = counted.filter((rule) => byKey.get(rule.id)?.customers === 0);
  const taken = empty.filter((rule) => !unavailable.has(rule.id));
  if (taken.length > 0) sentences.push(t('segments.reading.taken', { names: list(taken.map((rule) => quoted(rule.id))) }));
  for (const rule of empty) {
    const criterion = unavailable.get(rule.id);
    const summary = criterion === undefined ? undefined : figures.criteria[criterion];
    if (criterion !== undefined && summary && !summary.ok) {
      sentences.push(t('segments.reading.unavailable', { name: segment(rule.id), criterion: words.criterion(criterion), missing: words.missing(summary.missing) }));
    }
  }
  sentences.push(t('segments.reading.next'));
  return { sentences, caution: null };
}
