import type { Mechanic } from '../../../../src/results/incentiveMechanics';
import type { ProgramType } from '../../../../src/results/programTypes';
import type { DesignMechanic, ProgramDesignState } from '../../state';

/** The list holds at most this many (the state's schema limit). */
export const MAX_MECHANICS = 20;

/**
 * A new id none of `taken` has: time-based, so an id deleted earlier (and perhaps still named in a draft or an
 * undo) is not given to another mechanic later.
 */
export function newMechanicId(taken: readonly string[], now: number): string {
  const base = `m${now.toString(36)}`;
  let id = base;
  for (let n = 1; taken.includes(id); n++) id = `${base}-${n}`;
  return id;
}

/** A mechanic of a type with nothing decided yet. */
export function blankMechanic(type: ProgramType, id: string): DesignMechanic {
  return { id, type, rewardRate: null, threshold: null, expiryMonths: null, rules: '' };
}

/** The incentives exercise's mechanics as this design's own: copies with new ids, the parameters as they were. */
export function takeMechanics(offered: readonly Mechanic[], now: number): DesignMechanic[] {
  const taken: DesignMechanic[] = [];
  for (const mechanic of offered.slice(0, MAX_MECHANICS)) taken.push({ ...mechanic, id: newMechanicId(taken.map((each) => each.id), now) });
  return taken;
}

/**
 * Whether the incentives exercise still offers what the design took from it: the same mechanics with the same
 * parameters, compared with the copy kept when they were taken, so that the participant's tuning here does not
 * count as a change. Progress from before that copy was kept compares the types of the design's own list, in order.
 */
export function stillOffered(mechanics: Pick<ProgramDesignState['mechanics'], 'chosen' | 'taken'>, offered: readonly Mechanic[]): boolean {
  const { chosen, taken } = mechanics;
  if (taken === null) return chosen.length === offered.length && chosen.every((mechanic, index) => mechanic.type === offered[index]?.type);
  const now = offered.slice(0, MAX_MECHANICS);
  return taken.length === now.length && taken.every((mechanic, index) => sameMechanic(mechanic, now[index]));
}

function sameMechanic(a: Mechanic, b: Mechanic | undefined): boolean {
  return b !== undefined && a.type === b.type && a.rewardRate === b.rewardRate && a.threshold === b.threshold && a.expiryMonths === b.expiryMonths && a.rules === b.rules;
}

/** The list with the mechanic at `index` moved one place up (-1) or down (+1); unchanged at either end. */
export function moveMechanic<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return [...list];
  const next = [...list];
  // Cast: both indexes were checked to lie inside the list.
  [next[index], next[to]] = [next[to] as T, next[index] as T];
  return next;
}
