import { describe, expect, it } from 'vitest';
import type { GroupSummary } from '../../../src/handin/format';
import { mergeHandIns } from '../../../src/trainer/group/merge';
import { poolInputs, runPool } from '../../../src/trainer/group/pool';
import { judgeDroppedFile } from '../../../src/trainer/group/readHandIn';
import type { GroupDeclaration, PoolInput } from '../../../src/workbook/contract';
import { exerciseEntry } from '../../builders';
import { counterExercise, dropped, handIn, section } from './groupFixtures';

/**
 * A test-only declaration: pools every team's answers into one count, as Kano pools a survey: the answers typed in
 * (the state's n, as Kano's paper forms live in its state) and the rows handed in.
 */
function countingDeclaration(seen: PoolInput<unknown>[][] = []): () => Promise<GroupDeclaration<unknown>> {
  return async () => ({
    summarize: () => ({ sections: [] }),
    pool: (inputs) => {
      seen.push([...inputs]);
      // Cast: the counter exercise's state, as its schema read it from the file.
      const answers = inputs.reduce((sum, input) => sum + (input.state as { n: number }).n + (input.rows.answers?.length ?? 0), 0);
      return answers === 0 ? null : { sections: [section('answers', [['count', { kind: 'number', value: answers }]])] } satisfies GroupSummary;
    },
  });
}

const rows = (count: number) => ({ answers: { fileName: 'answers.csv', rows: Array.from({ length: count }, (_, index) => ({ respondent: `r${index}`, score: index })) } });

const teams = mergeHandIns(
  [
    dropped('1.json', handIn('Команда 1', '2025-03-01T10:00:00.000Z', [], { rows: rows(3) })),
    dropped('2.json', handIn('Команда 2', '2025-03-01T10:00:00.000Z', [], { entry: exerciseEntry({ stateVersion: 2, state: { n: 0 } }) })),
    dropped('3.json', handIn('Команда 3', '2025-03-01T10:00:00.000Z', [], { rows: rows(2) })),
    // Answers typed in only (n = 1), no rows ticked: still answers to pool.
    dropped('4.json', handIn('Команда 4', '2025-03-01T10:00:00.000Z')),
  ].map((file) => judgeDroppedFile(file, [counterExercise], 'ru')),
).current;

describe('the pooled column: every team with answers to pool, typed in or handed in as rows', () => {
  it('gives the pool each team’s state and its rows by dataset id (none when not ticked)', () => {
    const inputs = poolInputs(teams);
    expect(inputs).toHaveLength(4);
    expect(inputs[0]).toEqual({ state: { n: 1 }, rows: { answers: rows(3).answers.rows } });
    expect(inputs[1]).toEqual({ state: { n: 0 }, rows: {} });
    expect(inputs[3]).toEqual({ state: { n: 1 }, rows: {} });
  });

  it('pools the teams that have answers and says how many', async () => {
    const seen: PoolInput<unknown>[][] = [];
    const outcome = await runPool(countingDeclaration(seen), teams);
    // Team 1: 1 typed + 3 rows; team 2: nothing; team 3: 1 + 2; team 4: 1 typed → 8 answers of 3 teams.
    expect(outcome).toEqual({ status: 'ready', teams: 3, summary: { sections: [section('answers', [['count', { kind: 'number', value: 8 }]])] } });
    // Each team asked alone, then the three with answers together.
    expect(seen.map((inputs) => inputs.length)).toEqual([1, 1, 1, 1, 3]);
  });

  it('tells the screen it is pooling only once the exercise is known to pool', async () => {
    const told: string[] = [];
    await runPool(countingDeclaration(), teams, () => told.push('pooling'));
    await runPool(async () => ({ summarize: () => ({ sections: [] }) }), teams, () => told.push('not this one'));
    expect(told).toEqual(['pooling']);
  });

  it('has no column when no team has answers, the exercise pools nothing, or declares nothing', async () => {
    const seen: PoolInput<unknown>[][] = [];
    expect(await runPool(countingDeclaration(seen), teams.slice(1, 2))).toEqual({ status: 'none' });
    expect(seen.map((inputs) => inputs.length)).toEqual([1]);
    expect(await runPool(async () => ({ summarize: () => ({ sections: [] }) }), teams)).toEqual({ status: 'none' });
    expect(await runPool(undefined, teams)).toEqual({ status: 'none' });
    expect(await runPool(countingDeclaration(), [])).toEqual({ status: 'none' });
  });

  it('reports a pool that fails instead of throwing', async () => {
    const failing = async (): Promise<GroupDeclaration<unknown>> => ({
      summarize: () => ({ sections: [] }),
      pool: () => {
        throw new Error('нет столбца ответов');
      },
    });
    expect(await runPool(failing, teams)).toEqual({ status: 'failed', reason: 'нет столбца ответов' });
  });
});
