import type { GroupSummary } from '../../handin/format';
import type { GroupDeclaration, PoolInput } from '../../workbook/contract';
import type { TypedRow } from '../../data/import/types';
import type { TeamHandIn } from './merge';

/**
 * What each team gives the exercise's pool: its state (Kano's paper forms typed in are answers too, always in the
 * file) and its rows when it ticked them (an empty record when it did not).
 */
export function poolInputs(teams: readonly TeamHandIn[]): PoolInput<unknown>[] {
  return teams.map((team) => {
    const rows: Record<string, readonly TypedRow[]> = {};
    for (const [datasetId, dataset] of Object.entries(team.file.rows ?? {})) rows[datasetId] = dataset.rows;
    return { state: team.state, rows };
  });
}

export type PoolOutcome =
  /** No column: the exercise pools nothing, or no team handed in anything to pool. */
  | { status: 'none' }
  | { status: 'pending' }
  | { status: 'ready'; summary: GroupSummary; teams: number }
  | { status: 'failed'; reason: string };

/**
 * Runs the exercise's pool over the teams' answers. A team counts when its own answers pool to something (typed in,
 * handed-in rows, or both), so "all teams together" names how many teams are really in it. `onPooling` is told once
 * the exercise is known to pool, so a screen shows its waiting line only for a column that will come. Never throws:
 * an exercise's failure is shown, not a blank page.
 */
export async function runPool(load: (() => Promise<GroupDeclaration<unknown>>) | undefined, teams: readonly TeamHandIn[], onPooling?: () => void): Promise<PoolOutcome> {
  if (!load || teams.length === 0) return { status: 'none' };
  try {
    const declaration = await load();
    if (!declaration.pool) return { status: 'none' };
    onPooling?.();
    const contributing: PoolInput<unknown>[] = [];
    for (const input of poolInputs(teams)) if ((await declaration.pool([input])) !== null) contributing.push(input);
    if (contributing.length === 0) return { status: 'none' };
    const summary = await declaration.pool(contributing);
    return summary === null ? { status: 'none' } : { status: 'ready', summary, teams: contributing.length };
  } catch (error) {
    return { status: 'failed', reason: error instanceof Error ? error.message : String(error) };
  }
}
