import { describe, expect, it } from 'vitest';
import { demoSales } from '../../../src/customers/demoBusinesses';
import { baseFor } from '../../../src/customers/read';
import { createAnalysisContext } from '../../../src/workbook/analysis/context';
import { SEGMENT_PAGE_SIZE, analyseSegmentation, criteriaFor, segmentationCustomerTable, type SegmentationFigures, type SegmentationRequest } from '../../../exercises/segmentation/analysis/segmentationAnalysis';
import { blankSegmentationState } from '../../../exercises/segmentation/demo';
import { segmentMetrics } from '../../../exercises/segmentation/model/profile';
import { OTHERS_KEY, crossKey } from '../../../exercises/segmentation/model/segments';
import type { SegmentRule, SegmentsSettings } from '../../../exercises/segmentation/state';

const state = blankSegmentationState();

/** Rules on a class (ABC), a label from the customer list (region) and a band (orders): one of each kind; every segment holds customers. */
const RULES: SegmentRule[] = [
  {
    id: 'bigMoscow',
    name: null,
    conditions: [
      { criterion: 'abc', values: ['A'] },
      { criterion: 'region', values: ['region.moscow'] },
    ],
  },
  {
    id: 'small',
    name: null,
    conditions: [
      { criterion: 'abc', values: ['B', 'C'] },
      { criterion: 'frequency', values: ['b0', 'b1', 'b2'] },
    ],
  },
  { id: 'east', name: null, conditions: [{ criterion: 'region', values: ['region.ekaterinburg', 'region.novosibirsk'] }] },
  {
    id: 'bigRegular',
    name: null,
    conditions: [
      { criterion: 'abc', values: ['A'] },
      { criterion: 'frequency', values: ['b3'] },
    ],
  },
];

function request(segments: Partial<SegmentsSettings>, list: SegmentationRequest['list'] = null): SegmentationRequest {
  return {
    source: { kind: 'demo', business: 'distributor' },
    period: state.period,
    behaviour: state.behaviour,
    bands: {},
    segments: { ...state.segments, ...segments },
    list,
  };
}

async function figuresOf(segments: Partial<SegmentsSettings>, list: SegmentationRequest['list'] = null, context = createAnalysisContext(() => undefined).context): Promise<SegmentationFigures> {
  const result = await analyseSegmentation(request(segments, list), context);
  if (result.kind !== 'ready') throw new Error(result.kind);
  return result.figures;
}

/*
 * The second computation: straight from the demo's plain rows (ISO dates compared as strings, sums in objects),
 * none of the model's typed arrays, month buckets or helpers. The window: the 12 months up to the last day a
 * customer bought; a month ends on the analysis day's date (or its month's last day); the halves are its older
 * and newer 6 months; a customer is active in a half when one of its months nets above zero.
 */
interface NaiveCustomer {
  revenue: number;
  documents: Set<string>;
  monthly: number[];
  region: string;
}

function monthsBefore(iso: string, k: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const monthIndex = y * 12 + (m - 1) - k;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, days)).padStart(2, '0')}`;
}

function naiveDistributor() {
  const { sales, customers } = demoSales('distributor');
  let analysis = '';
  for (const sale of sales) if (sale.customer && sale.date && (sale.amount ?? 0) > 0 && sale.date > analysis) analysis = sale.date;
  // ends[0] is before the window; month j is (ends[j], ends[j + 1]].
  const ends = Array.from({ length: 13 }, (_, j) => monthsBefore(analysis, 12 - j));
  const inWindow = sales.filter((sale) => sale.customer && sale.date && sale.amount !== null && sale.date > (ends[0] as string) && sale.date <= analysis);
  const regionOf = new Map(customers.map((row) => [row.customer, row.region ?? '']));
  const byId = new Map<string, NaiveCustomer>();
  for (const sale of inWindow) if ((sale.amount as number) > 0 && !byId.has(sale.customer as string)) byId.set(sale.customer as string, { revenue: 0, documents: new Set(), monthly: Array.from({ length: 12 }, () => 0), region: regionOf.get(sale.customer as string) ?? '' });
  for (const sale of inWindow) {
    const customer = byId.get(sale.customer as string);
    if (!customer) continue;
    customer.revenue += sale.amount as number;
    if ((sale.amount as number) > 0) customer.documents.add(sale.document as string);
    const month = ends.findIndex((end, j) => j < 12 && (sale.date as string) > end && (sale.date as string) <= (ends[j + 1] as string));
    customer.monthly[month] = (customer.monthly[month] as number) + (sale.amount as number);
  }
  // ABC: most revenue first; A while the customers worth more bring under 80 % of the positive total, B under 95 %.
  const positive = [...byId.values()].reduce((sum, customer) => sum + Math.max(0, customer.revenue), 0);
  const abc = new Map<string, string>();
  for (const [id, customer] of byId) {
    const before = [...byId.values()].filter((other) => other.revenue > customer.revenue).reduce((sum, other) => sum + Math.max(0, other.revenue), 0);
    abc.set(id, customer.revenue <= 0 ? 'C' : before < 0.8 * positive ? 'A' : before < 0.95 * positive ? 'B' : 'C');
  }
  const frequencyBand = (orders: number) => (orders <= 1 ? 'b0' : orders <= 3 ? 'b1' : orders <= 9 ? 'b2' : 'b3');
  return { byId, abc, frequencyBand };
}

/** The four figures a segment's row shows, from a list of naive customers. */
function naiveFigures(members: NaiveCustomer[]) {
  const first = members.reduce((sum, c) => sum + c.monthly.slice(0, 6).reduce((a, b) => a + b, 0), 0);
  const second = members.reduce((sum, c) => sum + c.monthly.slice(6).reduce((a, b) => a + b, 0), 0);
  const activeFirst = members.filter((c) => c.monthly.slice(0, 6).some((value) => value > 0));
  const retained = activeFirst.filter((c) => c.monthly.slice(6).some((value) => value > 0));
  return {
    customers: members.length,
    revenue: members.reduce((sum, c) => sum + c.revenue, 0),
    growth: first > 0 ? second / first - 1 : null,
    retention: activeFirst.length > 0 ? retained.length / activeFirst.length : null,
  };
}

function expectClose(actual: number | null, expected: number | null) {
  if (expected === null) expect(actual).toBeNull();
  else expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
}

describe('the analysis on the demo distributor, against a naive recount from its rows', () => {
  const naive = naiveDistributor();

  it('gives every rule segment the same customers, revenue, growth and retention', async () => {
    const figures = await figuresOf({ mode: 'rules', rules: RULES });
    const holds: Record<string, (id: string, customer: NaiveCustomer) => boolean> = {
      bigMoscow: (id, c) => naive.abc.get(id) === 'A' && c.region === 'region.moscow',
      regular: (_id, c) => naive.frequencyBand(c.documents.size) === 'b3',
      small: (id, c) => naive.abc.get(id) !== 'A' && naive.frequencyBand(c.documents.size) !== 'b3',
      east: (_id, c) => ['region.ekaterinburg', 'region.novosibirsk'].includes(c.region),
      bigRegular: (id, c) => naive.abc.get(id) === 'A' && naive.frequencyBand(c.documents.size) === 'b3',
    };
    const members = new Map<string, NaiveCustomer[]>([...RULES.map((rule) => [rule.id, []] as [string, NaiveCustomer[]]), [OTHERS_KEY, []]]);
    for (const [id, customer] of naive.byId) {
      const rule = RULES.find((candidate) => holds[candidate.id]?.(id, customer));
      members.get(rule?.id ?? OTHERS_KEY)?.push(customer);
    }
    expect(figures.segments.map((segment) => segment.key)).toEqual([...RULES.map((rule) => rule.id), OTHERS_KEY]);
    expect(figures.total.customers).toBe(naive.byId.size);
    for (const segment of figures.segments) {
      const expected = naiveFigures(members.get(segment.key) ?? []);
      const metrics = segmentMetrics(segment, figures.total);
      expect(segment.customers, segment.key).toBe(expected.customers);
      expectClose(segment.revenue, expected.revenue);
      expectClose(metrics.growth, expected.growth);
      expectClose(metrics.retention, expected.retention);
    }
    // The recount is not empty-handed: every segment holds customers, so the comparison says something.
    expect(figures.segments.every((segment) => segment.customers > 0)).toBe(true);
    const whole = naiveFigures([...naive.byId.values()]);
    expectClose(segmentMetrics(figures.total, figures.total).retention, whole.retention);
    expectClose(segmentMetrics(figures.total, figures.total).growth, whole.growth);
  });

  it('gives every cross-tab cell of ABC × region the same customers and revenue', async () => {
    const figures = await figuresOf({ mode: 'crossTab', crossTab: { rows: 'abc', columns: 'region' } });
    const cells = new Map<string, NaiveCustomer[]>();
    for (const [id, customer] of naive.byId) {
      const key = crossKey(naive.abc.get(id) as string, customer.region);
      cells.set(key, [...(cells.get(key) ?? []), customer]);
    }
    expect(new Set(figures.segments.map((segment) => segment.key))).toEqual(new Set(cells.keys()));
    for (const segment of figures.segments) {
      const expected = naiveFigures(cells.get(segment.key) ?? []);
      expect(segment.customers).toBe(expected.customers);
      expectClose(segment.revenue, expected.revenue);
      expectClose(segmentMetrics(segment, figures.total).retention, expected.retention);
    }
  });

  it('summarises each criterion’s values: regions by revenue, the same customers as the recount', async () => {
    const figures = await figuresOf({ mode: 'rules', rules: RULES });
    const region = figures.criteria.region;
    if (!region.ok) throw new Error('the demo has regions');
    const revenues = region.values.map((value) => value.revenue);
    expect(revenues).toEqual([...revenues].sort((a, b) => b - a));
    for (const value of region.values) expect(value.customers).toBe([...naive.byId.values()].filter((c) => c.region === value.key).length);
  });
});

describe('the analysis’s caches and pages', () => {
  it('keeps the criteria per base and settings: a changed rule reuses them, changed bands do not', async () => {
    const { context } = createAnalysisContext(() => undefined);
    const first = await figuresOf({ mode: 'rules', rules: RULES }, null, context);
    const changed = await figuresOf({ mode: 'rules', rules: RULES.slice(1) }, null, context);
    // The summaries are kept with the criteria they were made from: the same object means no criterion was recomputed.
    expect(changed.criteria).toBe(first.criteria);
    expect(changed.segments.map((segment) => segment.key)).toEqual(['small', 'east', 'bigRegular', OTHERS_KEY]);
    const read = await baseFor(request({}), context);
    if (!read.ok) throw new Error(read.reason);
    const kept = criteriaFor(read.base, read.lines, state.behaviour, {});
    expect(criteriaFor(read.base, read.lines, state.behaviour, {})).toBe(kept);
    const banded = criteriaFor(read.base, read.lines, state.behaviour, { frequency: [2] });
    expect(banded).not.toBe(kept);
    expect(banded.frequency.ok && banded.frequency.column.bounds).toEqual([2]);
    // What the bands do not touch is the same.
    expect(banded.manager.ok && kept.manager.ok && Array.from(banded.manager.column.codes)).toEqual(kept.manager.ok && Array.from(kept.manager.column.codes));
  });

  it('sends one page of one segment, most revenue first', async () => {
    const figures = await figuresOf({ mode: 'rules', rules: RULES }, { segment: 'east', page: 1 });
    const east = figures.segments.find((segment) => segment.key === 'east');
    const page = figures.page;
    if (!page || !east) throw new Error('no page');
    // More than a page, less than two (85 customers in the demo): the second page holds the rest.
    expect(east.customers).toBeGreaterThan(SEGMENT_PAGE_SIZE);
    expect(page.total).toBe(east.customers);
    expect(page.pages).toBe(Math.ceil(east.customers / SEGMENT_PAGE_SIZE));
    expect(page.page).toBe(1);
    expect(page.rows.length).toBe(Math.min(SEGMENT_PAGE_SIZE, east.customers - SEGMENT_PAGE_SIZE));
    const revenues = page.rows.map((row) => row.revenue);
    expect(revenues).toEqual([...revenues].sort((a, b) => b - a));
    expect(page.rows.every((row) => ['region.ekaterinburg', 'region.novosibirsk'].includes(row.values.region ?? ''))).toBe(true);
    // A page past the last is the last page.
    const past = await figuresOf({ mode: 'rules', rules: RULES }, { segment: 'east', page: 9 });
    expect(past.page?.page).toBe(page.pages - 1);
  });

  it('the customer table holds every customer once, with the segment the figures count them in', async () => {
    const { context } = createAnalysisContext(() => undefined);
    const data = await segmentationCustomerTable({ ...request({ mode: 'rules', rules: RULES }) }, context);
    if (data.result.kind !== 'ready' || data.customers === null) throw new Error('no table');
    const { figures } = data.result;
    expect(new Set(data.customers.rows.map((row) => row.id)).size).toBe(figures.total.customers);
    for (const segment of figures.segments) expect(data.customers.rows.filter((row) => row.segment === segment.key).length).toBe(segment.customers);
  });
});
