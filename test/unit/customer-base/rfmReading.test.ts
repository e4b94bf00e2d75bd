import type { RfmFigures } from '../../../exercises/customer-base/analysis/rfmAnalysis';
import { blankCustomerBaseState } from '../../../exercises/customer-base/demo';
import { rfmMessages } from '../../../exercises/customer-base/messages/rfm';
import { rfmSegmentMessages, segmentName } from '../../../src/customers/rfmSegmentNames';
import { OTHERS } from '../../../src/customers/rfmSegments';
import { rfmReading } from '../../../exercises/customer-base/steps/rfm/rfmReading';
import { translator } from '../../../src/i18n/translate';

const rules = blankCustomerBaseState().rfm.segments;
const ts = translator(rfmSegmentMessages, 'en');
const words = {
  t: translator(rfmMessages, 'en'),
  name: (segment: number) => segmentName(ts, rules, segment),
  percent: (share: number) => `${Math.round(share * 100)}%`,
  integer: (value: number) => String(value),
  list: (names: string[]) => names.join(' and '),
};

/** Customers and revenue per rule index (the rest zero), "others" last. */
function figures(customers: number, bySegment: Record<number, [number, number]>): RfmFigures {
  const segments = [...rules.map((_, segment) => segment), OTHERS].map((segment) => {
    const [count, revenue] = bySegment[segment] ?? [0, 0];
    return { segment, customers: count, orders: count, revenue, recencyDays: 0 };
  });
  return {
    analysisDay: 0,
    customers,
    orders: customers,
    revenue: segments.reduce((sum, segment) => sum + segment.revenue, 0),
    bands: { r: [], f: [], m: [] },
    breaks: null,
    heat: [],
    segments,
    page: null,
  };
}

describe('the RFM reading', () => {
  const ids = rules.map((rule) => rule.id);
  const at = (id: string) => ids.indexOf(id);

  it('names the segment with the most revenue and the valuable customers slipping away, with their share', () => {
    // 100 customers, revenue 1000: champions 10 → 600; at risk 20 → 150, can't lose 5 → 50 (together 200 = 20 %); others 10 → 50.
    const reading = rfmReading(
      figures(100, { [at('champions')]: [10, 600], [at('atRisk')]: [20, 150], [at('cantLose')]: [5, 50], [at('loyal')]: [55, 150], [OTHERS]: [10, 50] }),
      rules,
      'quintiles',
      words,
    );
    expect(reading.sentences).toEqual([
      '100 customers bought in the period; each has three scores from 1 to 5 (fifths with equal numbers of customers).',
      'The segment "Champions" brings the most revenue: 10% of the customers and 60% of the revenue.',
      // In the rules' order: "Can't lose them" (8th) before "At risk" (9th).
      '"Can’t lose them" and "At risk" are customers who used to buy a lot but have not come back for a long time: 25 of them, with 20% of the revenue. Call them first.',
      'Open a segment below to see its customers, and give each segment its own action.',
    ]);
    expect(reading.caution).toBeNull();
  });

  it('says when a fifth or more of the customers fit no rule, and cautions on a small base', () => {
    // 40 customers: 30 named, 10 (25 %) others.
    const reading = rfmReading(figures(40, { [at('loyal')]: [30, 900], [OTHERS]: [10, 100] }), rules, 'rfmPackage', words);
    expect(reading.sentences[0]).toContain('(breaks as in the R package rfm)');
    expect(reading.sentences).toContain('25% of the customers fit no rule: widen the rules or add one of your own.');
    expect(reading.sentences.some((sentence) => sentence.includes('Call them first'))).toBe(false);
    expect(reading.caution).toBe('There are few customers (40): each fifth is a handful of people, and one purchase changes the scores.');
  });
});
