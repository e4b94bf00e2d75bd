import type { GroupSummary } from '../../handin/format';
import type { GroupDeclaration, PoolInput } from '../../workbook/contract';
import type { TypedRow } from '../../data/import/types';
import type { TeamHandIn } from './merge';

/** What the teams that handed in their raw rows give the exercise's pool: the others have nothing to pool. */
export function poolInputs(teams: readonly TeamHandIn[]): PoolInput<unknown>[] {
  const inputs: PoolInput<unknown>[] = [];
  for (const team of teams) {
    const handed = team.file.rows;
    if (!handed || Object.keys(handed).length === 0) continue;
    const rows: Record<string, readonly TypedRow[]> = {};
    for (const [datasetId, dataset] of Object.entries(handed)) rows[datasetId] = dataset.rows;
    inputs.push({ state: team.state, rows });
  }
  return inputs;
}

export type PoolOutcome =
  /** No column: the exercise pools nothing, or no team handed in its rows, or the pool found nothing in them. */
  | { status: 'none' }
  | { status: 'pending' }
  | { status: 'ready'; summary: GroupSummary; teams: number }
  | { status: 'failed'; reason: string };

/** Runs the exercise's pool over the teams' rows. Never throws: an exercise's failure is shown, not a blank page. */
export async function runPool(load: (() => Promise<GroupDeclaration<unknown>>) | undefined, teams: readonly TeamHandIn[]): Promise<PoolOutcome> {
  if (!load) return { status: 'none' };
  const inputs = poolInputs(teams);
  if (inputs.length === 0) return { status: 'none' };
  try {
    const declaration = await load();
    if (!declaration.pool) return { status: 'none' };
    const summary = await declaration.pool(inputs);
    return summary === null ? { status: 'none' } : { status: 'ready', summary, teams: inputs.length };
  } catch (error) {
    return { status: 'failed', reason: error instanceof Error ? error.message : String(error) };
  }
}
