/**
 * Each segment's profile, side by side (METHODS.md, "Customer base and segmentation"; retention as in
 * "Loyalty measurement"): customers, revenue and margin with their shares of the whole base, orders, average check,
 * and how the segment moves within the window. The window is split into two halves of whole months (the older
 * half dropped by one month when the count is odd): growth = second half's revenue / first half's − 1; retention =
 * customers active in both halves / customers active in the first. Every customer active in the first half
 * bought in the window, so none is missing from the base and the retention counts everyone who left.
 */
import type { CustomerBase } from '../../../src/customers/base';

export interface SegmentTotals {
  customers: number;
  revenue: number;
  /** null without cost or margin in the sales. */
  margin: number | null;
  orders: number;
  /** Revenue in the window's older half and newer half; null when the window has fewer than 2 months. */
  firstHalfRevenue: number | null;
  secondHalfRevenue: number | null;
  /** Customers who bought in the older half, and of them those who bought again in the newer. */
  firstHalfActive: number;
  retained: number;
}

export interface SegmentProfile extends SegmentTotals {
  key: string;
}

export interface SegmentMetrics {
  customerShare: number;
  revenueShare: number;
  marginShare: number | null;
  /** margin / revenue; null without margin or revenue. */
  marginRate: number | null;
  /** revenue / orders; null without orders. */
  averageCheck: number | null;
  ordersPerCustomer: number | null;
  revenuePerCustomer: number | null;
  /** null without two halves or with no revenue in the first. */
  growth: number | null;
  /** null without two halves or nobody active in the first. */
  retention: number | null;
}

// Casts in this file: reads at an index below the array's length, which noUncheckedIndexedAccess cannot see.

/** The month buckets of each half: [from, to) within base.months; null with fewer than 2 months. */
export function windowHalves(months: number): { first: [number, number]; second: [number, number] } | null {
  const half = Math.floor(months / 2);
  if (half < 1) return null;
  return { first: [months - 2 * half, months - half], second: [months - half, months] };
}

function emptyTotals(hasMargin: boolean, hasHalves: boolean): SegmentTotals {
  return { customers: 0, revenue: 0, margin: hasMargin ? 0 : null, orders: 0, firstHalfRevenue: hasHalves ? 0 : null, secondHalfRevenue: hasHalves ? 0 : null, firstHalfActive: 0, retained: 0 };
}

/** The profiles in the order of `keys`, and the whole base's totals. */
export function segmentProfiles(base: CustomerBase, segment: Int32Array, keys: readonly string[]): { segments: SegmentProfile[]; total: SegmentTotals } {
  const halves = windowHalves(base.months);
  const hasMargin = base.margin !== null;
  const segments: SegmentProfile[] = keys.map((key) => ({ key, ...emptyTotals(hasMargin, halves !== null) }));
  const total = emptyTotals(hasMargin, halves !== null);
  for (let b = 0; b < base.count; b++) {
    const target = segments[segment[b] as number] as SegmentProfile;
    let first = 0;
    let second = 0;
    let activeFirst = false;
    let activeSecond = false;
    if (halves) {
      const row = b * base.months;
      for (let j = halves.first[0]; j < halves.first[1]; j++) {
        const value = base.monthly[row + j] as number;
        first += value;
        if (value > 0) activeFirst = true;
      }
      for (let j = halves.second[0]; j < halves.second[1]; j++) {
        const value = base.monthly[row + j] as number;
        second += value;
        if (value > 0) activeSecond = true;
      }
    }
    for (const totals of [target, total]) {
      totals.customers++;
      totals.revenue += base.revenue[b] as number;
      if (totals.margin !== null && base.margin) totals.margin += base.margin[b] as number;
      totals.orders += base.orders[b] as number;
      if (totals.firstHalfRevenue !== null && totals.secondHalfRevenue !== null) {
        totals.firstHalfRevenue += first;
        totals.secondHalfRevenue += second;
      }
      if (activeFirst) {
        totals.firstHalfActive++;
        if (activeSecond) totals.retained++;
      }
    }
  }
  return { segments, total };
}

const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/** The derived figures of a segment against the whole base. */
export function segmentMetrics(segment: SegmentTotals, total: SegmentTotals): SegmentMetrics {
  return {
    customerShare: ratio(segment.customers, total.customers) ?? 0,
    revenueShare: ratio(segment.revenue, total.revenue) ?? 0,
    marginShare: segment.margin === null || total.margin === null ? null : ratio(segment.margin, total.margin),
    marginRate: segment.margin === null ? null : ratio(segment.margin, segment.revenue),
    averageCheck: ratio(segment.revenue, segment.orders),
    ordersPerCustomer: ratio(segment.orders, segment.customers),
    revenuePerCustomer: ratio(segment.revenue, segment.customers),
    growth: segment.firstHalfRevenue === null || segment.secondHalfRevenue === null || segment.firstHalfRevenue <= 0 ? null : segment.secondHalfRevenue / segment.firstHalfRevenue - 1,
    retention: ratio(segment.retained, segment.firstHalfActive),
  };
}
