import type { CriterionSummary, SegmentationFigures } from '../../../exercises/segmentation/analysis/segmentationAnalysis';
import { segmentationNames, type SegmentationNames } from '../../../exercises/segmentation/content/names';
import { namesMessages } from '../../../exercises/segmentation/messages/names';
import { OTHERS_KEY, crossKey } from '../../../exercises/segmentation/model/segments';
import { CRITERIA, type CriterionId, type SegmentationState } from '../../../exercises/segmentation/state';
import { createFormatters } from '../../../src/i18n/format';
import { translator } from '../../../src/i18n/translate';
import { rfmSegmentMessages } from '../../../src/customers/rfmSegmentNames';
import type { Locale } from '../../../src/i18n/locale';

/**
 * Ten customers, 1 000 of revenue, by ABC class and life-cycle stage (every other criterion missing from the data):
 *   A: longTerm 350, lapsing 250           (2 customers, 600)
 *   B: longTerm 150, repeat 100, lapsing 50 (3, 300)
 *   C: firstTime 10, repeat 40 and 30, longTerm 15, lapsing 5 (5, 100)
 * By the starter rules (first match wins): key at risk = A/B lapsing {250, 50}; key = A {350}; newcomers = {10};
 * core = B left {150, 100}; fading = lapsing left {5}; others = {40, 30, 15}.
 */
const CUSTOMERS: [string, string, number][] = [
  ['A', 'longTerm', 350],
  ['A', 'lapsing', 250],
  ['B', 'longTerm', 150],
  ['B', 'repeat', 100],
  ['B', 'lapsing', 50],
  ['C', 'firstTime', 10],
  ['C', 'repeat', 40],
  ['C', 'repeat', 30],
  ['C', 'longTerm', 15],
  ['C', 'lapsing', 5],
];

const totals = (keys: string[], pick: (customer: [string, string, number]) => string) =>
  keys.map((key) => {
    const members = CUSTOMERS.filter((customer) => pick(customer) === key);
    return { key, customers: members.length, revenue: members.reduce((sum, customer) => sum + customer[2], 0) };
  });

const totalsOf = (customers: number, revenue: number) => ({ customers, revenue, margin: null, orders: customers, firstHalfRevenue: null, secondHalfRevenue: null, firstHalfActive: 0, retained: 0 });
const profile = (key: string, customers: number, revenue: number) => ({ key, ...totalsOf(customers, revenue) });

export function fixtureFigures(mode: 'rules' | 'crossTab'): SegmentationFigures {
  const criteria = Object.fromEntries(CRITERIA.map((id): [CriterionId, CriterionSummary] => [id, { ok: false, missing: { file: 'customers', column: 'region' } }])) as Record<CriterionId, CriterionSummary>; // Cast: one entry per criterion, just built.
  criteria.abc = { ok: true, kind: 'class', bounds: null, values: totals(['A', 'B', 'C'], (customer) => customer[0]) };
  criteria.stage = { ok: true, kind: 'class', bounds: null, values: totals(['firstTime', 'repeat', 'longTerm', 'lapsing'], (customer) => customer[1]) };
  const segments =
    mode === 'rules'
      ? [profile('keyAtRisk', 2, 300), profile('key', 1, 350), profile('newcomers', 1, 10), profile('core', 2, 250), profile('fading', 1, 5), profile(OTHERS_KEY, 3, 85)]
      : totals([...new Set(CUSTOMERS.map(([abc, stage]) => crossKey(abc, stage)))], ([abc, stage]) => crossKey(abc, stage)).map((cell) => profile(cell.key, cell.customers, cell.revenue));
  return {
    analysisDay: '2026-06-30',
    startDay: '2025-07-01',
    months: 12,
    halfMonths: 6,
    hasMargin: false,
    criteria,
    segments,
    total: totalsOf(10, 1000),
    unavailable: [],
    page: null,
  };
}

export function fixtureNames(state: SegmentationState, locale: Locale = 'ru'): SegmentationNames {
  return segmentationNames(translator(namesMessages, locale), translator(rfmSegmentMessages, locale), createFormatters(locale, 'RUB'), (label) => label, state.segments);
}
