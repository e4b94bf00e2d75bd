import type { Translate } from '../../../../src/i18n/translate';
import type { ReadingText } from '../../../../src/ui/Reading';
import type { SegmentationFigures } from '../../analysis/segmentationAnalysis';
import type { DataMessageKey } from '../../messages/data';
import type { CriterionMissing } from '../../model/criteria';
import { NOT_GIVEN_KEY } from '../../model/criteria';
import { segmentMetrics } from '../../model/profile';
import { CRITERIA, type CriterionId } from '../../state';

/** Where a criterion's values come from, so the participant knows which file to extend. */
export type CriterionSource = 'list' | 'listOrSales' | 'sales' | 'computed';

/** As model/criteria.ts reads them: the region from the list, else the sales lines' main region. */
export const CRITERION_SOURCE: Record<CriterionId, CriterionSource> = {
  region: 'listOrSales',
  channel: 'list',
  type: 'list',
  manager: 'sales',
  mainProduct: 'sales',
  abc: 'computed',
  rfm: 'computed',
  stage: 'computed',
  tenure: 'computed',
  frequency: 'computed',
  averageCheck: 'computed',
  productBreadth: 'sales',
  size: 'list',
  potential: 'list',
};

export type CriterionAvailability =
  | { id: CriterionId; source: CriterionSource; ready: true; values: number; notGiven: number }
  | { id: CriterionId; source: CriterionSource; ready: false; missing: CriterionMissing };

/** Every criterion in the exercise's order: ready with how many values and customers without one, or the column it needs. */
export function criteriaAvailability(figures: Pick<SegmentationFigures, 'criteria'>): CriterionAvailability[] {
  return CRITERIA.map((id) => {
    const summary = figures.criteria[id];
    const source = CRITERION_SOURCE[id];
    if (!summary.ok) return { id, source, ready: false, missing: summary.missing };
    const given = summary.values.filter((value) => value.key !== NOT_GIVEN_KEY && value.customers > 0);
    const notGiven = summary.values.find((value) => value.key === NOT_GIVEN_KEY)?.customers ?? 0;
    return { id, source, ready: true, values: given.length, notGiven };
  });
}

/** Below this many customers, one customer moves a segment's share. */
export const FEW_CUSTOMERS = 30;

export interface DataWords {
  t: Translate<DataMessageKey>;
  money: (value: number) => string;
  percent: (share: number) => string;
  signedPercent: (share: number) => string;
  day: (iso: string) => string;
  criterion: (id: CriterionId) => string;
  /** Joins names as a list in the interface's language. */
  list: (names: string[]) => string;
}

/**
 * The figures in words: who bought over the window and for how much, whether margin can be compared, what the
 * halves growth and retention compare give for the whole base (or that the window is too short for them), which
 * criteria the files allow, and where to go next.
 */
export function dataReading(figures: SegmentationFigures, demo: boolean, { t, money, percent, signedPercent, day, criterion, list }: DataWords): ReadingText {
  const { total } = figures;
  if (total.customers === 0) return { sentences: [t('reading.nothing')], caution: null };
  const sentences = [t('reading.customers', { count: total.customers, revenue: money(total.revenue), from: day(figures.startDay), to: day(figures.analysisDay), months: figures.months })];
  sentences.push(t(figures.hasMargin ? 'reading.margin' : 'reading.noMargin'));
  if (figures.halfMonths === 0) sentences.push(t('reading.noHalves'));
  else {
    const { growth, retention } = segmentMetrics(total, total);
    sentences.push(
      growth === null
        ? t('reading.halvesNoGrowth', { half: figures.halfMonths })
        : t('reading.halves', { half: figures.halfMonths, growth: signedPercent(growth), retention: percent(retention ?? 0) }),
    );
  }
  const availability = criteriaAvailability(figures);
  const missing = availability.filter((row) => !row.ready).map((row) => criterion(row.id));
  const ready = availability.length - missing.length;
  sentences.push(missing.length === 0 ? t('reading.allCriteria', { total: availability.length }) : t('reading.criteria', { ready, total: availability.length, missing: list(missing) }));
  if (demo) sentences.push(t('reading.demo'));
  sentences.push(t('reading.next'));
  return { sentences, caution: total.customers < FEW_CUSTOMERS ? t('reading.fewCustomers', { count: total.customers }) : null };
}
