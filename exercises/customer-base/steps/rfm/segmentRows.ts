import type { RfmFigures, RfmSegmentFigures } from '../../analysis/rfmAnalysis';

/** A segment's figures as the summary, the chart and the export show them; null shares when the total is not positive. */
export interface SegmentRow {
  segment: number;
  name: string;
  customers: number;
  customerShare: number;
  orders: number;
  revenue: number;
  revenueShare: number | null;
  averageOrder: number | null;
  averageRecency: number | null;
}

export function segmentRows(figures: RfmFigures, name: (segment: number) => string): SegmentRow[] {
  return figures.segments.map((s: RfmSegmentFigures) => ({
    segment: s.segment,
    name: name(s.segment),
    customers: s.customers,
    customerShare: figures.customers > 0 ? s.customers / figures.customers : 0,
    orders: s.orders,
    revenue: s.revenue,
    revenueShare: figures.revenue > 0 ? s.revenue / figures.revenue : null,
    averageOrder: s.orders > 0 ? s.revenue / s.orders : null,
    averageRecency: s.customers > 0 ? s.recencyDays / s.customers : null,
  }));
}
