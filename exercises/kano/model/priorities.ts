import type { KanoCategory } from './evaluation';
import type { FeatureResult } from './survey';

/**
 * What the category suggests doing, in the order of the priority list: first make sure nothing
 * customers take for granted is missing (its absence costs the most), then improve what satisfies in
 * proportion, then add what delights. The UI words each action (messages.ts, `priority.*`).
 */
export const PRIORITY_ACTIONS = [
  'secureMustBe',
  'improveOneDimensional',
  'addAttractive',
  'doNotInvest',
  'segmentFirst',
  'checkQuestion',
  'collectAnswers',
] as const;
export type PriorityAction = (typeof PRIORITY_ACTIONS)[number];

export const ACTION_BY_CATEGORY: Record<KanoCategory, PriorityAction> = {
  M: 'secureMustBe',
  O: 'improveOneDimensional',
  A: 'addAttractive',
  I: 'doNotInvest',
  R: 'segmentFirst',
  Q: 'checkQuestion',
};

export interface PriorityItem {
  featureId: string;
  action: PriorityAction;
  /** 1-based position in the list. */
  rank: number;
  category: KanoCategory | null;
  /** The runner-up category when the result is mixed (a gap under 6 points), else null. */
  borderlineWith: KanoCategory | null;
  /** Fong's test: the category is not significantly ahead of the runner-up. */
  notSignificant: boolean;
  better: number | null;
  worse: number | null;
}

/**
 * Within a group, the feature whose coefficient matters for that action comes first: for must-be the
 * dissatisfaction its absence causes (|Worse|), for one-dimensional both effects (Better + |Worse|),
 * for attractive the satisfaction it adds (Better). Other groups keep the feature list's order.
 */
function weightWithinGroup(action: PriorityAction, better: number | null, worse: number | null): number {
  const b = better ?? 0;
  const w = Math.abs(worse ?? 0);
  if (action === 'secureMustBe') return w;
  if (action === 'improveOneDimensional') return b + w;
  if (action === 'addAttractive') return b;
  return 0;
}

export function priorityList(results: readonly FeatureResult[]): PriorityItem[] {
  const items = results.map((result, listIndex) => {
    const classification = result.classification;
    if (classification.kind !== 'ok') {
      return { listIndex, weight: 0, item: { featureId: result.featureId, action: 'collectAnswers' as const, rank: 0, category: null, borderlineWith: null, notSignificant: false, better: null, worse: null } };
    }
    const action = ACTION_BY_CATEGORY[classification.category];
    const coefficients = classification.betterWorse.kind === 'ok' ? classification.betterWorse : null;
    const better = coefficients?.better ?? null;
    const worse = coefficients?.worse ?? null;
    return {
      listIndex,
      weight: weightWithinGroup(action, better, worse),
      item: {
        featureId: result.featureId,
        action,
        rank: 0,
        category: classification.category,
        borderlineWith: classification.mixed ? classification.second.category : null,
        notSignificant: !classification.fong.significant,
        better,
        worse,
      },
    };
  });
  items.sort(
    (left, right) =>
      PRIORITY_ACTIONS.indexOf(left.item.action) - PRIORITY_ACTIONS.indexOf(right.item.action) ||
      right.weight - left.weight ||
      left.listIndex - right.listIndex,
  );
  return items.map((entry, index) => ({ ...entry.item, rank: index + 1 }));
}
