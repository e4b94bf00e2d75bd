import type { PlanEntry, PlanTarget } from '../../state';

/** One entry per target: the id is derived from it, so the same dimension or item never gets two rows. */
export function planEntryId(target: PlanTarget): string {
  return target.kind === 'dimension' ? `dimension:${target.dimension}` : `item:${target.item}`;
}

export function findPlanEntry(plan: readonly PlanEntry[], target: PlanTarget): PlanEntry | null {
  const id = planEntryId(target);
  return plan.find((entry) => entry.id === id) ?? null;
}

export type PlanChange = Partial<Pick<PlanEntry, 'action' | 'owner' | 'deadline'>>;

export function withPlanChange(plan: readonly PlanEntry[], target: PlanTarget, change: PlanChange): PlanEntry[] {
  const id = planEntryId(target);
  if (plan.some((entry) => entry.id === id)) return plan.map((entry) => (entry.id === id ? { ...entry, ...change } : entry));
  return [...plan, { id, target, action: '', owner: '', deadline: null, ...change }];
}
