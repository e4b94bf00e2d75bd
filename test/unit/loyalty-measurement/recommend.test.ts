import { describe, expect, it } from 'vitest';
import {
  FEW_B2B_CUSTOMERS,
  LONG_CYCLE_DAYS,
  npsAnswersForMargin,
  npsWorstCaseMargin,
  recommendMetrics,
  suggestedRetentionPeriod,
} from '../../../exercises/loyalty-measurement/model/recommend';
import type { MetricId } from '../../../exercises/loyalty-measurement/state';
import { businessProfile } from '../../builders/loyalty';

/** A retailer with cards and every kind of data, a monthly cycle: the profile each rule changes one answer of. */
const retailer = businessProfile({ model: 'b2c', purchaseCycleDays: 30, identification: 'card', activeCustomers: 900, dataAvailable: ['sales', 'surveys', 'complaints'] });

const recommended = (profile: Parameters<typeof recommendMetrics>[0]) => Object.fromEntries(recommendMetrics(profile).recommended.map((advice) => [advice.metric, advice.reason]));
const against = (profile: Parameters<typeof recommendMetrics>[0]) => Object.fromEntries(recommendMetrics(profile).advisedAgainst.map((advice) => [advice.metric, advice.reason]));

describe('the NPS sample size of METHODS.md', () => {
  it('needs 382 answers for ±10 points and 94 for ±20 in the worst case', () => {
    // 1.96² / 0.1² − 3 = 384.16 − 3 = 381.16 → 382; 1.96² / 0.2² − 3 = 96.04 − 3 = 93.04 → 94.
    expect(npsAnswersForMargin(10)).toBe(382);
    expect(npsAnswersForMargin(20)).toBe(94);
  });

  it('gives the margin those answers reach', () => {
    // 196 / √(382 + 3) = 196 / 19.621 = 9.989; 196 / √(97 + 3) = 19.6.
    expect(npsWorstCaseMargin(382)).toBeCloseTo(9.989, 3);
    expect(npsWorstCaseMargin(97)).toBeCloseTo(19.6, 6);
  });
});

describe('the retention period suggested from the purchase cycle', () => {
  it.each([
    [1, 'month'], [45, 'month'], [46, 'quarter'], [120, 'quarter'], [121, 'year'], [900, 'year'],
  ] as const)('a purchase every %i days → a %s', (days, period) => {
    expect(suggestedRetentionPeriod(businessProfile({ purchaseCycleDays: days }))).toBe(period);
  });

  it('with no cycle: a year for a long-lived product, a quarter when the cycle is unknown', () => {
    expect(suggestedRetentionPeriod(businessProfile({ longLifeCycle: true }))).toBe('year');
    expect(suggestedRetentionPeriod(businessProfile())).toBe('quarter');
  });

  it('a typed cycle wins over the long-life flag', () => {
    expect(suggestedRetentionPeriod(businessProfile({ purchaseCycleDays: 30, longLifeCycle: true }))).toBe('month');
  });
});

describe('the recommended metric set', () => {
  it('recommends nothing before any answer', () => {
    const result = recommendMetrics(businessProfile());
    expect(result.answered).toBe(false);
    expect(result.recommended).toEqual([]);
  });

  it('a short-cycle retailer with cards: attitude, monthly retention, repeat rate, cohorts, frequency and complaints', () => {
    expect(recommended(retailer)).toEqual({
      nps: 'attitudeBaseline',
      csat: 'experienceAfterPurchase',
      retention: 'retentionCycle',
      repeatRate: 'repeatInWindow',
      cohortRetention: 'cohorts',
      frequency: 'frequencyShortCycle',
      complaintRate: 'complaintsData',
    });
    expect(recommendMetrics(retailer).retentionPeriod).toBe('month');
    expect(against(retailer)).toEqual({});
  });

  it('frequency only for a short cycle: 45 days is short, 46 is not', () => {
    expect(recommended({ ...retailer, purchaseCycleDays: 45 }).frequency).toBe('frequencyShortCycle');
    expect(recommended({ ...retailer, purchaseCycleDays: 46 }).frequency).toBeUndefined();
    expect(recommended({ ...retailer, purchaseCycleDays: 46 }).retention).toBe('retentionCycle');
  });

  it('a long cycle puts attitude and share of wallet over repeat counts', () => {
    const durable = { ...retailer, purchaseCycleDays: null, longLifeCycle: true };
    expect(recommended(durable)).toEqual({ nps: 'attitudeLongCycle', csat: 'attitudeLongCycle', shareOfWallet: 'walletLongCycle', complaintRate: 'complaintsData' });
    expect(against(durable)).toEqual({ repeatRate: 'longCycleRepeat', retention: 'longCycleRepeat' });
  });

  it(`a cycle over ${LONG_CYCLE_DAYS} days counts as long; ${LONG_CYCLE_DAYS} itself does not`, () => {
    expect(against({ ...retailer, purchaseCycleDays: LONG_CYCLE_DAYS + 1 }).repeatRate).toBe('longCycleRepeat');
    expect(recommended({ ...retailer, purchaseCycleDays: LONG_CYCLE_DAYS }).repeatRate).toBe('repeatInWindow');
  });

  it(`B2B with fewer than ${FEW_B2B_CUSTOMERS} customers: NPS is read beside key-account interviews, with the margin the whole base gives`, () => {
    const b2b = { ...retailer, model: 'b2b' as const, identification: 'invoices' as const, activeCustomers: 97 };
    const result = recommendMetrics(b2b);
    expect(recommended(b2b).nps).toBe('npsFewCustomers');
    expect(recommended(b2b).shareOfWallet).toBe('walletB2B');
    // Every one of 97 customers answering: 196 / √100 = ±19.6 points.
    expect(result.notes).toEqual([{ kind: 'interviewKeyAccounts', customers: 97, bestMargin: expect.closeTo(19.6, 6) }]);
  });

  it(`${FEW_B2B_CUSTOMERS} B2B customers are not few; B2C customers never count as few`, () => {
    const b2b = { ...retailer, model: 'b2b' as const, activeCustomers: FEW_B2B_CUSTOMERS };
    expect(recommended(b2b).nps).toBe('attitudeBaseline');
    expect(recommendMetrics(b2b).notes).toEqual([]);
    expect(recommended({ ...b2b, activeCustomers: FEW_B2B_CUSTOMERS - 1 }).nps).toBe('npsFewCustomers');
    expect(recommended({ ...retailer, activeCustomers: 10 }).nps).toBe('attitudeBaseline');
  });

  it('anonymous purchases: behaviour per customer advised against, the average check from receipts instead', () => {
    const anonymous = { ...retailer, identification: 'none' as const };
    const perCustomer: MetricId[] = ['repeatRate', 'retention', 'churn', 'cohortRetention', 'frequency'];
    expect(against(anonymous)).toEqual(Object.fromEntries(perCustomer.map((metric) => [metric, 'noIdentification'])));
    expect(recommended(anonymous).averageCheck).toBe('receiptLevel');
    expect(recommended(anonymous).retention).toBeUndefined();
  });

  it('no sales data: behaviour per customer and the average check advised against, surveys stay', () => {
    const noSales = { ...retailer, dataAvailable: ['surveys' as const] };
    expect(against(noSales)).toEqual({
      repeatRate: 'noSalesData', retention: 'noSalesData', churn: 'noSalesData', cohortRetention: 'noSalesData', frequency: 'noSalesData', averageCheck: 'noSalesData',
    });
    expect(Object.keys(recommended(noSales))).toEqual(['nps', 'csat']);
  });

  it('no sales data outweighs a long cycle as the reason: the metric is impossible, not only weak', () => {
    expect(against({ ...retailer, longLifeCycle: true, dataAvailable: [] }).repeatRate).toBe('noSalesData');
  });

  it('complaint rate only with complaints data', () => {
    expect(recommended({ ...retailer, dataAvailable: ['sales', 'surveys'] }).complaintRate).toBeUndefined();
  });

  it('identification not yet chosen: behaviour neither recommended nor advised against', () => {
    const unknown = { ...retailer, identification: null };
    expect(recommended(unknown).retention).toBeUndefined();
    expect(against(unknown)).toEqual({});
  });
});
