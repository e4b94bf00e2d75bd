/**
 * Edits of the ordered rule list (state.segments.rules), each returning a new list and leaving the old one as it
 * was, so the step can write every change straight through to the stored state. A rule keeps its id through every
 * edit: targets and strategies are stored by it.
 */
import { moveRule } from '../../../src/customers/rfmSegments';
import type { CriterionId, SegmentCondition, SegmentRule } from '../state';

export { moveRule };

/**
 * An id no rule in the list has and no kept decision uses (`taken`: the keys of state.targets): "rule" and one
 * more than the highest number in use. A deleted rule's target stays in the state until the participant removes
 * it, so a new rule must not take its id and inherit its strategy.
 */
export function newRuleId(rules: readonly SegmentRule[], taken: Iterable<string> = []): string {
  const used = [...rules.map((rule) => rule.id), ...taken].map((id) => /^rule(\d+)$/.exec(id)?.[1]).filter((n): n is string => n !== undefined);
  const next = used.reduce((max, n) => Math.max(max, Number(n)), 0) + 1;
  return `rule${next}`;
}

/**
 * A new rule at the end, with one condition on `criterion` and no value ticked: it names nobody until the
 * participant ticks a value (a rule without conditions would take everyone left and empty "others" at a stroke).
 */
export function addRule(rules: readonly SegmentRule[], criterion: CriterionId, taken: Iterable<string> = []): SegmentRule[] {
  return [...rules, { id: newRuleId(rules, taken), name: null, conditions: [{ criterion, values: [] }] }];
}

export function removeRule(rules: readonly SegmentRule[], index: number): SegmentRule[] {
  return rules.filter((_, k) => k !== index);
}

/** The participant's name as typed; null gives the starter set's name (or "Segment n") back. */
export function renameRule(rules: readonly SegmentRule[], index: number, name: string | null): SegmentRule[] {
  return rules.map((rule, k) => (k === index ? { ...rule, name } : rule));
}

function changeConditions(rules: readonly SegmentRule[], index: number, change: (conditions: SegmentCondition[]) => SegmentCondition[]): SegmentRule[] {
  return rules.map((rule, k) => (k === index ? { ...rule, conditions: change(rule.conditions) } : rule));
}

/** A condition on the first of `offered` the rule does not use yet (the first offered when it uses them all), nothing ticked. */
export function addCondition(rules: readonly SegmentRule[], index: number, offered: readonly CriterionId[]): SegmentRule[] {
  return changeConditions(rules, index, (conditions) => {
    const criterion = offered.find((id) => !conditions.some((condition) => condition.criterion === id)) ?? offered[0];
    return criterion === undefined ? conditions : [...conditions, { criterion, values: [] }];
  });
}

export function removeCondition(rules: readonly SegmentRule[], index: number, conditionIndex: number): SegmentRule[] {
  return changeConditions(rules, index, (conditions) => conditions.filter((_, k) => k !== conditionIndex));
}

/** Another criterion for a condition: the ticked values belonged to the old one, so none is ticked. */
export function setConditionCriterion(rules: readonly SegmentRule[], index: number, conditionIndex: number, criterion: CriterionId): SegmentRule[] {
  return changeConditions(rules, index, (conditions) =>
    conditions.map((condition, k) => (k === conditionIndex && condition.criterion !== criterion ? { criterion, values: [] } : condition)),
  );
}

/** Ticks a value of a condition, or unticks it when it is ticked; the values keep the order they were ticked in. */
export function toggleValue(rules: readonly SegmentRule[], index: number, conditionIndex: number, value: string): SegmentRule[] {
  return changeConditions(rules, index, (conditions) =>
    conditions.map((condition, k) => {
      if (k !== conditionIndex) return condition;
      const values = condition.values.includes(value) ? condition.values.filter((v) => v !== value) : [...condition.values, value];
      return { ...condition, values };
    }),
  );
}

/** The conditions of a rule that have no value ticked: each alone makes the rule name nobody. */
export function emptyConditions(rule: SegmentRule): number[] {
  return rule.conditions.flatMap((condition, k) => (condition.values.length === 0 ? [k] : []));
}
