import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n/translate';
import { createFormatters } from '../../../src/i18n/format';
import type { MinedRules } from '../../../exercises/promo-product/analysis/rulesAnalysis';
import type { AssociationRule } from '../../../exercises/promo-product/model/mining';
import { rulesMessages } from '../../../exercises/promo-product/messages/rules';
import { rulesReading, rulesToSay } from '../../../exercises/promo-product/steps/rules/rulesReading';
import { rulesWithItem, visibleRules } from '../../../exercises/promo-product/steps/rules/ruleText';

const rule = (antecedent: number[], consequent: number, confidence: number, lift: number): AssociationRule => ({ antecedent, consequent, confidence, lift, count: 10, antecedentCount: 20, consequentCount: 30, support: 0.01 });
// Items: pasta 0, sauce 1, cheese 2, beer 3.
const items = ['pasta', 'sauce', 'cheese', 'beer'];
const rules = [rule([0], 1, 0.45, 9), rule([1], 0, 0.6, 9), rule([0, 2], 1, 0.5, 8), rule([3], 2, 0.3, 2)];
const format = createFormatters('en', 'USD');
const tools = { t: translator(rulesMessages, 'en'), percent: (share: number, decimals = 0) => format.percent(share, decimals), number: (value: number) => format.number(value, 1), name: (label: string) => label };

describe('the rules reading', () => {
  it('says the strongest rules once per set of products, as sentences', () => {
    // sauce → pasta is pasta → sauce read backwards: skipped.
    expect(rulesToSay(rules)).toEqual([rules[0], rules[2], rules[3]]);
    const mined: MinedRules = { receipts: 1000, multiItemReceipts: 800, items, rules, redundant: [false, false, false, false], outcome: { kind: 'rules' }, minCount: 5 };
    const reading = rulesReading(mined, rules, null, 5000, tools);
    expect(reading.sentences[0]).toBe('In 45% of receipts with pasta there is also sauce: 9 times as often as in an average receipt.');
    expect(reading.sentences[1]).toBe('In 50% of receipts with pasta and cheese there is also sauce: 8 times as often as in an average receipt.');
    expect(reading.sentences).toContain('4 rules were found in all.');
    expect(reading.caution).toBeNull();
    expect(rulesReading({ ...mined, outcome: { kind: 'tooMany' } }, rules, null, 5000, tools).caution).toBe('There are more than 5,000 rules; not all are shown, nor necessarily the strongest: raise the thresholds.');
  });

  it('says what to lower when nothing passes', () => {
    const mined: MinedRules = { receipts: 1000, multiItemReceipts: 800, items, rules: [], redundant: [], outcome: { kind: 'none', suggestion: { bestPairSupport: 0.0031, bestConfidence: null, bestLift: null } }, minCount: 50 };
    expect(rulesReading(mined, [], null, 5000, tools).sentences).toEqual(['There are no rules at the chosen thresholds. The most common pair of products is in 0.31% of receipts; lower the minimum support to that.']);
  });
});

describe('rule filters', () => {
  it('finds a product on either side, the left or the right, and hides redundant rules on request', () => {
    expect(rulesWithItem(rules, 2, 'either')).toEqual([rules[2], rules[3]]);
    expect(rulesWithItem(rules, 2, 'left')).toEqual([rules[2]]);
    expect(rulesWithItem(rules, 2, 'right')).toEqual([rules[3]]);
    expect(visibleRules(rules, [false, false, true, false], true)).toEqual([rules[0], rules[1], rules[3]]);
    expect(visibleRules(rules, [false, false, true, false], false)).toHaveLength(4);
  });
});
