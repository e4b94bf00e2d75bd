import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../../src/i18n/format';
import { translator } from '../../../src/i18n/translate';
import type { CriterionSummary, SegmentationFigures } from '../../../exercises/segmentation/analysis/segmentationAnalysis';
import { dataMessages } from '../../../exercises/segmentation/messages/data';
import { CRITERIA, type CriterionId } from '../../../exercises/segmentation/state';
import { criteriaAvailability, dataReading, type DataWords } from '../../../exercises/segmentation/steps/data/dataFigures';

const format = createFormatters('en', 'USD');
const words: DataWords = {
  t: translator(dataMessages, 'en'),
  money: (value) => format.money(value),
  percent: (share) => format.percent(share),
  signedPercent: (share) => format.signedPercent(share),
  day: (iso) => format.date(iso),
  criterion: (id) => id,
  list: (names) => names.join(' + '),
};

const label = (values: [string, number][]): CriterionSummary => ({ ok: true, kind: 'label', bounds: null, values: values.map(([key, customers]) => ({ key, customers, revenue: customers * 10 })) });

/** Every criterion ready with two values, but those given. */
function criteria(given: Partial<Record<CriterionId, CriterionSummary>>): Record<CriterionId, CriterionSummary> {
  return Object.fromEntries(CRITERIA.map((id) => [id, given[id] ?? label([['x', 3], ['y', 2]])])) as Record<CriterionId, CriterionSummary>;
}

function figures(overrides: Partial<SegmentationFigures> = {}): SegmentationFigures {
  return {
    analysisDay: '2026-03-31',
    startDay: '2025-04-01',
    months: 12,
    halfMonths: 6,
    hasMargin: true,
    criteria: criteria({}),
    segments: [],
    // 5 customers, 1000 of revenue: 400 in the older half, 500 in the newer (+25 %); 4 bought in the older half, 3 of them again (75 %).
    total: { customers: 5, revenue: 1000, margin: 300, orders: 20, firstHalfRevenue: 400, secondHalfRevenue: 500, firstHalfActive: 4, retained: 3 },
    unavailable: [],
    page: null,
    ...overrides,
  };
}

describe('criteria availability', () => {
  it('counts the values given (not "not given", not empty) and the customers without one, and names the missing column', () => {
    const rows = criteriaAvailability(
      figures({
        criteria: criteria({
          region: label([['North', 3], ['South', 0], ['', 2]]),
          size: { ok: false, missing: { file: 'customers', column: 'size' } },
        }),
      }),
    );
    expect(rows.map((row) => row.id)).toEqual([...CRITERIA]);
    expect(rows.find((row) => row.id === 'region')).toEqual({ id: 'region', source: 'listOrSales', ready: true, values: 1, notGiven: 2 });
    expect(rows.find((row) => row.id === 'size')).toEqual({ id: 'size', source: 'list', ready: false, missing: { file: 'customers', column: 'size' } });
    expect(rows.find((row) => row.id === 'abc')).toMatchObject({ source: 'computed', ready: true, values: 2, notGiven: 0 });
  });
});

describe('the data step reading', () => {
  it('says the customers, the halves with the base’s growth and retention, the criteria missing, and cautions on few customers', () => {
    const reading = dataReading(
      figures({ criteria: criteria({ manager: { ok: false, missing: { file: 'sales', column: 'manager' } }, potential: { ok: false, missing: { file: 'customers', column: 'potential' } } }) }),
      true,
      words,
    );
    const text = reading.sentences.join(' ');
    expect(text).toContain('5 customers bought from you, for $1,000');
    expect(text).toContain('second-half revenue is +25% on the first, and 75% of the customers who bought in the first half bought again');
    expect(text).toContain('12 of 14 criteria are ready; not available: manager + potential.');
    expect(text).toContain('This is a demo business');
    expect(reading.caution).toContain('Only 5 customers bought');
  });

  it('with a window under 2 months says growth and retention cannot be computed; with no first-half revenue, that growth cannot', () => {
    const short = dataReading(figures({ months: 1, halfMonths: 0, total: { ...figures().total, firstHalfRevenue: null, secondHalfRevenue: null } }), false, words).sentences.join(' ');
    expect(short).toContain('The window is under 2 months');
    expect(short).not.toContain('demo');
    const noFirst = dataReading(figures({ total: { ...figures().total, firstHalfRevenue: 0 } }), false, words).sentences.join(' ');
    expect(noFirst).toContain('the first half had no revenue, so growth cannot be computed');
  });

  it('with no customer in the window says only that', () => {
    const reading = dataReading(figures({ total: { customers: 0, revenue: 0, margin: 0, orders: 0, firstHalfRevenue: 0, secondHalfRevenue: 0, firstHalfActive: 0, retained: 0 } }), true, words);
    expect(reading).toEqual({ sentences: ['No sale to a customer falls in the chosen window — check the analysis date and the window.'], caution: null });
  });
});
