import type { SegmentRule } from '../state';

/**
 * The rules every segmentation starts from: they use only what any sales file gives (ABC class, life-cycle stage),
 * so they name customers before a customer list is there. Order matters (first match wins): the slipping key
 * customers are caught before "key customers" would take them. Names come from messages/segments.ts by id until
 * the participant renames a rule.
 */
export const STARTER_RULES: readonly SegmentRule[] = [
  { id: 'keyAtRisk', name: null, conditions: [{ criterion: 'abc', values: ['A', 'B'] }, { criterion: 'stage', values: ['lapsing'] }] },
  { id: 'key', name: null, conditions: [{ criterion: 'abc', values: ['A'] }] },
  { id: 'newcomers', name: null, conditions: [{ criterion: 'stage', values: ['firstTime'] }] },
  { id: 'core', name: null, conditions: [{ criterion: 'abc', values: ['B'] }] },
  { id: 'fading', name: null, conditions: [{ criterion: 'stage', values: ['lapsing'] }] },
];

export type StarterRuleId = 'keyAtRisk' | 'key' | 'newcomers' | 'core' | 'fading';

export const isStarterRuleId = (id: string): id is StarterRuleId => STARTER_RULES.some((rule) => rule.id === id);

export function starterRules(): SegmentRule[] {
  return STARTER_RULES.map((rule) => ({ ...rule, conditions: rule.conditions.map((condition) => ({ ...condition, values: [...condition.values] })) }));
}
