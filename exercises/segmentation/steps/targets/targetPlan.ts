/**
 * The target plan as the step, its reading and the export see it: which segments exist now, what the participant
 * decided for each, and what they decided for segments that no longer exist (a rule deleted, the mode switched).
 * Those stay in the state, untouched, until the participant removes them.
 */
import type { SegmentationFigures } from '../../analysis/segmentationAnalysis';
import type { SegmentationNames } from '../../content/names';
import { isStarterRuleId, type StarterRuleId } from '../../content/starterRules';
import { OTHERS_KEY, crossValues } from '../../model/segments';
import { segmentMetrics, type SegmentMetrics, type SegmentProfile } from '../../model/profile';
import type { CriterionId, SegmentTarget, SegmentationState } from '../../state';

export const EMPTY_TARGET: SegmentTarget = { target: false, strategy: null, offer: '', owner: '', goal: '' };

/** What a target still lacks for the plan to be acted on. */
export const PLAN_PARTS = ['strategy', 'offer', 'owner'] as const;
export type PlanPart = (typeof PLAN_PARTS)[number];

export interface PlannedSegment {
  key: string;
  target: SegmentTarget;
  /** null while the figures are not there (no sales, the analysis still running or failed). */
  profile: SegmentProfile | null;
  metrics: SegmentMetrics | null;
}

/**
 * The segments that exist now, in segment order. Rules: the rules then "others", known from the state alone, so a
 * rule just added has its card before the figures come back. Cross-tab: the cells holding customers, known only
 * from the figures; null until they are there.
 */
export function currentSegmentKeys(state: SegmentationState, figures: SegmentationFigures | null): string[] | null {
  if (state.segments.mode === 'rules') return [...state.segments.rules.map((rule) => rule.id), OTHERS_KEY];
  return figures === null ? null : figures.segments.map((segment) => segment.key);
}

/**
 * The segments in segment order with their decisions and figures. While the cross-tab's cells are unknown, the
 * saved decisions stand for them, so none is hidden.
 */
export function plannedSegments(state: SegmentationState, figures: SegmentationFigures | null): PlannedSegment[] {
  const keys = currentSegmentKeys(state, figures) ?? Object.keys(state.targets).filter((key) => hasDecision(state.targets[key] ?? EMPTY_TARGET));
  return keys.map((key) => {
    const profile = figures?.segments.find((segment) => segment.key === key) ?? null;
    return { key, target: state.targets[key] ?? EMPTY_TARGET, profile, metrics: profile && figures ? segmentMetrics(profile, figures.total) : null };
  });
}

/** Something the participant wrote or chose: an untouched entry is not worth keeping on the list. */
export function hasDecision(target: SegmentTarget): boolean {
  return target.target || target.strategy !== null || target.offer.trim() !== '' || target.owner.trim() !== '' || target.goal.trim() !== '';
}

/**
 * Decisions saved for segments that are not among the current ones. While the cross-tab's cells are unknown
 * (figures not there yet) nothing is called vanished: it may just be loading.
 */
export function keptTargets(state: SegmentationState, figures: SegmentationFigures | null): { key: string; target: SegmentTarget }[] {
  const keys = currentSegmentKeys(state, figures);
  if (keys === null) return [];
  const current = new Set(keys);
  return Object.entries(state.targets)
    .filter(([key, target]) => !current.has(key) && hasDecision(target))
    .map(([key, target]) => ({ key, target }));
}

export function missingParts(target: SegmentTarget): PlanPart[] {
  return PLAN_PARTS.filter((part) => (part === 'strategy' ? target.strategy === null : target[part].trim() === ''));
}

export function withTarget(state: SegmentationState, key: string, patch: Partial<SegmentTarget>): SegmentationState {
  return { ...state, targets: { ...state.targets, [key]: { ...(state.targets[key] ?? EMPTY_TARGET), ...patch } } };
}

export function withoutTarget(state: SegmentationState, key: string): SegmentationState {
  const { [key]: _removed, ...rest } = state.targets;
  return { ...state, targets: rest };
}

/**
 * A kept decision's segment by name: a rule or a cell the state still describes (the mode was switched) by its
 * name, a deleted starter rule by the starter's name, anything else by its key in `deleted` (its own name went with it).
 */
export function keptSegmentName(
  key: string,
  state: SegmentationState,
  names: SegmentationNames,
  bounds: Partial<Record<CriterionId, readonly number[] | null>>,
  starterName: (id: StarterRuleId) => string,
  deleted: (key: string) => string,
): string {
  const { rules, crossTab } = state.segments;
  const cell = crossValues(key);
  if (key === OTHERS_KEY || rules.some((rule) => rule.id === key) || (cell !== null && crossTab.rows !== null && crossTab.columns !== null)) return names.segment(key, bounds);
  if (isStarterRuleId(key)) return starterName(key);
  return deleted(key);
}
