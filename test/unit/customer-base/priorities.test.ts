import { describe, expect, it } from 'vitest';
import { directionSummary, priorityOf, type CustomerSignals } from '../../../exercises/customer-base/model/priorities';
import { DIRECTIONS } from '../../../exercises/customer-base/state';

const customer = (overrides: Partial<CustomerSignals>): CustomerSignals => ({
  abc: 'B',
  profit: 1000,
  shareOfWallet: null,
  warned: false,
  lapsing: false,
  rfmSegment: 'others',
  valueRatio: null,
  ...overrides,
});

describe('a customer’s direction: the first rule that holds', () => {
  it('stops serving a loss-making customer with no room to grow, even an A', () => {
    expect(priorityOf(customer({ abc: 'A', profit: -50, warned: true }))).toEqual({ direction: 'stop', reason: 'lossNoRoom' });
  });

  it('invests in a loss-making customer who buys a small share of a large potential', () => {
    expect(priorityOf(customer({ abc: 'C', profit: -50, shareOfWallet: 0.1 }))).toEqual({ direction: 'invest', reason: 'lowShareOfWallet' });
  });

  it('wins back a warned or lapsing A or B customer, but not a C one', () => {
    expect(priorityOf(customer({ abc: 'A', warned: true }))).toEqual({ direction: 'winBack', reason: 'warnedValuable' });
    expect(priorityOf(customer({ abc: 'B', lapsing: true }))).toEqual({ direction: 'winBack', reason: 'lapsingValuable' });
    expect(priorityOf(customer({ abc: 'C', warned: true })).direction).toBe('serveCheaper');
  });

  it('invests in new and promising RFM segments and in customers worth more than they bring', () => {
    expect(priorityOf(customer({ abc: 'C', rfmSegment: 'newCustomers' }))).toEqual({ direction: 'invest', reason: 'growingSegment' });
    // 1.5 × current revenue is the line: 1.49 stays where it was, 1.5 is invested in (unless already an A).
    expect(priorityOf(customer({ abc: 'C', valueRatio: 1.49 })).direction).toBe('serveCheaper');
    expect(priorityOf(customer({ abc: 'C', valueRatio: 1.5 }))).toEqual({ direction: 'invest', reason: 'valueAboveRevenue' });
    expect(priorityOf(customer({ abc: 'A', valueRatio: 3 }))).toEqual({ direction: 'keep', reason: 'coreCustomer' });
  });

  it('keeps A and B customers buying as usual, and serves the rest at the lowest cost', () => {
    expect(priorityOf(customer({ abc: 'A' }))).toEqual({ direction: 'keep', reason: 'coreCustomer' });
    expect(priorityOf(customer({ abc: 'C', profit: null }))).toEqual({ direction: 'serveCheaper', reason: 'rest' });
  });
});

describe('revenue at stake per direction', () => {
  it('sums each direction’s customers and scales the window to a year', () => {
    // Window of 73 days = 1/5 year: yearly = 5 × window revenue. keep: 100 + 300 = 400 → 2,000 a year; stop: 100 → 500.
    const summary = directionSummary(['keep', 'stop', 'keep'], [100, 100, 300], 73, DIRECTIONS);
    expect(summary.map((row) => row.direction)).toEqual([...DIRECTIONS]);
    expect(summary.find((row) => row.direction === 'keep')).toEqual({ direction: 'keep', customers: 2, revenueAtStake: 2000, shareOfRevenue: 0.8 });
    expect(summary.find((row) => row.direction === 'stop')).toEqual({ direction: 'stop', customers: 1, revenueAtStake: 500, shareOfRevenue: 0.2 });
    expect(summary.reduce((sum, row) => sum + row.customers, 0)).toBe(3);
    expect(summary.find((row) => row.direction === 'invest')?.revenueAtStake).toBe(0);
  });
});
