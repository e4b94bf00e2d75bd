/**
 * Sequential association: what the same customer buys within N days after buying A. Receipts carry a day and no
 * time, so "after" means on a later day: two receipts of one day cannot be ordered, and B in A's own receipt is
 * the basket rule's business, not this one.
 *
 * Definitions (all over the customers C: those with at least one receipt that has both a customer and a day):
 * - A is followed by B for customer c when c has a receipt with A on day a and a receipt with B on day b,
 *   1 ≤ b − a ≤ N.
 * - buyers(A) = customers of C with A in some receipt; count(A → B) = customers of C for whom A is followed by B.
 * - share(A → B) = count(A → B) / buyers(A): among A's buyers, the share who bought B within N days after.
 * - base(B) = customers of C who bought B within N days after any receipt of theirs (B on day b, some receipt
 *   on day a, 1 ≤ b − a ≤ N), divided by |C|: how often B follows a visit at all.
 * - lift(A → B) = share(A → B) / base(B): how much more often B follows A than it follows any visit. Judged
 *   against "any visit" and not against "B ever", since a customer who comes back often buys everything more;
 *   a customer with one visit has no "after" in either count.
 * A = B (a repeat purchase) is left out: it is the product's own frequency, shown on step 2.
 */
import { NO_CODE, NO_DAY, type BasketSet } from './baskets';

export interface SequenceOptions {
  /** N, days. */
  days: number;
  /** Pairs followed by fewer customers than this are not reported: a share of two customers says nothing. */
  minCustomers: number;
  /** At most this many pairs, the highest lift first. */
  limit: number;
}

export interface SequencePair {
  /** Item ids. */
  first: number;
  then: number;
  count: number;
  firstBuyers: number;
  share: number;
  base: number;
  lift: number;
}

export type SequenceResult =
  | { kind: 'noCustomers' }
  | { kind: 'noDates' }
  /** Customers and days are there, but no customer came back within N days: nothing can follow anything. */
  | { kind: 'noReturns'; customers: number }
  | { kind: 'pairs'; customers: number; returning: number; days: number; pairs: SequencePair[]; pairsFound: number };

// Casts in this file: reads at an index below the array's length, which noUncheckedIndexedAccess cannot see.

/** The dated receipts of each customer, by day: customer → receipt ids. */
function receiptsByCustomer(baskets: BasketSet, customerOf: Int32Array, dayOf: Int32Array): Map<number, number[]> {
  const byCustomer = new Map<number, number[]>();
  for (let r = 0; r < baskets.receiptCount; r++) {
    const customer = customerOf[r] as number;
    const day = dayOf[r] as number;
    if (customer === NO_CODE || day === NO_DAY) continue;
    let list = byCustomer.get(customer);
    if (!list) byCustomer.set(customer, (list = []));
    list.push(r);
  }
  for (const list of byCustomer.values()) list.sort((x, y) => (dayOf[x] as number) - (dayOf[y] as number));
  return byCustomer;
}

export function sequentialPairs(baskets: BasketSet, options: SequenceOptions, progress?: (fraction: number) => void): SequenceResult {
  if (baskets.receiptCustomer === null) return { kind: 'noCustomers' };
  if (baskets.receiptDay === null) return { kind: 'noDates' };
  const dayOf = baskets.receiptDay;
  const byCustomer = receiptsByCustomer(baskets, baskets.receiptCustomer, dayOf);
  if (byCustomer.size === 0) return baskets.receiptCustomer.some((code) => code !== NO_CODE) ? { kind: 'noDates' } : { kind: 'noCustomers' };

  const n = baskets.itemCount;
  const buyers = new Int32Array(n);
  const followsVisit = new Int32Array(n);
  const pairCounts = new Map<number, number>();
  // Per customer, what was already counted: an item's stamp is the customer's index, so nothing is cleared.
  const boughtStamp = new Int32Array(n).fill(-1);
  const followStamp = new Int32Array(n).fill(-1);
  const customerPairs = new Set<number>();
  let returning = 0;
  let index = 0;
  const total = byCustomer.size;
  for (const receipts of byCustomer.values()) {
    customerPairs.clear();
    let returned = false;
    for (let i = 0; i < receipts.length; i++) {
      const r = receipts[i] as number;
      const day = dayOf[r] as number;
      for (let k = baskets.start[r] as number; k < (baskets.start[r + 1] as number); k++) {
        const item = baskets.members[k] as number;
        if (boughtStamp[item] !== index) {
          boughtStamp[item] = index;
          buyers[item]!++;
        }
      }
      // Receipts on a later day within N days of this one: what followed this visit.
      for (let j = i + 1; j < receipts.length; j++) {
        const later = receipts[j] as number;
        const gap = (dayOf[later] as number) - day;
        if (gap < 1) continue;
        if (gap > options.days) break;
        returned = true;
        for (let q = baskets.start[later] as number; q < (baskets.start[later + 1] as number); q++) {
          const then = baskets.members[q] as number;
          if (followStamp[then] !== index) {
            followStamp[then] = index;
            followsVisit[then]!++;
          }
          for (let k = baskets.start[r] as number; k < (baskets.start[r + 1] as number); k++) {
            const first = baskets.members[k] as number;
            if (first !== then) customerPairs.add(first * n + then);
          }
        }
      }
    }
    if (returned) returning++;
    for (const key of customerPairs) pairCounts.set(key, (pairCounts.get(key) ?? 0) + 1);
    index++;
    if (index % 256 === 0) progress?.(index / total);
  }
  if (returning === 0) return { kind: 'noReturns', customers: total };

  const pairs: SequencePair[] = [];
  for (const [key, count] of pairCounts) {
    if (count < options.minCustomers) continue;
    const first = Math.floor(key / n);
    const then = key % n;
    const firstBuyers = buyers[first] as number;
    const share = count / firstBuyers;
    const base = (followsVisit[then] as number) / total;
    pairs.push({ first, then, count, firstBuyers, share, base, lift: share / base });
  }
  pairs.sort((x, y) => y.lift - x.lift || y.count - x.count || x.first - y.first || x.then - y.then);
  progress?.(1);
  return { kind: 'pairs', customers: total, returning, days: options.days, pairs: pairs.slice(0, options.limit), pairsFound: pairs.length };
}
