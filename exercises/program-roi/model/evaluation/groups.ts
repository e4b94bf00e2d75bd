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
import type { MemberListEntry, Sale } from './salesRows';
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
  /** Every day the customer bought on, so a second receipt line of the same day is not a second purchase. */
  days: Set<IsoDate>;
}

export type GroupsOutcome =
  | { kind: 'ready'; members: CustomerTotals[]; nonMembers: CustomerTotals[]; counts: EvaluationCounts }
  | { kind: 'notEnoughData'; reason: GroupShortfall; counts: Partial<EvaluationCounts> };

export function compareGroups(sales: readonly Sale[], periods: ComparisonPeriods, membership: MembershipSource): GroupsOutcome {
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

function customerTotals(sales: readonly Sale[], bounds: readonly IsoDate[]): { customers: Map<string, CustomerTotals>; anyFlag: boolean } {
  const periodCount = bounds.length - 1;
  const customers = new Map<string, CustomerTotals>();
  let anyFlag = false;
  // Sales repeat their days: each distinct day is placed in its period once, not once per sale.
  const periodOf = new Map<IsoDate, number>();
  for (const sale of sales) {
    let totals = customers.get(sale.customer);
    if (!totals) {
      totals = { firstDate: sale.date, flaggedMember: false, spend: new Array<number>(periodCount).fill(0), purchases: new Array<number>(periodCount).fill(0), days: new Set() };
      customers.set(sale.customer, totals);
    }
    if (sale.date < totals.firstDate) totals.firstDate = sale.date;
    if (sale.member !== null) anyFlag = true;
    if (sale.member === true) totals.flaggedMember = true;
    let period = periodOf.get(sale.date);
    if (period === undefined) {
      period = periodIndex(bounds, sale.date);
      periodOf.set(sale.date, period);
    }
    if (period < 0) continue;
    totals.spend[period]! += sale.amount;
    // A day belongs to one period only: one set per customer counts its distinct days in every period.
    if (!totals.days.has(sale.date)) {
      totals.days.add(sale.date);
      totals.purchases[period]! += 1;
    }
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
