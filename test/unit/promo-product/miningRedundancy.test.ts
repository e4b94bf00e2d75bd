import { markRedundant } from '../../../exercises/promo-product/model/redundancy';

const rule = (antecedent: number[], consequent: number, confidence: number) => ({ antecedent, consequent, confidence });

describe('markRedundant', () => {
  it('marks a rule whose shorter form, same right side, is at least as confident', () => {
    const rules = [
      rule([1], 9, 0.8), // {1} → 9
      rule([1, 2], 9, 0.8), // redundant: {1} → 9 has the same 0.8
      rule([1, 3], 9, 0.85), // kept: more confident than {1} → 9
      rule([1, 3, 4], 9, 0.82), // redundant: {1, 3} → 9 has 0.85 (and {1} → 9 only 0.8 would not be enough)
      rule([2, 5], 9, 0.9), // kept: neither {2} → 9 nor {5} → 9 is in the set
      rule([1, 2], 8, 0.7), // kept: {1} → 9 has another right side
      rule([2], 8, 0.69), // kept: a one-item left side has no proper non-empty subset
      rule([2, 6], 8, 0.69), // redundant: {2} → 8 at exactly 0.69
    ];
    expect(markRedundant(rules)).toEqual([false, true, false, true, false, false, false, true]);
  });

  it('does not take a rule for a generalisation of itself or of a rule with other items', () => {
    // {1, 2} → 9 twice (a duplicate is not a proper subset); {1, 3} is not a subset of {1, 2, 4}
    expect(markRedundant([rule([1, 2], 9, 0.5), rule([1, 2], 9, 0.5), rule([1, 3], 9, 0.9), rule([1, 2, 4], 9, 0.6)])).toEqual([false, false, false, false]);
  });

  it('finds a generalisation several items shorter, through left sides no rule has', () => {
    // {3, 7} ⊂ {1, …, 8}; {3} → 9 is not a rule, so the walk passes {3} on its way to {3, 7}
    const long = [1, 2, 3, 4, 5, 6, 7, 8];
    expect(markRedundant([rule([3, 7], 9, 0.95), rule(long, 9, 0.9), rule(long, 4, 0.9)])).toEqual([false, true, false]);
    expect(markRedundant([rule([3, 7], 9, 0.85), rule(long, 9, 0.9)])).toEqual([false, false]);
  });
});
