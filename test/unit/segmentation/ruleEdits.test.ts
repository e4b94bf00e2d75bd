import { describe, expect, it } from 'vitest';
import { addCondition, addRule, emptyConditions, moveRule, newRuleId, removeCondition, removeRule, renameRule, setConditionCriterion, toggleValue } from '../../../exercises/segmentation/model/ruleEdits';
import { starterRules } from '../../../exercises/segmentation/content/starterRules';
import type { SegmentRule } from '../../../exercises/segmentation/state';

const rules = (): SegmentRule[] => [
  { id: 'key', name: null, conditions: [{ criterion: 'abc', values: ['A'] }] },
  { id: 'rule2', name: 'Юг', conditions: [{ criterion: 'region', values: ['Юг'] }, { criterion: 'stage', values: [] }] },
  { id: 'rule7', name: null, conditions: [] },
];

describe('rule list edits', () => {
  it('gives a new rule an id one past the highest "rule<n>" in use, and a fresh list "rule1"', () => {
    expect(newRuleId(rules())).toBe('rule8');
    expect(newRuleId(starterRules())).toBe('rule1');
    // A deleted rule8 whose target decision is still kept: a new rule must not inherit it.
    expect(newRuleId(rules(), ['rule8', 'x:A|B'])).toBe('rule9');
  });

  it('adds a rule at the end with one condition and nothing ticked, leaving the old list as it was', () => {
    const before = rules();
    const after = addRule(before, 'channel');
    expect(after).toHaveLength(4);
    expect(after[3]).toEqual({ id: 'rule8', name: null, conditions: [{ criterion: 'channel', values: [] }] });
    expect(before).toHaveLength(3);
  });

  it('removes, renames and moves a rule by its place', () => {
    expect(removeRule(rules(), 1).map((rule) => rule.id)).toEqual(['key', 'rule7']);
    expect(renameRule(rules(), 0, 'Крупные')[0]?.name).toBe('Крупные');
    expect(renameRule(rules(), 1, null)[1]?.name).toBeNull();
    expect(moveRule(rules(), 2, -1).map((rule) => rule.id)).toEqual(['key', 'rule7', 'rule2']);
    expect(moveRule(rules(), 0, 1).map((rule) => rule.id)).toEqual(['rule2', 'key', 'rule7']);
    // At an end nothing moves.
    expect(moveRule(rules(), 0, -1).map((rule) => rule.id)).toEqual(['key', 'rule2', 'rule7']);
  });

  it('adds a condition on the first offered criterion the rule does not use yet', () => {
    expect(addCondition(rules(), 0, ['abc', 'stage', 'region'])[0]?.conditions).toEqual([
      { criterion: 'abc', values: ['A'] },
      { criterion: 'stage', values: [] },
    ]);
    // Every offered criterion used: the first one again (the participant changes it in its select).
    expect(addCondition(rules(), 0, ['abc'])[0]?.conditions.map((condition) => condition.criterion)).toEqual(['abc', 'abc']);
    expect(addCondition(rules(), 0, [])[0]?.conditions).toHaveLength(1);
  });

  it('removes a condition and clears the ticks when its criterion changes', () => {
    expect(removeCondition(rules(), 1, 0)[1]?.conditions).toEqual([{ criterion: 'stage', values: [] }]);
    expect(setConditionCriterion(rules(), 1, 0, 'channel')[1]?.conditions[0]).toEqual({ criterion: 'channel', values: [] });
    // The same criterion again keeps what is ticked.
    expect(setConditionCriterion(rules(), 1, 0, 'region')[1]?.conditions[0]).toEqual({ criterion: 'region', values: ['Юг'] });
  });

  it('ticks a value, and unticks it on the second toggle', () => {
    const once = toggleValue(rules(), 0, 0, 'B');
    expect(once[0]?.conditions[0]?.values).toEqual(['A', 'B']);
    expect(toggleValue(once, 0, 0, 'A')[0]?.conditions[0]?.values).toEqual(['B']);
    // "Not given" is a value like any other.
    expect(toggleValue(rules(), 1, 1, '')[1]?.conditions[1]?.values).toEqual(['']);
    // Other rules are the same objects: nothing else changed.
    const before = rules();
    expect(toggleValue(before, 0, 0, 'B')[1]).toBe(before[1]);
  });

  it('finds the conditions with nothing ticked', () => {
    const [key, south, all] = rules();
    expect(emptyConditions(key as SegmentRule)).toEqual([]);
    expect(emptyConditions(south as SegmentRule)).toEqual([1]);
    expect(emptyConditions(all as SegmentRule)).toEqual([]);
  });
});
