import { DEFAULT_RFM_SEGMENTS } from '../../../src/customers/rfmDefaults';
import type { CustomerBaseState } from '../state';

/** Nothing decided yet; every method at its documented default (METHODS.md), the window the last 12 months. */
export function blankCustomerBaseState(): CustomerBaseState {
  return {
    useDemoData: false,
    demoBusiness: 'distributor',
    period: { analysisDate: null, windowMonths: 12 },
    abc: { basis: 'revenue', a: 80, b: 95, x: 10, y: 25 },
    rfm: { binning: 'quintiles', segments: DEFAULT_RFM_SEGMENTS.map((segment) => ({ ...segment, r: [...segment.r], f: [...segment.f], m: [...segment.m] })) },
    value: { period: 'quarter', retention: null, discountRate: 12, assumedMargin: 25, horizonMonths: 12, holdoutMonths: 6 },
    matrices: { profit: null, potential: null, revenue: null, size: null, duration: null },
    warnings: {
      interval: { on: true, k: 3 },
      trend: { on: true, recentMonths: 3, dropPercent: 50 },
      plan: { on: true, percent: 80 },
      debt: { on: true },
      costToServe: { on: true, percentOfMargin: 100 },
    },
    priorities: { actions: { invest: '', keep: '', winBack: '', serveCheaper: '', stop: '' } },
    conclusions: { notes: '' },
  };
}
