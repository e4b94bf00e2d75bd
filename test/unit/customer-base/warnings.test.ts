import { describe, expect, it } from 'vitest';
import { lifeCycle } from '../../../src/customers/lifecycle';
import { evaluateWarnings, rankedFor, reasonsOf, trendOf, type WarningReason } from '../../../exercises/customer-base/model/warnings';
import type { WarningSettings } from '../../../exercises/customer-base/state';
import { createFormatters } from '../../../src/i18n/format';
import { translator } from '../../../src/i18n/translate';
import { warningsListMessages } from '../../../exercises/customer-base/messages/warningsList';
import { reasonText } from '../../../exercises/customer-base/steps/warnings/reasonText';
import { DEFAULT_WARNINGS, exampleBase, indexOf } from './warningsExample';

function evaluate(settings: WarningSettings = DEFAULT_WARNINGS, options: Parameters<typeof exampleBase>[0] = {}) {
  const base = exampleBase(options);
  const cycle = lifeCycle(base, settings.interval.k);
  const evaluation = evaluateWarnings(base, cycle, settings);
  const reasons = (id: string): WarningReason[] => reasonsOf(base, cycle, settings, evaluation, indexOf(base, id));
  return { base, cycle, evaluation, reasons };
}

describe('warning rules on the hand example', () => {
  it('no purchase beyond k × own interval: C after 156 days (7.8 × its 20 days), F once and 149 days > the 91-day one-off threshold', () => {
    const { reasons } = evaluate();
    expect(reasons('C')).toContainEqual({ rule: 'interval', silence: 156, interval: 20, threshold: 60 });
    expect(reasons('F')).toContainEqual({ rule: 'interval', silence: 149, interval: null, threshold: 91 });
    // A: 20 days ≤ 3 × 30.2 = 90.6.
    expect(reasons('A').map((reason) => reason.rule)).not.toContain('interval');
  });

  it('falling trend: B’s last 3 months average 200 against 1000 before (ratio 0.2 < 50 %); C’s 0 against 1000 / 3', () => {
    const { base, reasons } = evaluate();
    // B bought before the window: earlier months are buckets 0–2 (Jan–Mar: 1000 each, average 1000); recent Apr–Jun 200 each.
    expect(trendOf(base, indexOf(base, 'B'), 3)).toEqual({ recent: 200, earlier: 1000, ratio: 0.2 });
    expect(reasons('B')).toContainEqual({ rule: 'trend', months: 3, recent: 200, earlier: 1000, ratio: 0.2 });
    // C: first bought in bucket 0; earlier months 0–2 hold 1000, 0, 0 → 333.33; recent 0 → ratio 0.
    const c = trendOf(base, indexOf(base, 'C'), 3);
    expect(c?.earlier).toBeCloseTo(1000 / 3, 10);
    expect(c?.ratio).toBe(0);
    // A: 100 against 100, ratio 1. E (first bought in bucket 2: one earlier month) and F (bucket 1: two) have fewer
    // than the 3 earlier months the rule needs: not judged.
    expect(trendOf(base, indexOf(base, 'A'), 3)?.ratio).toBe(1);
    expect(trendOf(base, indexOf(base, 'E'), 3)).toBeNull();
    expect(trendOf(base, indexOf(base, 'F'), 3)).toBeNull();
    // With 2 recent months F has earlier buckets 1–3 (400, 0, 0 → 133.33) and nothing since: ratio 0.
    expect(trendOf(base, indexOf(base, 'F'), 2)?.ratio).toBe(0);
  });

  it('volume below plan: B sold 3600 on a plan of 5000 (72 % < 80 %); A 600 on 700 (85.7 %) is fine', () => {
    const { reasons } = evaluate();
    expect(reasons('B')).toContainEqual({ rule: 'plan', revenue: 3600, plan: 5000, ratio: 0.72 });
    expect(reasons('A').map((reason) => reason.rule)).not.toContain('plan');
    // At 90 % A is below plan too: 600 < 0.9 × 700 = 630.
    const stricter = evaluate({ ...DEFAULT_WARNINGS, plan: { on: true, percent: 90 } });
    expect(stricter.reasons('A').map((reason) => reason.rule)).toContain('plan');
  });

  it('debt over the credit limit: B owes 1500 on 1000; A 50 on 100 is fine', () => {
    const { reasons } = evaluate();
    expect(reasons('B')).toContainEqual({ rule: 'debt', debt: 1500, limit: 1000 });
    expect(reasons('A').map((reason) => reason.rule)).not.toContain('debt');
  });

  it('cost to serve over the margin: A’s 300 against a margin of 6 × (100 − 60) = 240 is 125 %; B’s 100 against 1080 is 9 %', () => {
    const { reasons } = evaluate();
    expect(reasons('A')).toEqual([{ rule: 'costToServe', cost: 300, margin: 240, ratio: 1.25 }]);
    expect(reasons('B').map((reason) => reason.rule)).not.toContain('costToServe');
    // At 130 % of the margin, A’s 125 % passes.
    expect(evaluate({ ...DEFAULT_WARNINGS, costToServe: { on: true, percentOfMargin: 130 } }).evaluation.rules.costToServe.flagged).toBe(0);
  });

  it('ranks the customers at risk by yearly revenue (window revenue × 12 / 6) and totals each rule', () => {
    const { base, evaluation } = evaluate();
    // B 3600 × 2 = 7200, C 1000 × 2 = 2000, A 600 × 2 = 1200, F 400 × 2 = 800; D and E have no warning.
    expect(Array.from(evaluation.ranked, (b) => base.ids[b])).toEqual(['B', 'C', 'A', 'F']);
    expect(evaluation.atRisk).toEqual({ customers: 4, atStake: 11_200 });
    const totals = (rule: keyof typeof evaluation.rules) => {
      const { judged, flagged, atStake } = evaluation.rules[rule];
      return { judged, flagged, atStake };
    };
    expect(totals('interval')).toEqual({ judged: 6, flagged: 2, atStake: 2800 });
    // Trend judges A, B and C (enough earlier months); flags B and C: 7200 + 2000.
    expect(totals('trend')).toEqual({ judged: 3, flagged: 2, atStake: 9200 });
    // The list figures judge the two listed customers only.
    expect(totals('plan')).toEqual({ judged: 2, flagged: 1, atStake: 7200 });
    expect(totals('debt')).toEqual({ judged: 2, flagged: 1, atStake: 7200 });
    expect(totals('costToServe')).toEqual({ judged: 2, flagged: 1, atStake: 1200 });
    expect(Array.from(rankedFor(evaluation, 'interval'), (b) => base.ids[b])).toEqual(['C', 'F']);
  });

  it('a rule switched off flags nobody in the list, but still says whom it would flag', () => {
    const { base, evaluation } = evaluate({ ...DEFAULT_WARNINGS, costToServe: { on: false, percentOfMargin: 100 } });
    expect(Array.from(evaluation.ranked, (b) => base.ids[b])).toEqual(['B', 'C', 'F']);
    expect(evaluation.rules.costToServe).toMatchObject({ active: false, flagged: 1, atStake: 1200 });
  });
});

describe('rules whose data is missing', () => {
  it('are disabled with the columns they need: no customer list, no cost in the sales', () => {
    const { evaluation } = evaluate(DEFAULT_WARNINGS, { list: false, cost: false });
    expect(evaluation.rules.plan).toMatchObject({ active: false, availability: { kind: 'missing', columns: [{ file: 'customers', keys: ['plan'] }] } });
    expect(evaluation.rules.debt.availability).toEqual({
      kind: 'missing',
      columns: [
        { file: 'customers', keys: ['debt'] },
        { file: 'customers', keys: ['creditLimit'] },
      ],
    });
    expect(evaluation.rules.costToServe.availability).toEqual({
      kind: 'missing',
      columns: [
        { file: 'sales', keys: ['cost', 'margin'] },
        { file: 'customers', keys: ['costToServe'] },
      ],
    });
    expect(evaluation.rules.interval.active).toBe(true);
  });

  it('the trend is disabled when the window is shorter than the recent and earlier months it compares', () => {
    // 3 recent + 3 earlier months need a 6-month window; a 5-month one has too few.
    const { evaluation } = evaluate(DEFAULT_WARNINGS, { windowMonths: 5 });
    expect(evaluation.rules.trend).toMatchObject({ active: false, availability: { kind: 'shortWindow', months: 5, needed: 6 }, flagged: 0 });
  });
});

describe('reasons in words', () => {
  const t = translator(warningsListMessages, 'en');
  const format = createFormatters('en', 'USD');
  it('says each reason with its figures', () => {
    // 94 / 30 = 3.13 → "3.1 ×".
    expect(reasonText({ rule: 'interval', silence: 94, interval: 30, threshold: 90 }, t, format)).toBe('no purchase for 94 days, 3.1 × their usual 30-day interval');
    expect(reasonText({ rule: 'interval', silence: 149, interval: null, threshold: 91 }, t, format)).toBe('one purchase in the window and nothing for 149 days (the one-off threshold is 91 days)');
    expect(reasonText({ rule: 'trend', months: 3, recent: 200, earlier: 1000, ratio: 0.2 }, t, format)).toBe('the last 3 months averaged $200 a month, 20% of the $1,000 before');
    expect(reasonText({ rule: 'plan', revenue: 3600, plan: 5000, ratio: 0.72 }, t, format)).toBe('revenue $3,600 against a plan of $5,000 (72% of plan)');
    expect(reasonText({ rule: 'debt', debt: 1500, limit: 1000 }, t, format)).toBe('owes $1,500 on a credit limit of $1,000');
    expect(reasonText({ rule: 'costToServe', cost: 300, margin: 240, ratio: 1.25 }, t, format)).toBe('cost to serve $300 is 125% of the gross margin of $240');
    expect(reasonText({ rule: 'costToServe', cost: 300, margin: -20, ratio: null }, t, format)).toBe('cost to serve $300 with a gross margin of −$20');
  });
});
