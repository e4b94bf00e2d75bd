/**
 * Sequential association: what the same customer buys within N days after buying A. Receipts carry a day and no
 * time, so "after" means on a later day: two receipts of one day cannot be ordered, and B in A's own receipt is
 * the basket rule's business, not this one.
 *
 * Definitions. A visit is a receipt with both a customer and a day; the customers are those with a visit.
 * - Visit r is followed by B when the same customer has a receipt with B on a day b, 1 ≤ b − day(r) ≤ N.
 * - count(A → B): customers with a visit holding A that is followed by B; buyers(A): customers with a visit
 *   holding A; share(A → B) = count / buyers: among A's buyers, the share who bought B within N days after.
 * - lift(A → B) = P(followed by B | the visit holds A) / P(followed by B | any visit), both over visits: how much
 *   more often B comes within N days after a visit with A than after a visit of these customers in general.
 *   The base is taken over visits, not customers: "B after any visit of the customer" always includes "B after
 *   a visit with A", so a customer-level base would put every common A below 1 whatever its pull. Where A has
 *   nothing to do with B, the lift is near 1, as a basket rule's is.
 * A = B (a repeat purchase) is left out: it is the product's own frequency, shown on step 2.
 */
import { NO_CODE, NO_DAY, type BasketSet } from './baskets';

export interface SequenceOptions {
  /** N, days. */
  days: number;
  /** Pairs followed by fewer customers than this are not reported: a share of two customers says nothing. */
  minCustomers: number;
  /** Pairs B follows no more often after A than after any visit are not reported. */
  minLift: number;
  /** Pairs are counted among this many items, those bought by the most customers. */
  maxItems: number;
  /** At most this many pairs: the most customers first (a pattern many customers share), then the highest lift. */
  limit: number;
}

export interface SequencePair {
  /** Item ids. */
  first: number;
  then: number;
  /** Customers, as defined above. */
  count: number;
  firstBuyers: number;
  share: number;
  /** Visits with A followed by B, visits with A; the share of all visits followed by B. */
  visits: number;
  firstVisits: number;
  base: number;
  lift: number;
}

export type SequenceResult =
  | { kind: 'noCustomers' }
  | { kind: 'noDates' }
  /** Customers and days are there, but no customer came back within N days: nothing can follow anything. */
  | { kind: 'noReturns'; customers: number }
  | { kind: 'pairs'; customers: number; visits: number; returning: number; days: number; pairs: SequencePair[]; pairsFound: number };

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
  // Buyers first: only the items enough customers bought can make a reported pair, and of those the most bought
  // are paired, so the counts fit dense arrays (a map of every pair took half a minute and 800 MB at 200,000 receipts).
  const buyers = new Int32Array(n);
  const boughtStamp = new Int32Array(n).fill(-1);
  let index = 0;
  for (const receipts of byCustomer.values()) {
    for (const r of receipts) {
      for (let k = baskets.start[r] as number; k < (baskets.start[r + 1] as number); k++) {
        const item = baskets.members[k] as number;
        if (boughtStamp[item] === index) continue;
        boughtStamp[item] = index;
        buyers[item]!++;
      }
    }
    index++;
  }
  const paired = Array.from(buyers.keys())
    .filter((item) => (buyers[item] as number) >= options.minCustomers)
    .sort((x, y) => (buyers[y] as number) - (buyers[x] as number) || x - y)
    .slice(0, options.maxItems);
  const slot = new Int32Array(n).fill(-1);
  paired.forEach((item, position) => (slot[item] = position));
  const k = paired.length;

  const firstVisits = new Int32Array(n);
  const followedVisits = new Int32Array(n);
  const pairVisits = new Int32Array(k * k);
  const pairCustomers = new Int32Array(k * k);
  // Stamps say what was already counted without clearing: a pair's is the customer's index, an item's followed
  // stamp the visit's receipt id.
  const pairStamp = new Int32Array(k * k).fill(-1);
  const followStamp = new Int32Array(n).fill(-1);
  const followers: number[] = [];
  let visits = 0;
  let returning = 0;
  index = 0;
  const total = byCustomer.size;
  for (const receipts of byCustomer.values()) {
    let returned = false;
    for (let i = 0; i < receipts.length; i++) {
      const r = receipts[i] as number;
      const day = dayOf[r] as number;
      const from = baskets.start[r] as number;
      const to = baskets.start[r + 1] as number;
      visits++;
      for (let q = from; q < to; q++) firstVisits[baskets.members[q] as number]!++;
      // The items of the customer's receipts on a later day within N days of this one: what followed this visit.
      followers.length = 0;
      for (let j = i + 1; j < receipts.length; j++) {
        const later = receipts[j] as number;
        const gap = (dayOf[later] as number) - day;
        if (gap < 1) continue;
        if (gap > options.days) break;
        for (let q = baskets.start[later] as number; q < (baskets.start[later + 1] as number); q++) {
          const then = baskets.members[q] as number;
          if (followStamp[then] === r) continue;
          followStamp[then] = r;
          followers.push(then);
        }
      }
      if (followers.length > 0) returned = true;
      for (const then of followers) {
        followedVisits[then]!++;
        const thenSlot = slot[then] as number;
        if (thenSlot < 0) continue;
        for (let q = from; q < to; q++) {
          const firstSlot = slot[baskets.members[q] as number] as number;
          if (firstSlot < 0 || firstSlot === thenSlot) continue;
          const key = firstSlot * k + thenSlot;
          pairVisits[key]!++;
          if (pairStamp[key] !== index) {
            pairStamp[key] = index;
            pairCustomers[key]!++;
          }
        }
      }
    }
    if (returned) returning++;
    index++;
    if (index % 256 === 0) progress?.(index / total);
  }
  if (returning === 0) return { kind: 'noReturns', customers: total };

  const pairs: SequencePair[] = [];
  for (let key = 0; key < k * k; key++) {
    const count = pairCustomers[key] as number;
    if (count < options.minCustomers || count === 0) continue;
    const first = paired[Math.floor(key / k)] as number;
    const then = paired[key % k] as number;
    const firstBuyers = buyers[first] as number;
    const pairVisitCount = pairVisits[key] as number;
    const base = (followedVisits[then] as number) / visits;
    const visitShare = pairVisitCount / (firstVisits[first] as number);
    const lift = visitShare / base;
    if (lift < options.minLift) continue;
    pairs.push({ first, then, count, firstBuyers, share: count / firstBuyers, visits: pairVisitCount, firstVisits: firstVisits[first] as number, base, lift });
  }
  // Ranked by customers, not by lift: a lift from five customers is mostly chance, a pattern of forty is not.
  pairs.sort((x, y) => y.count - x.count || y.lift - x.lift || x.first - y.first || x.then - y.then);
  progress?.(1);
  return { kind: 'pairs', customers: total, visits, returning, days: options.days, pairs: pairs.slice(0, options.limit), pairsFound: pairs.length };
}
