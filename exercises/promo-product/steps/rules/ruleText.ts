import type { AssociationRule } from '../../model/mining';

/** How a rule's sides are named on screen, in print and in the export: items through the step's naming rule. */
export interface RuleNames {
  antecedent: string;
  consequent: string;
}

/** A left side of several products joins them with the language's "and"; `name` is useItemName's (or the export's) rule. */
export function ruleNames(rule: AssociationRule, items: readonly string[], name: (label: string) => string, and: string): RuleNames {
  const label = (item: number) => name(items[item] ?? '');
  return { antecedent: rule.antecedent.map(label).join(and), consequent: label(rule.consequent) };
}

/** The rules the participant sees: redundant ones out when they asked for it. */
export function visibleRules(rules: readonly AssociationRule[], redundant: readonly boolean[], hideRedundant: boolean): AssociationRule[] {
  return hideRedundant ? rules.filter((_, index) => !redundant[index]) : [...rules];
}

export const RULE_SIDES = ['either', 'left', 'right'] as const;
export type RuleSide = (typeof RULE_SIDES)[number];

/** "Rules with X on either side / on the left / on the right": what users of rule tools ask for most. */
export function rulesWithItem(rules: readonly AssociationRule[], item: number, side: RuleSide): AssociationRule[] {
  return rules.filter((rule) => {
    const left = rule.antecedent.includes(item);
    const right = rule.consequent === item;
    return side === 'left' ? left : side === 'right' ? right : left || right;
  });
}
