import { LIST_BYTES, expectedFigures, monthsBack, readSales, type Abc } from './customerBaseFixture';

/**
 * The figures the segmentation exercise should show for test/fixtures/customer-base (the sales and customer list
 * customer-base's test imports too), computed here in Node straight from the files and customer-base's expected
 * ABC classes, apart from the app's model. Halves, as the exercise states them: the 12-month window's older six
 * months and its newer six; a customer is active in a half when a month of it has net sales above zero; growth =
 * newer half's revenue / older half's − 1; retention = active in both / active in the older.
 */

export interface CustomerFacts {
  abc: Abc;
  region: string;
  channel: string;
  revenue: number;
  firstHalf: number;
  secondHalf: number;
  activeFirst: boolean;
  activeSecond: boolean;
}

export interface SegmentFacts {
  customers: number;
  revenue: number;
  growth: number | null;
  retention: number | null;
}

function listAttributes(): Map<string, { region: string; channel: string }> {
  const text = new TextDecoder('utf-8').decode(LIST_BYTES).replace(/^\uFEFF/, '');
  const rows = text.split(/\r?\n/).filter((line) => line !== '').slice(1);
  return new Map(rows.map((line) => line.split(';')).map((cells) => [cells[0] ?? '', { region: cells[8] ?? '', channel: cells[9] ?? '' }]));
}

export function customerFacts(): Map<string, CustomerFacts> {
  const expected = expectedFigures();
  const { analysisDay, startDay } = expected;
  const list = listAttributes();
  const facts = new Map<string, CustomerFacts>();
  // Net sales per customer and month bucket (month k counted back from the analysis day).
  const monthly = new Map<string, number[]>();
  for (const line of readSales()) {
    if (line.customer === '' || line.day === null || line.amount === null || line.day < startDay || line.day > analysisDay) continue;
    if (!expected.perCustomer.has(line.customer)) continue;
    let bucket = 0;
    while (line.day <= monthsBack(analysisDay, bucket + 1)) bucket++;
    const months = monthly.get(line.customer) ?? new Array<number>(12).fill(0);
    months[bucket] = (months[bucket] ?? 0) + line.amount;
    monthly.set(line.customer, months);
  }
  for (const [id, { abc, revenue }] of expected.perCustomer) {
    const months = monthly.get(id) ?? [];
    // Buckets 0–5 are the newer half (after `middle`), 6–11 the older.
    const newer = months.slice(0, 6);
    const older = months.slice(6, 12);
    const attributes = list.get(id);
    facts.set(id, {
      abc,
      region: attributes?.region ?? '',
      channel: attributes?.channel ?? '',
      revenue,
      firstHalf: older.reduce((sum, value) => sum + value, 0),
      secondHalf: newer.reduce((sum, value) => sum + value, 0),
      activeFirst: older.some((value) => value > 0),
      activeSecond: newer.some((value) => value > 0),
    });
  }
  return facts;
}

/** Customers, revenue, growth and retention of the customers a segment holds. */
export function segmentFacts(members: readonly CustomerFacts[]): SegmentFacts {
  const revenue = members.reduce((sum, member) => sum + member.revenue, 0);
  const first = members.reduce((sum, member) => sum + member.firstHalf, 0);
  const second = members.reduce((sum, member) => sum + member.secondHalf, 0);
  const activeFirst = members.filter((member) => member.activeFirst);
  return {
    customers: members.length,
    revenue,
    growth: first > 0 ? second / first - 1 : null,
    retention: activeFirst.length > 0 ? activeFirst.filter((member) => member.activeSecond).length / activeFirst.length : null,
  };
}
