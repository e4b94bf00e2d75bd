/**
 * Step 7: each customer's direction, from what the earlier steps found about them. The rules are ordered and the
 * first that holds wins, so every customer has exactly one direction and the reason it was chosen:
 *   1. stop serving (review the terms): the customer loses money (profit < 0) and has no room to grow;
 *   2. win back: an early-warning rule fired, or the customer is lapsing, and they matter (class A or B);
 *   3. invest: room to grow: low share of a large potential, or RFM says a new or promising customer worth
 *      developing, or (without a customer list) class B or C with a high expected value;
 *   4. keep: class A or B, buying as usual;
 *   5. serve cheaper: the rest (class C, no sign of growth): standard terms at the lowest cost to serve.
 * "Revenue at stake" is the customer's revenue in the window scaled to a year: what the direction is about.
 */
import type { Direction } from '../state';

export type AbcClass = 'A' | 'B' | 'C';

export interface CustomerSignals {
  abc: AbcClass;
  /** Profit in the window (margin − cost to serve); null when the sales carry no cost. */
  profit: number | null;
  /** Revenue in the window ÷ potential for the same time; null without a potential. */
  shareOfWallet: number | null;
  /** At least one early-warning rule fired for the customer. */
  warned: boolean;
  lapsing: boolean;
  /** The customer's RFM segment id (default ids of model/rfmDefaults.ts, a participant's own, or 'others'). */
  rfmSegment: string;
  /** Expected value over the horizon ÷ revenue over the same time: above 1, the customer is worth more than they bring. */
  valueRatio: number | null;
}

export type PriorityReason =
  | 'lossNoRoom'
  | 'warnedValuable'
  | 'lapsingValuable'
  | 'lowShareOfWallet'
  | 'growingSegment'
  | 'valueAboveRevenue'
  | 'coreCustomer'
  | 'rest';

export interface Priority {
  direction: Direction;
  reason: PriorityReason;
}

/** Below this share of their potential a customer has room to grow. */
export const LOW_SHARE_OF_WALLET = 0.4;
/** RFM segments of customers early in their relationship, worth developing. */
const GROWING_SEGMENTS = new Set(['newCustomers', 'promising', 'potentialLoyalist']);
/** Expected value this many times the current revenue signals a customer worth more than they bring. */
const VALUE_ABOVE_REVENUE = 1.5;

export function priorityOf(customer: CustomerSignals): Priority {
  const important = customer.abc !== 'C';
  const roomToGrow = customer.shareOfWallet !== null && customer.shareOfWallet < LOW_SHARE_OF_WALLET;
  if (customer.profit !== null && customer.profit < 0 && !roomToGrow) return { direction: 'stop', reason: 'lossNoRoom' };
  if (customer.warned && important) return { direction: 'winBack', reason: 'warnedValuable' };
  if (customer.lapsing && important) return { direction: 'winBack', reason: 'lapsingValuable' };
  if (roomToGrow) return { direction: 'invest', reason: 'lowShareOfWallet' };
  if (GROWING_SEGMENTS.has(customer.rfmSegment)) return { direction: 'invest', reason: 'growingSegment' };
  if (customer.valueRatio !== null && customer.valueRatio >= VALUE_ABOVE_REVENUE && customer.abc !== 'A') return { direction: 'invest', reason: 'valueAboveRevenue' };
  if (important) return { direction: 'keep', reason: 'coreCustomer' };
  return { direction: 'serveCheaper', reason: 'rest' };
}

export interface DirectionSummary {
  direction: Direction;
  customers: number;
  /** Revenue of the direction's customers in the window, scaled to a year. */
  revenueAtStake: number;
  shareOfRevenue: number;
}

/** Customers and yearly revenue per direction, in the order of DIRECTIONS. */
export function directionSummary(directions: readonly Direction[], revenue: ArrayLike<number>, windowDays: number, order: readonly Direction[]): DirectionSummary[] {
  const yearly = windowDays > 0 ? 365 / windowDays : 1;
  const totals = new Map(order.map((direction) => [direction, { customers: 0, revenue: 0 }]));
  let all = 0;
  directions.forEach((direction, index) => {
    const value = revenue[index] ?? 0;
    const total = totals.get(direction);
    if (!total) return;
    total.customers++;
    total.revenue += value;
    all += value;
  });
  return order.map((direction) => {
    const total = totals.get(direction) ?? { customers: 0, revenue: 0 };
    return { direction, customers: total.customers, revenueAtStake: total.revenue * yearly, shareOfRevenue: all > 0 ? total.revenue / all : 0 };
  });
}
