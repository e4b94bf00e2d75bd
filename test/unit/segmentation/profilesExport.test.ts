import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../../src/i18n/format';
import type { ExportContext } from '../../../src/workbook/contract';
import type { SegmentationFigures } from '../../../exercises/segmentation/analysis/segmentationAnalysis';
import type { SegmentationNames } from '../../../exercises/segmentation/content/names';
import { blankSegmentationState } from '../../../exercises/segmentation/demo';
import { profilesSheets } from '../../../exercises/segmentation/export/profiles';
import type { SegmentTotals } from '../../../exercises/segmentation/model/profile';

const format = createFormatters('en', 'USD');
const context: ExportContext = {
  locale: 'en',
  format,
  datasets: { summary: () => null, own: {}, loadRows: async () => new Map() },
};
const names = { segment: (key: string) => `Segment ${key}` } as SegmentationNames; // Cast: the sheet names segments only.

function totals(customers: number, revenue: number, margin: number | null, orders: number, first: number, second: number, active: number, retained: number): SegmentTotals {
  return { customers, revenue, margin, orders, firstHalfRevenue: first, secondHalfRevenue: second, firstHalfActive: active, retained };
}

/*
 * Two segments of a base of 4 customers, 1,000 of revenue, 300 of margin, 10 orders; halves of 3 months.
 *   a: 1 customer, 600 revenue, 240 margin, 4 orders; 200 → 400 (+100 %); 1 of 1 kept
 *   b: 3 customers, 400 revenue, 60 margin, 6 orders; 250 → 150 (−40 %); 1 of 2 kept
 */
function figures(hasMargin: boolean): SegmentationFigures {
  const m = (value: number) => (hasMargin ? value : null);
  return {
    analysisDay: '2026-06-30',
    startDay: '2026-01-01',
    months: 6,
    halfMonths: 3,
    hasMargin,
    criteria: {} as SegmentationFigures['criteria'], // Cast: no banded criterion names a cell here.
    segments: [
      { key: 'a', ...totals(1, 600, m(240), 4, 200, 400, 1, 1) },
      { key: 'b', ...totals(3, 400, m(60), 6, 250, 150, 2, 1) },
    ],
    total: totals(4, 1000, m(300), 10, 450, 550, 3, 2),
    unavailable: [],
    page: null,
  };
}

const header = (rows: unknown[][]) => rows.findIndex((cells) => cells[0] === 'Segment');

describe('the profiles’ sheet', () => {
  it('writes every metric as a number, shares as percentages, the whole base last', () => {
    const [sheet] = profilesSheets(blankSegmentationState(), figures(true), names, context);
    if (!sheet) throw new Error('no sheet');
    const at = header(sheet.rows);
    expect(sheet.rows[at]).toEqual(['Segment', 'Customers', 'Share of customers', 'Revenue', 'Share of revenue', 'Margin', 'Share of margin', 'Margin rate', 'Average order', 'Orders per customer', 'Revenue per customer', 'Growth', 'Retention']);
    const percent = (value: number, signed = false) => ({ value, format: 'percent', decimals: 1, ...(signed ? { signed } : {}) });
    const money = (value: number) => ({ value, format: 'money', decimals: 0 });
    // a: 1/4 customers, 600/1000 revenue, 240/300 margin, 240/600 rate, 600/4 per order, 4 orders, 600 per customer.
    expect(sheet.rows[at + 1]).toEqual(['Segment a', 1, percent(0.25), money(600), percent(0.6), money(240), percent(0.8), percent(0.4), money(150), { value: 4, format: 'decimal', decimals: 1 }, money(600), percent(1, true), percent(1)]);
    // b: 400/6 per order, 2 orders per customer, 400/3 per customer, 150/250 − 1 = −40 %, 1 of 2 kept.
    expect(sheet.rows[at + 2]).toEqual(['Segment b', 3, percent(0.75), money(400), percent(0.4), money(60), percent(0.2), percent(0.15), money(400 / 6), { value: 2, format: 'decimal', decimals: 1 }, money(400 / 3), percent(-0.4, true), percent(0.5)]);
    // The base: 550/450 − 1 = +22.2 %, 2 of 3 kept.
    expect(sheet.rows[at + 3]?.slice(0, 2)).toEqual(['Whole base', 4]);
    expect(sheet.rows[at + 3]?.slice(-2)).toEqual([percent(550 / 450 - 1, true), percent(2 / 3)]);
  });

  it('leaves the margin out without a cost, and says when there are no figures', () => {
    const [sheet] = profilesSheets(blankSegmentationState(), figures(false), names, context);
    const rows = sheet?.rows ?? [];
    expect(rows[header(rows)]).not.toContain('Margin');
    expect(rows.some((cells) => cells[0] === 'The sales have no cost or margin.')).toBe(true);
    const [missing] = profilesSheets(blankSegmentationState(), null, names, context);
    expect(missing?.rows).toContainEqual([expect.stringMatching(/^The profiles were not computed/)]);
  });
});
