import { describe, expect, it } from 'vitest';
import { buildBaskets, receiptLinesFromPlain, type PlainReceiptLine } from '../../../exercises/promo-product/model/baskets';
import { sequentialPairs } from '../../../exercises/promo-product/model/sequences';

const options = { level: 'product' as const, merges: {}, excluded: [] };
const day = (d: number) => `2026-07-${String(d).padStart(2, '0')}`;
/** One receipt per entry: [receipt, customer, day, products]. */
function baskets(receipts: Array<[string, string | null, number | null, string[]]>) {
  const rows: PlainReceiptLine[] = receipts.flatMap(([receipt, customer, d, products]) => products.map((product) => ({ receipt, product, customer, date: d === null ? null : day(d) })));
  return buildBaskets(receiptLinesFromPlain(rows), options);
}

// Items sorted by label: bread 0, pasta 1, sauce 2.
const shop = baskets([
  ['r1', 'c1', 1, ['pasta']],
  ['r2', 'c1', 3, ['sauce']],
  ['r3', 'c1', 20, ['pasta']],
  ['r4', 'c2', 1, ['pasta', 'sauce']],
  ['r5', 'c2', 30, ['sauce']],
  ['r6', 'c3', 5, ['bread']],
  ['r7', 'c3', 6, ['sauce']],
  ['r8', 'c4', 2, ['bread']],
  ['r9', 'c5', 1, ['pasta']],
  ['r10', 'c5', 1, ['sauce']],
  ['r11', 'c6', 10, ['pasta']],
  ['r12', 'c6', 12, ['sauce', 'bread']],
  ['r13', null, 4, ['pasta']],
]);

describe('sequentialPairs', () => {
  it('counts B within N days after A per customer, against B after any visit (hand-checked)', () => {
    // N = 7. Customers C = c1…c6 (r13 has none): |C| = 6.
    // Followed: c1 pasta d1 → sauce d3; c3 bread d5 → sauce d6; c6 pasta d10 → sauce, bread d12.
    // Not: c1 sauce d3 → pasta d20 (17 days), c2 d1 → d30 (29 days), c5 same day (no order).
    // buyers: pasta c1 c2 c5 c6 = 4, bread c3 c4 c6 = 3. After any visit: sauce c1 c3 c6 = 3 → base 3/6 = 0.5; bread c6 → 1/6.
    // pasta → bread: 1/4 = 0.25, lift 0.25 / (1/6) = 1.5; pasta → sauce: 2/4 = 0.5, lift 0.5 / 0.5 = 1;
    // bread → sauce: 1/3, lift (1/3) / 0.5 = 0.667.
    const result = sequentialPairs(shop, { days: 7, minCustomers: 1, limit: 10 });
    if (result.kind !== 'pairs') throw new Error(result.kind);
    expect(result.customers).toBe(6);
    expect(result.returning).toBe(3);
    expect(result.pairs.map((pair) => [shop.items[pair.first], shop.items[pair.then], pair.count, pair.firstBuyers])).toEqual([
      ['pasta', 'bread', 1, 4],
      ['pasta', 'sauce', 2, 4],
      ['bread', 'sauce', 1, 3],
    ]);
    const [pastaBread, pastaSauce, breadSauce] = result.pairs;
    expect(pastaBread?.share).toBeCloseTo(0.25, 10);
    expect(pastaBread?.base).toBeCloseTo(1 / 6, 10);
    expect(pastaBread?.lift).toBeCloseTo(1.5, 10);
    expect(pastaSauce?.lift).toBeCloseTo(1, 10);
    expect(breadSauce?.share).toBeCloseTo(1 / 3, 10);
    expect(breadSauce?.lift).toBeCloseTo(2 / 3, 10);
  });

  it('drops pairs below the customer minimum, keeps the limit, and widens with N', () => {
    const few = sequentialPairs(shop, { days: 7, minCustomers: 2, limit: 10 });
    expect(few.kind === 'pairs' && few.pairs.map((pair) => [pair.first, pair.then])).toEqual([[1, 2]]);
    const limited = sequentialPairs(shop, { days: 7, minCustomers: 1, limit: 1 });
    expect(limited.kind === 'pairs' && [limited.pairs.length, limited.pairsFound]).toEqual([1, 3]);
    // N = 30 adds c1 sauce d3 → pasta d20 and c2 pasta, sauce d1 → sauce d30 (sauce → sauce is a repeat: left out).
    const month = sequentialPairs(shop, { days: 30, minCustomers: 1, limit: 10 });
    expect(month.kind === 'pairs' && month.pairs.find((pair) => pair.first === 2 && pair.then === 1)?.count).toBe(1);
    expect(month.kind === 'pairs' && month.pairs.find((pair) => pair.first === 1 && pair.then === 2)?.count).toBe(3);
  });

  it('says what the data lacks', () => {
    const noCustomers = buildBaskets(receiptLinesFromPlain([{ receipt: 'r1', product: 'a', date: day(1) }]), options);
    expect(sequentialPairs(noCustomers, { days: 7, minCustomers: 1, limit: 10 }).kind).toBe('noCustomers');
    const noDates = buildBaskets(receiptLinesFromPlain([{ receipt: 'r1', product: 'a', customer: 'c1' }]), options);
    expect(sequentialPairs(noDates, { days: 7, minCustomers: 1, limit: 10 }).kind).toBe('noDates');
    const once = baskets([
      ['r1', 'c1', 1, ['a']],
      ['r2', 'c2', 2, ['b']],
    ]);
    expect(sequentialPairs(once, { days: 7, minCustomers: 1, limit: 10 })).toEqual({ kind: 'noReturns', customers: 2 });
  });
});
