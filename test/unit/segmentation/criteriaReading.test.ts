import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../../src/i18n/format';
import { translator } from '../../../src/i18n/translate';
import { rfmSegmentMessages } from '../../../src/customers/rfmSegmentNames';
import type { CriterionSummary, CriterionValueFigures } from '../../../exercises/segmentation/analysis/segmentationAnalysis';
import { segmentationNames } from '../../../exercises/segmentation/content/names';
import { blankSegmentationState } from '../../../exercises/segmentation/demo';
import { criteriaMessages } from '../../../exercises/segmentation/messages/criteria';
import { namesMessages } from '../../../exercises/segmentation/messages/names';
import { CRITERIA, type CriterionId } from '../../../exercises/segmentation/state';
import { criteriaHighlights } from '../../../exercises/segmentation/steps/criteria/criteriaHighlights';
import { criteriaReading } from '../../../exercises/segmentation/steps/criteria/criteriaReading';
import { valueShares } from '../../../exercises/segmentation/steps/criteria/valueShares';

const format = createFormatters('en', 'USD');
const names = segmentationNames(translator(namesMessages, 'en'), translator(rfmSegmentMessages, 'en'), format, (label) => label, blankSegmentationState().segments);
const list = new Intl.ListFormat('en', { type: 'conjunction' });
const words = {
  t: translator(criteriaMessages, 'en'),
  names,
  percent: (share: number) => format.percent(share),
  money: (amount: number) => format.money(amount),
  ratio: (value: number) => format.number(value, 1),
  integer: format.integer,
  list: (items: readonly string[]) => list.format(items),
};

const value = (key: string, customers: number, revenue: number): CriterionValueFigures => ({ key, customers, revenue });

/** Every criterion missing (as a file without the column would make it) except the ones given. */
function criteriaOf(given: Partial<Record<CriterionId, CriterionSummary>>): Record<CriterionId, CriterionSummary> {
  const missing: CriterionSummary = { ok: false, missing: { file: 'customers', column: 'size' } };
  return Object.fromEntries(CRITERIA.map((id) => [id, given[id] ?? missing])) as Record<CriterionId, CriterionSummary>; // Cast: one entry per criterion, built just here.
}

/**
 * 100 customers, 1 000 of revenue. ABC: A is 20 customers with 800 (lift 4). Region: kazan 60 customers with 600,
 * samara 30 with 300, 10 not given with 100 — 10 per customer in both named regions (flat), kazan 60 % of revenue
 * (dominant). Orders in bands at 1 and 9: 50 with 100 (2 each), 40 with 550 (13.75), 10 with 350 (35, lift 3.5).
 */
const criteria = criteriaOf({
  abc: { ok: true, kind: 'class', bounds: null, values: [value('A', 20, 800), value('B', 30, 150), value('C', 50, 50)] },
  region: { ok: true, kind: 'label', bounds: null, values: [value('kazan', 60, 600), value('samara', 30, 300), value('', 10, 100)] },
  frequency: { ok: true, kind: 'band', bounds: [1, 9], values: [value('b0', 50, 100), value('b1', 40, 550), value('b2', 10, 350)] },
});

describe('criteria reading', () => {
  it('gives each value its shares of the customers and the revenue and its revenue per customer', () => {
    expect(valueShares([value('kazan', 60, 600), value('samara', 30, 300), value('', 10, 100)])).toEqual([
      { key: 'kazan', customers: 60, revenue: 600, customerShare: 0.6, revenueShare: 0.6, perCustomer: 10 },
      { key: 'samara', customers: 30, revenue: 300, customerShare: 0.3, revenueShare: 0.3, perCustomer: 10 },
      { key: '', customers: 10, revenue: 100, customerShare: 0.1, revenueShare: 0.1, perCustomer: 10 },
    ]);
    expect(valueShares([value('A', 2, 0), value('B', 0, 0)])).toEqual([
      { key: 'A', customers: 2, revenue: 0, customerShare: 1, revenueShare: null, perCustomer: 0 },
      { key: 'B', customers: 0, revenue: 0, customerShare: 0, revenueShare: null, perCustomer: null },
    ]);
  });

  it('finds the concentration, the widest split among descriptive criteria, a dominant label, flat and missing chosen criteria', () => {
    const highlights = criteriaHighlights(criteria, ['abc', 'region', 'frequency', 'size']);
    expect(highlights.customers).toBe(100);
    expect(highlights.concentration).toEqual({ criterion: 'abc', key: 'A', customerShare: 0.2, revenueShare: 0.8 });
    // ABC's A to C is 40 / 1 per customer, but a class made from revenue is not a descriptive split.
    expect(highlights.spread).toEqual({ criterion: 'frequency', high: { key: 'b2', perCustomer: 35 }, low: { key: 'b0', perCustomer: 2 }, ratio: 17.5 });
    expect(highlights.dominant).toEqual({ criterion: 'region', key: 'kazan', revenueShare: 0.6 });
    expect(highlights.flat).toEqual(['region']);
    expect(highlights.missing).toEqual(['size']);
  });

  it('says it in plain words, with what to do next and what the files cannot give', () => {
    const reading = criteriaReading(criteria, ['abc', 'region', 'frequency', 'size'], words);
    expect(reading.sentences).toEqual([
      '“A” (ABC class) is 20% of customers and 80% of revenue: this criterion singles out the customers the business rests on.',
      'Of the attributes and bands, “Orders” tells big and small buyers apart best: revenue per customer is $35 for “10 or more” and $2 for “1”, 17.5 times as much.',
      'One value of “Region”, “kazan”, brings 60% of revenue: split it further, as the other values make only small segments.',
      'The chosen criteria “Region” hardly separate customers by revenue (less than 30% apart per customer): keep them only if you will treat their values differently.',
      'Keep 2–4 criteria that split the base well and that you can act on differently, then go on to the segments.',
    ]);
    expect(reading.caution).toBe('Your files cannot give: “Customer size”.');
  });

  it('leaves out values under 5 % of the customers, and says when nothing splits and the base is small', () => {
    // 21 customers: X has 1 customer (under 5 %) with 100, which alone would be a huge concentration.
    const small = criteriaOf({
      abc: { ok: true, kind: 'class', bounds: null, values: [value('A', 10, 100), value('B', 10, 100), value('C', 1, 10)] },
      channel: { ok: true, kind: 'label', bounds: null, values: [value('store', 10, 100), value('online', 10, 110), value('X', 1, 100)] },
    });
    const highlights = criteriaHighlights(small, ['channel']);
    expect(highlights.concentration).toBeNull();
    expect(highlights.spread).toBeNull();
    expect(highlights.dominant).toBeNull();
    expect(highlights.flat).toEqual(['channel']);
    const reading = criteriaReading(small, [], words);
    expect(reading.sentences).toEqual([
      'No criterion splits the base sharply: revenue per customer is similar across values.',
      'Keep 2–4 criteria that split the base well and that you can act on differently, then go on to the segments.',
    ]);
    expect(reading.caution).toBe('Few customers (21): a single customer moves the shares noticeably.');
  });

  it('says nothing without revenue to share', () => {
    const none = criteriaOf({ abc: { ok: true, kind: 'class', bounds: null, values: [value('A', 0, 0), value('B', 0, 0), value('C', 0, 0)] } });
    expect(criteriaReading(none, ['abc'], words)).toEqual({ sentences: [], caution: null });
    const noRevenue = criteriaOf({ abc: { ok: true, kind: 'class', bounds: null, values: [value('A', 40, 0), value('B', 0, 0), value('C', 0, 0)] } });
    expect(criteriaHighlights(noRevenue, ['abc'])).toMatchObject({ concentration: null, spread: null, dominant: null, flat: [] });
  });
});
