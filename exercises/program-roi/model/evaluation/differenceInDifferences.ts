/**
 * Evaluating a running program from sales data (METHODS, "Evaluation from data"): compare members with
 * non-members before and after the launch — the difference in differences (DiD):
 *
 *   DiD = (members after − members before) − (non-members after − non-members before)
 *
 * for the average spend and the number of purchases per customer per month. The non-members' change
 * stands in for what would have happened to the members without the program (seasonality, prices, the
 * market). That holds only if both groups would have moved in parallel: members choose to join, and
 * those who join are usually the heavier buyers already, so the levels differ and the trends may too.
 * Which months are compared: ./windows; which customers, in which group: ./groups.
 */

import type { IsoDate } from './calendar';
import { asIndexed, type SalesInput } from './indexedSales';
import { comparisonPeriods, type EvaluationWindow, type WindowShortfall } from './windows';
import { compareGroups, type CustomerTotals, type EvaluationCounts, type GroupShortfall, type MembershipSource } from './groups';

export type NotEnoughDataReason = WindowShortfall | GroupShortfall;

export interface EvaluationRequest {
  sales: SalesInput;
  launchDate: IsoDate;
  /** The user's cap on the window length, in months (the data may allow less). */
  maxWindowMonths: number;
  membership: MembershipSource;
}

/** Per customer per month over one window. */
export interface WindowFigures {
  spend: number;
  purchases: number;
}

export interface GroupFigures {
  /** Customers compared: bought at least once in the "before" window. */
  customers: number;
  before: WindowFigures;
  after: WindowFigures;
}

export interface MonthlyPoint {
  /** Months from the launch: −1 is the month just before it, 0 the month that starts with it. */
  offset: number;
  start: IsoDate;
  /** Average spend per compared customer of the group in that month. */
  members: number;
  nonMembers: number;
}

export interface DifferenceInDifferences {
  window: EvaluationWindow;
  members: GroupFigures;
  nonMembers: GroupFigures;
  /** Per member per month. */
  spendDid: number;
  frequencyDid: number;
  /**
   * The spend DiD against what members would have spent without the program (their "before" plus the
   * non-members' change); null when that counterfactual is not positive.
   */
  relativeSpendLift: number | null;
  /**
   * Members' minus non-members' spend after the launch: the comparison people make first, which credits
   * the program with the members' head start as well.
   */
  naiveSpendGap: number;
  counts: EvaluationCounts;
  monthly: MonthlyPoint[];
}

export type EvaluationOutcome =
  | { kind: 'ready'; result: DifferenceInDifferences }
  | { kind: 'notEnoughData'; reason: NotEnoughDataReason; counts: Partial<EvaluationCounts> };

export function evaluateProgram(request: EvaluationRequest): EvaluationOutcome {
  const sales = asIndexed(request.sales);
  const found = comparisonPeriods(sales, request.launchDate, request.maxWindowMonths);
  if (found.kind === 'notEnoughData') return { kind: 'notEnoughData', reason: found.reason, counts: {} };
  const { window, bounds, launchPeriod } = found.periods;
  const groups = compareGroups(sales, found.periods, request.membership);
  if (groups.kind === 'notEnoughData') return groups;

  const { months } = window;
  const figures = (group: readonly CustomerTotals[]): GroupFigures => {
    const average = (from: number, to: number): WindowFigures => {
      let spend = 0;
      let purchases = 0;
      for (const totals of group) {
        for (let period = from; period < to; period += 1) {
          spend += totals.spend[period]!;
          purchases += totals.purchases[period] ?? 0;
        }
      }
      const customerMonths = group.length * months;
      return { spend: spend / customerMonths, purchases: purchases / customerMonths };
    };
    return { customers: group.length, before: average(launchPeriod - months, launchPeriod), after: average(launchPeriod, launchPeriod + months) };
  };
  const members = figures(groups.members);
  const nonMembers = figures(groups.nonMembers);
  const spendDid = members.after.spend - members.before.spend - (nonMembers.after.spend - nonMembers.before.spend);
  const frequencyDid = members.after.purchases - members.before.purchases - (nonMembers.after.purchases - nonMembers.before.purchases);
  const counterfactual = members.before.spend + (nonMembers.after.spend - nonMembers.before.spend);

  const averageIn = (group: readonly CustomerTotals[], period: number) => group.reduce((total, totals) => total + totals.spend[period]!, 0) / group.length;
  const monthly: MonthlyPoint[] = [];
  for (let period = 0; period < bounds.length - 1; period += 1) {
    monthly.push({
      offset: period - launchPeriod,
      start: bounds[period]!,
      members: averageIn(groups.members, period),
      nonMembers: averageIn(groups.nonMembers, period),
    });
  }

  return {
    kind: 'ready',
    result: {
      window,
      members,
      nonMembers,
      spendDid,
      frequencyDid,
      relativeSpendLift: counterfactual > 0 ? spendDid / counterfactual : null,
      naiveSpendGap: members.after.spend - nonMembers.after.spend,
      counts: groups.counts,
      monthly,
    },
  };
}
