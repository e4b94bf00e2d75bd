/**
 * Who is compared, and in which group.
 * - Only customers with at least one purchase in the "before" window are compared (a fixed cohort). New
 *   customers who first buy after the launch would inflate the members' "after" (sign-ups at the
 *   checkout) without any "before" to compare with; they are counted and shown, not compared. A compared
 *   customer who stops buying counts with zero spend after the launch: lost customers are part of the effect.
 * - A purchase is a day on which the customer bought: exports often list receipt lines, and several rows
 *   of one customer on one day are one visit.
 * - Members from a column: a customer is a member if any of their rows says so; blank means "not a
 *   member" (exports usually leave the card field empty for others). From a separate list: a customer
 *   on the list is a member; one whose join date falls after the "after" window was not a member during
 *   it, and is left out of both groups rather than counted as a non-member (they self-selected too).
 *   Members who joined during the window count as members for the whole of it, which dilutes the
 *   effect: the estimate errs on the cautious side.
 */

import type { IsoDate } from './calendar';
import { dayToIso, type IndexedSales } from './indexedSales';
import type { MemberListEntry } from './salesRows';
import { periodIndex, type ComparisonPeriods } from './windows';

export type MembershipSource = { kind: 'column' } | { kind: 'list'; members: readonly MemberListEntry[] };

export type GroupShortfall =
  /** Members from a column, but no row says whether its customer is a member. */
  | 'noMemberColumn'
  /** Nobody in the list appears among the customers. */
  | 'noListedCustomers'
  | 'noMembers'
  | 'noNonMembers';

export interface EvaluationCounts {
  /** Distinct customers in the sales rows. */
  customers: number;
  /** First purchase in the "after" window or later: not compared. */
  newAfterLaunch: number;
  /** Bought before the launch, but not in the "before" window (lapsed earlier, or back only after the launch): not compared. */
  inactiveBefore: number;
  /** Listed members whose join date is after the "after" window: in neither group. */
  joinedAfterWindow: number;
  /** Listed members with no sales at all. */
  listedWithoutSales: number;
}

export interface CustomerTotals {
  firstDate: IsoDate;
  flaggedMember: boolean;
  /** Per period of the whole range: spend, and purchases (distinct days on which the customer bought). */
  spend: number[];
  purchases: number[];
}

export type GroupsOutcome =
  | { kind: 'ready'; members: CustomerTotals[]; nonMembers: CustomerTotals[]; counts: EvaluationCounts }
  | { kind: 'notEnoughData'; reason: GroupShortfall; counts: Partial<EvaluationCounts> };

export function compareGroups(sales: IndexedSales, periods: ComparisonPeriods, membership: MembershipSource): GroupsOutcome {
  const { window, launchPeriod } = periods;
  const { customers, anyFlag } = customerTotals(sales, periods.bounds);
  const listed = membership.kind === 'list' ? joinDates(membership.members) : new Map<string, IsoDate | null>();
  if (membership.kind === 'column' && !anyFlag) return { kind: 'notEnoughData', reason: 'noMemberColumn', counts: { customers: customers.size } };

  const beforeFrom = launchPeriod - window.months;
  let newAfterLaunch = 0;
  let inactiveBefore = 0;
  let joinedAfterWindow = 0;
  const members: CustomerTotals[] = [];
  const nonMembers: CustomerTotals[] = [];
  for (const [customer, totals] of customers) {
    let isMember = totals.flaggedMember;
    if (membership.kind === 'list') {
      const joinDate = listed.get(customer);
      isMember = joinDate !== undefined;
      if (joinDate !== undefined && joinDate !== null && joinDate >= window.afterEnd) {
        joinedAfterWindow += 1;
        continue;
      }
    }
    let activeBefore = false;
    for (let period = beforeFrom; period < launchPeriod && !activeBefore; period += 1) activeBefore = (totals.purchases[period] ?? 0) > 0;
    if (!activeBefore) {
      if (totals.firstDate >= window.launch) newAfterLaunch += 1;
      else inactiveBefore += 1;
      continue;
    }
    (isMember ? members : nonMembers).push(totals);
  }
  let listedWithoutSales = 0;
  for (const customer of listed.keys()) if (!customers.has(customer)) listedWithoutSales += 1;

  const counts: EvaluationCounts = { customers: customers.size, newAfterLaunch, inactiveBefore, joinedAfterWindow, listedWithoutSales };
  const notEnough = (reason: GroupShortfall): GroupsOutcome => ({ kind: 'notEnoughData', reason, counts });
  if (membership.kind === 'list' && listedWithoutSales === listed.size) return notEnough('noListedCustomers');
  if (members.length === 0) return notEnough('noMembers');
  if (nonMembers.length === 0) return notEnough('noNonMembers');
  return { kind: 'ready', members, nonMembers, counts };
}

/** Distinct purchase days are marked in a customers × days grid while it stays this small; beyond, per-customer sets. */
const GRID_LIMIT = 64_000_000;

function customerTotals(sales: IndexedSales, bounds: readonly IsoDate[]): { customers: Map<string, CustomerTotals>; anyFlag: boolean } {
  const periodCount = bounds.length - 1;
  const customerCount = sales.customers.length;
  let firstDay = Number.POSITIVE_INFINITY;
  let lastDay = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < sales.count; i++) {
    const day = sales.day[i]!;
    if (day < firstDay) firstDay = day;
    if (day > lastDay) lastDay = day;
  }
  const span = sales.count === 0 ? 0 : lastDay - firstDay + 1;
  // Each day of the data placed in its period once: the periods are whole months, so days are few.
  const periodOfDay = new Int32Array(span);
  for (let d = 0; d < span; d++) periodOfDay[d] = periodIndex(bounds, dayToIso(firstDay + d));

  const spend = new Float64Array(customerCount * periodCount);
  const purchases = new Int32Array(customerCount * periodCount);
  const firstOf = new Int32Array(customerCount).fill(2_147_483_647);
  const member = new Uint8Array(customerCount);
  let anyFlag = false;
  // A purchase is a day with a sale: a second receipt line of the same customer and day is not another.
  const grid = customerCount * span <= GRID_LIMIT ? new Uint8Array(customerCount * span) : null;
  const sets = grid === null ? Array.from({ length: customerCount }, () => new Set<number>()) : null;
  for (let i = 0; i < sales.count; i++) {
    const customer = sales.customer[i]!;
    const day = sales.day[i]!;
    if (day < firstOf[customer]!) firstOf[customer] = day;
    const flag = sales.member[i]!;
    if (flag !== -1) anyFlag = true;
    if (flag === 1) member[customer] = 1;
    const period = periodOfDay[day - firstDay]!;
    if (period < 0) continue;
    const cell = customer * periodCount + period;
    spend[cell]! += sales.amount[i]!;
    const offset = day - firstDay;
    if (grid !== null) {
      const at = customer * span + offset;
      if (grid[at] === 0) {
        grid[at] = 1;
        purchases[cell]! += 1;
      }
    } else {
      const seen = sets![customer]!;
      if (!seen.has(offset)) {
        seen.add(offset);
        purchases[cell]! += 1;
      }
    }
  }
  const customers = new Map<string, CustomerTotals>();
  for (let c = 0; c < customerCount; c++) {
    customers.set(sales.customers[c]!, {
      firstDate: dayToIso(firstOf[c]!),
      flaggedMember: member[c] === 1,
      spend: Array.from(spend.subarray(c * periodCount, (c + 1) * periodCount)),
      purchases: Array.from(purchases.subarray(c * periodCount, (c + 1) * periodCount)),
    });
  }
  return { customers, anyFlag };
}

function joinDates(entries: readonly MemberListEntry[]): Map<string, IsoDate | null> {
  const listed = new Map<string, IsoDate | null>();
  for (const entry of entries) {
    const known = listed.get(entry.customer);
    // Listed twice: the earlier join date is when they became a member.
    if (known === undefined || (entry.joinDate !== null && (known === null || entry.joinDate < known))) listed.set(entry.customer, entry.joinDate);
  }
  return listed;
}
