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
 *
 * Choices, and why:
 * - Windows are whole calendar months counted from the launch date, equally long before and after: the
 *   shorter of the two periods the data covers, capped by the user. A partial month would bias the
 *   per-month averages, and unequal windows would mix seasons.
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

import type { TypedRow, TypedValue } from '../../../src/data/import/types';

/** An ISO calendar date, 'yyyy-mm-dd'; compared as text, which orders it correctly. */
export type IsoDate = string;

export interface Sale {
  customer: string;
  date: IsoDate;
  amount: number;
  /** From the member column: true, false, or null when blank or not recognised. */
  member: boolean | null;
}

export interface MemberListEntry {
  customer: string;
  joinDate: IsoDate | null;
}

export type MembershipSource = { kind: 'column' } | { kind: 'list'; members: readonly MemberListEntry[] };

export interface EvaluationRequest {
  sales: readonly Sale[];
  launchDate: IsoDate;
  /** The user's cap on the window length, in months (the data may allow less). */
  maxWindowMonths: number;
  membership: MembershipSource;
}

export type NotEnoughDataReason =
  | 'noSales'
  | 'invalidLaunchDate'
  /** The launch date is on or before the first sale: there is no "before". */
  | 'launchBeforeData'
  /** The launch date is after the last sale: there is no "after". */
  | 'launchAfterData'
  /** Less than one whole month of data before the launch. */
  | 'noFullMonthBefore'
  /** Less than one whole month of data after the launch. */
  | 'noFullMonthAfter'
  /** Members from a column, but no row says whether its customer is a member. */
  | 'noMemberColumn'
  /** Nobody in the list appears among the customers. */
  | 'noListedCustomers'
  | 'noMembers'
  | 'noNonMembers';

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

export interface EvaluationWindow {
  months: number;
  /** The longest equal windows the data allows, before the user's cap. */
  availableBefore: number;
  availableAfter: number;
  beforeStart: IsoDate;
  /** The day before the launch: the last of the "before" window. */
  beforeLast: IsoDate;
  launch: IsoDate;
  /** The last day of the "after" window. */
  afterLast: IsoDate;
  /** First day after the "after" window. */
  afterEnd: IsoDate;
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

// ── Dates ────────────────────────────────────────────────────────────────────────────────────────────

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseIso(date: string): { y: number; m: number; d: number } | null {
  const match = ISO_DATE.exec(date);
  if (!match) return null;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return { y, m, d };
}

export function isIsoDate(value: string): boolean {
  return parseIso(value) !== null;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function formatIso(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Calendar months later (or earlier); the 31st becomes the month's last day, as a contract date would. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const parsed = parseIso(date);
  if (!parsed) throw new Error(`addMonths: not an ISO date: ${date}`);
  const index = parsed.y * 12 + (parsed.m - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return formatIso(y, m, Math.min(parsed.d, daysInMonth(y, m)));
}

function addDays(date: IsoDate, days: number): IsoDate {
  const parsed = parseIso(date);
  if (!parsed) throw new Error(`addDays: not an ISO date: ${date}`);
  const next = new Date(Date.UTC(parsed.y, parsed.m - 1, parsed.d + days));
  return formatIso(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate());
}

// ── Rows from the import ─────────────────────────────────────────────────────────────────────────────

const YES = new Set(['yes', 'y', 'true', '1', 'да', 'д', '是', '是的', 'member', 'участник', 'член', '会员', 'x', '+', '✓', 'v']);
const NO = new Set(['no', 'n', 'false', '0', 'нет', 'н', '否', '不是', '非会员', 'не участник', 'non-member', 'nonmember', 'not a member', '-', '—']);

/** yes/no as people write it in ru/en/zh; null for a blank, 'unrecognised' for anything else. */
export function parseMemberFlag(value: TypedValue | undefined): boolean | null | 'unrecognised' {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : 'unrecognised';
  const text = value.trim().toLowerCase().replace(/\s+/g, ' ');
  if (text === '') return null;
  if (YES.has(text)) return true;
  if (NO.has(text)) return false;
  return 'unrecognised';
}

export interface SalesFromRows {
  sales: Sale[];
  /** Rows without a customer, a valid date or a finite amount (the importer normally drops them already). */
  unusableRows: number;
  unrecognisedMemberValues: number;
}

/** The importer's typed rows (keys of the sales spec) as sales. */
export function salesFromRows(rows: readonly TypedRow[]): SalesFromRows {
  const sales: Sale[] = [];
  let unusableRows = 0;
  let unrecognisedMemberValues = 0;
  for (const row of rows) {
    const customer = row.customer === null || row.customer === undefined ? '' : String(row.customer).trim();
    const date = typeof row.date === 'string' ? row.date : '';
    const amount = row.amount;
    if (customer === '' || !isIsoDate(date) || typeof amount !== 'number' || !Number.isFinite(amount)) {
      unusableRows += 1;
      continue;
    }
    const flag = parseMemberFlag(row.member);
    if (flag === 'unrecognised') unrecognisedMemberValues += 1;
    sales.push({ customer, date, amount, member: flag === 'unrecognised' ? null : flag });
  }
  return { sales, unusableRows, unrecognisedMemberValues };
}

/** The member list's typed rows; rows without a customer are dropped, an invalid join date is read as unknown. */
export function memberListFromRows(rows: readonly TypedRow[]): MemberListEntry[] {
  const list: MemberListEntry[] = [];
  for (const row of rows) {
    const customer = row.customer === null || row.customer === undefined ? '' : String(row.customer).trim();
    if (customer === '') continue;
    const joinDate = typeof row.joinDate === 'string' && isIsoDate(row.joinDate) ? row.joinDate : null;
    list.push({ customer, joinDate });
  }
  return list;
}

// ── The window ───────────────────────────────────────────────────────────────────────────────────────

/** Whole months of data before the launch: the largest k with launch − k months on or after the first sale. */
function monthsBefore(launch: IsoDate, firstSale: IsoDate): number {
  let k = 0;
  while (addMonths(launch, -(k + 1)) >= firstSale) k += 1;
  return k;
}

/** Whole months after it: the largest k whose last day (launch + k months − 1 day) is on or before the last sale. */
function monthsAfter(launch: IsoDate, lastSale: IsoDate): number {
  const dayAfterLast = addDays(lastSale, 1);
  let k = 0;
  while (addMonths(launch, k + 1) <= dayAfterLast) k += 1;
  return k;
}

/** Index of the month period a date falls in, given the sorted period starts (the last entry is the end). */
function periodIndex(bounds: readonly IsoDate[], date: IsoDate): number {
  if (date < bounds[0]! || date >= bounds[bounds.length - 1]!) return -1;
  let low = 0;
  let high = bounds.length - 1;
  // Invariant: bounds[low] <= date < bounds[high].
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    if (bounds[middle]! <= date) low = middle;
    else high = middle;
  }
  return low;
}

// ── Difference in differences ────────────────────────────────────────────────────────────────────────

interface CustomerTotals {
  firstDate: IsoDate;
  flaggedMember: boolean;
  /** Per period of the whole range: spend and the set of purchase days. */
  spend: number[];
  days: Set<string>[];
}

export function evaluateProgram(request: EvaluationRequest): EvaluationOutcome {
  const { sales, launchDate, membership } = request;
  const notEnough = (reason: NotEnoughDataReason, counts: Partial<EvaluationCounts> = {}): EvaluationOutcome => ({ kind: 'notEnoughData', reason, counts });
  if (sales.length === 0) return notEnough('noSales');
  if (!isIsoDate(launchDate)) return notEnough('invalidLaunchDate');

  let firstSale = sales[0]!.date;
  let lastSale = firstSale;
  for (const sale of sales) {
    if (sale.date < firstSale) firstSale = sale.date;
    if (sale.date > lastSale) lastSale = sale.date;
  }
  if (launchDate <= firstSale) return notEnough('launchBeforeData');
  if (launchDate > lastSale) return notEnough('launchAfterData');
  const availableBefore = monthsBefore(launchDate, firstSale);
  const availableAfter = monthsAfter(launchDate, lastSale);
  if (availableBefore === 0) return notEnough('noFullMonthBefore');
  if (availableAfter === 0) return notEnough('noFullMonthAfter');
  const cap = Number.isFinite(request.maxWindowMonths) ? Math.max(1, Math.floor(request.maxWindowMonths)) : 1;
  const months = Math.min(availableBefore, availableAfter, cap);

  // Periods cover every whole month the data has around the launch (the chart shows them all, so the
  // pre-launch trends can be judged); the windows are the `months` periods on each side of the launch.
  const bounds: IsoDate[] = [];
  for (let offset = -availableBefore; offset <= availableAfter; offset += 1) bounds.push(addMonths(launchDate, offset));
  const periodCount = bounds.length - 1;
  const launchPeriod = availableBefore;
  const beforeFrom = launchPeriod - months;
  const afterTo = launchPeriod + months;

  const customers = new Map<string, CustomerTotals>();
  let anyFlag = false;
  for (const sale of sales) {
    let totals = customers.get(sale.customer);
    if (!totals) {
      totals = { firstDate: sale.date, flaggedMember: false, spend: new Array<number>(periodCount).fill(0), days: [] };
      customers.set(sale.customer, totals);
    }
    if (sale.date < totals.firstDate) totals.firstDate = sale.date;
    if (sale.member !== null) anyFlag = true;
    if (sale.member === true) totals.flaggedMember = true;
    const period = periodIndex(bounds, sale.date);
    if (period < 0) continue;
    totals.spend[period]! += sale.amount;
    (totals.days[period] ??= new Set()).add(sale.date);
  }

  const listed = new Map<string, IsoDate | null>();
  if (membership.kind === 'list') {
    for (const entry of membership.members) {
      const known = listed.get(entry.customer);
      // Listed twice: the earlier join date is when they became a member.
      if (known === undefined || (entry.joinDate !== null && (known === null || entry.joinDate < known))) listed.set(entry.customer, entry.joinDate);
    }
  } else if (!anyFlag) {
    return notEnough('noMemberColumn', { customers: customers.size });
  }

  const afterEnd = bounds[afterTo]!;
  const windowStart = bounds[beforeFrom]!;
  let newAfterLaunch = 0;
  let inactiveBefore = 0;
  let joinedAfterWindow = 0;
  const groups = { members: [] as CustomerTotals[], nonMembers: [] as CustomerTotals[] };
  for (const [customer, totals] of customers) {
    let isMember = totals.flaggedMember;
    if (membership.kind === 'list') {
      const joinDate = listed.get(customer);
      isMember = joinDate !== undefined;
      if (joinDate !== undefined && joinDate !== null && joinDate >= afterEnd) {
        joinedAfterWindow += 1;
        continue;
      }
    }
    let activeBefore = false;
    for (let period = beforeFrom; period < launchPeriod && !activeBefore; period += 1) activeBefore = (totals.days[period]?.size ?? 0) > 0;
    if (!activeBefore) {
      if (totals.firstDate >= launchDate) newAfterLaunch += 1;
      else inactiveBefore += 1;
      continue;
    }
    (isMember ? groups.members : groups.nonMembers).push(totals);
  }
  let listedWithoutSales = 0;
  for (const customer of listed.keys()) if (!customers.has(customer)) listedWithoutSales += 1;

  const counts: EvaluationCounts = {
    customers: customers.size,
    newAfterLaunch,
    inactiveBefore,
    joinedAfterWindow,
    listedWithoutSales,
  };
  if (membership.kind === 'list' && listedWithoutSales === listed.size) return notEnough('noListedCustomers', counts);
  if (groups.members.length === 0) return notEnough('noMembers', counts);
  if (groups.nonMembers.length === 0) return notEnough('noNonMembers', counts);

  const figures = (group: CustomerTotals[]): GroupFigures => {
    const window = (from: number, to: number): WindowFigures => {
      let spend = 0;
      let purchases = 0;
      for (const totals of group) {
        for (let period = from; period < to; period += 1) {
          spend += totals.spend[period]!;
          purchases += totals.days[period]?.size ?? 0;
        }
      }
      const customerMonths = group.length * months;
      return { spend: spend / customerMonths, purchases: purchases / customerMonths };
    };
    return { customers: group.length, before: window(beforeFrom, launchPeriod), after: window(launchPeriod, afterTo) };
  };
  const members = figures(groups.members);
  const nonMembers = figures(groups.nonMembers);
  const spendDid = members.after.spend - members.before.spend - (nonMembers.after.spend - nonMembers.before.spend);
  const frequencyDid = members.after.purchases - members.before.purchases - (nonMembers.after.purchases - nonMembers.before.purchases);
  const counterfactual = members.before.spend + (nonMembers.after.spend - nonMembers.before.spend);

  const averageIn = (group: CustomerTotals[], period: number) => group.reduce((total, totals) => total + totals.spend[period]!, 0) / group.length;
  const monthly: MonthlyPoint[] = [];
  for (let period = 0; period < periodCount; period += 1) {
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
      window: {
        months, availableBefore, availableAfter, beforeStart: windowStart, beforeLast: addDays(launchDate, -1), launch: launchDate,
        afterLast: addDays(afterEnd, -1), afterEnd,
      },
      members,
      nonMembers,
      spendDid,
      frequencyDid,
      relativeSpendLift: counterfactual > 0 ? spendDid / counterfactual : null,
      naiveSpendGap: members.after.spend - nonMembers.after.spend,
      counts,
      monthly,
    },
  };
}

// ── What the effect is worth against what the program costs ─────────────────────────────────────────

/** The economics step's inputs this comparison needs (state.program), all entered. */
export interface EvaluationCostInputs {
  margin: number;
  rewardRate: number;
  breakage: number;
  baselineRewardShare: number;
  setupCost: number;
  monthlyFixedCost: number;
  monthlyCostPerMember: number;
}

export interface EvaluationEconomics {
  /** Members the effect is multiplied by: those compared in the data, or the program's own count. */
  members: number;
  months: number;
  incrementalSales: number;
  incrementalGrossProfit: number;
  rewardCost: number;
  /** Setup plus monthly fixed costs: the window starts at the launch, so the launch cost falls in it. */
  fixedCost: number;
  memberCost: number;
  programCost: number;
  net: number;
  /** net / programCost; null when the program costs nothing. */
  roi: number | null;
}

/**
 * Incremental gross profit = DiD spend per member-month × members × months × margin. The cost for the
 * same months follows the economics step: redeemed rewards (rate × (1 − breakage)) on the members'
 * rewarded sales — every incremental purchase, and the given share of the rest of what they spent after
 * the launch — plus setup, monthly fixed and per-member costs. A negative DiD earns no rewards on an
 * increment, as in the economics model.
 */
export function evaluationEconomics(did: Pick<DifferenceInDifferences, 'spendDid' | 'members' | 'window'>, inputs: EvaluationCostInputs, members: number): EvaluationEconomics {
  const months = did.window.months;
  const memberMonths = members * months;
  const incrementalSales = did.spendDid * memberMonths;
  const incrementalGrossProfit = incrementalSales * inputs.margin;
  const afterSpend = Math.max(0, did.members.after.spend);
  const incrementalPerMemberMonth = Math.min(Math.max(0, did.spendDid), afterSpend);
  const rewardedPerMemberMonth = incrementalPerMemberMonth + inputs.baselineRewardShare * (afterSpend - incrementalPerMemberMonth);
  const rewardCost = inputs.rewardRate * (1 - inputs.breakage) * rewardedPerMemberMonth * memberMonths;
  const fixedCost = inputs.setupCost + inputs.monthlyFixedCost * months;
  const memberCost = inputs.monthlyCostPerMember * memberMonths;
  const programCost = rewardCost + fixedCost + memberCost;
  const net = incrementalGrossProfit - programCost;
  return {
    members, months, incrementalSales, incrementalGrossProfit, rewardCost, fixedCost, memberCost, programCost, net,
    roi: programCost === 0 ? null : net / programCost,
  };
}
