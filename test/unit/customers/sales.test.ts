import { describe, expect, it } from 'vitest';
import { NO_CODE, NO_DAY, customerListFromPlain, dayToIso, dictionary, isoToDay, lineCost, salesLinesFromPlain } from '../../../src/customers/sales';
import { EXAMPLE_LIST, EXAMPLE_SALES } from '../customer-base/dataExample';

describe('days', () => {
  it('reads ISO days as days since 1970 and back', () => {
    expect(isoToDay('1970-01-01')).toBe(0);
    expect(isoToDay('1970-01-02')).toBe(1);
    // 2024 is a leap year: 366 days after 1 Jan 2024 is 1 Jan 2025; 2024-01-01 is day 19,723.
    expect(isoToDay('2024-01-01')).toBe(19_723);
    expect((isoToDay('2025-01-01') ?? 0) - (isoToDay('2024-01-01') ?? 0)).toBe(366);
    expect(dayToIso(19_723)).toBe('2024-01-01');
    expect(isoToDay('1969-12-31')).toBe(-1);
  });

  it('refuses what is not a calendar day', () => {
    expect(isoToDay('2026-02-29')).toBeNull();
    expect(isoToDay('2026-13-01')).toBeNull();
    expect(isoToDay('31.03.2026')).toBeNull();
    expect(isoToDay('')).toBeNull();
  });
});

describe('lineCost', () => {
  it('takes the cost when given, else amount − margin, else unknown', () => {
    expect(lineCost(100, 60, 10)).toBe(60);
    expect(lineCost(100, Number.NaN, 30)).toBe(70);
    expect(lineCost(Number.NaN, Number.NaN, 30)).toBeNaN();
    expect(lineCost(100, Number.NaN, Number.NaN)).toBeNaN();
  });
});

describe('dictionary', () => {
  it('codes labels in order of first appearance; empty is no code', () => {
    const labels = dictionary();
    expect([labels.code('b'), labels.code('a'), labels.code('b'), labels.code(null), labels.code('')]).toEqual([0, 1, 0, NO_CODE, NO_CODE]);
    expect(labels.labels).toEqual(['b', 'a']);
  });
});

describe('salesLinesFromPlain', () => {
  const lines = salesLinesFromPlain(EXAMPLE_SALES);

  it('puts each line in columns, customers coded in order of appearance', () => {
    expect(lines.length).toBe(10);
    expect(lines.customerLabels).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(Array.from(lines.customer)).toEqual([0, 0, 0, 1, NO_CODE, 1, 2, 0, 3, 4]);
    expect(Array.from(lines.amount)).toEqual([100, 50, -30, 200, 70, 500, 80, 40, 10, 25]);
    expect(lines.day[9]).toBe(NO_DAY);
    expect(dayToIso(lines.day[0] ?? 0)).toBe('2026-02-10');
  });

  it('keeps an unknown cost as NaN and documents as codes', () => {
    expect(lines.cost?.[8]).toBeNaN();
    expect(lines.cost?.[2]).toBe(-18);
    expect(Array.from(lines.document ?? [])).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // Columns the rows never fill are absent, not empty.
    expect(lines.product).toBeNull();
    expect(lines.manager).toBeNull();
    expect(lines.region).toBeNull();
  });

  it('reads a margin as cost = amount − margin', () => {
    const withMargin = salesLinesFromPlain([{ customer: 'A', date: '2026-01-01', amount: 100, margin: 35 }]);
    expect(Array.from(withMargin.cost ?? [])).toEqual([65]);
  });
});

describe('customerListFromPlain', () => {
  const list = customerListFromPlain(EXAMPLE_LIST);

  it('keeps the first row of an id listed twice and counts the rest', () => {
    expect(list.ids).toEqual(['A', 'B', 'X']);
    expect(list.name).toEqual(['Alpha', 'Beta', 'Xenon']);
    expect(list.repeatedIds).toBe(1);
  });

  it('has a figure column only when some row fills it, NaN where a row does not', () => {
    expect(Array.from(list.figures.potential ?? [])).toEqual([1000, 3000, 500]);
    expect(Array.from(list.figures.costToServe ?? [])).toEqual([5, Number.NaN, 1]);
    expect(list.figures.size).toBeNull();
    expect(list.figures.debt).toBeNull();
  });

  it('codes a category column, empty as no code', () => {
    expect(list.categories.region?.labels).toEqual(['north', 'south']);
    expect(Array.from(list.categories.region?.codes ?? [])).toEqual([0, 1, NO_CODE]);
    expect(list.categories.channel).toBeNull();
  });
});
