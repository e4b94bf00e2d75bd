import { describe, expect, it } from 'vitest';
import type { GroupSummary } from '../../../src/handin/format';
import { mergeHandIns } from '../../../src/trainer/group/merge';
import { poolInputs, runPool } from '../../../src/trainer/group/pool';
import { judgeDroppedFile } from '../../../src/trainer/group/readHandIn';
import type { GroupDeclaration, PoolInput } from '../../../src/workbook/contract';
import { counterExercise, dropped, handIn, section } from './groupFixtures';

/** A test-only declaration: pools the answers of every team into one count, as Kano pools a survey. */
function countingDeclaration(seen: PoolInput<unknown>[][] = []): () => Promise<GroupDeclaration<unknown>> {
  return async () => ({
    summarize: () => ({ sections: [] }),
    pool: (inputs) => {
      seen.push([...inputs]);
      const answers = inputs.reduce((sum, input) => sum + (input.rows.answers?.length ?? 0), 0);
      return answers === 0 ? null : { sections: [section('answers', [['count', { kind: 'number', value: answers }]])] } satisfies GroupSummary;
    },
  });
}

const rows = (count: number) => ({ answers: { fileName: 'answers.csv', rows: Array.from({ length: count }, (_, index) => ({ respondent: `r${index}`, score: index })) } });

const teams = mergeHandIns(
  [
    dropped('1.json', handIn('Команда 1', '2025-03-01T10:00:00.000Z', [], { rows: rows(3) })),
    dropped('2.json', handIn('Команда 2', '2025-03-01T10:00:00.000Z')),
    dropped('3.json', handIn('Команда 3', '2025-03-01T10:00:00.000Z', [], { rows: rows(2) })),
  ].map((file) => judgeDroppedFile(file, [counterExercise], 'ru')),
).current;

describe('the pooled column: only the teams that handed in their rows', () => {
  it('gives the pool each such team’s state and rows by dataset id', () => {
    const inputs = poolInputs(teams);
    expect(inputs).toHaveLength(2);
    expect(inputs[0]).toEqual({ state: { n: 1 }, rows: { answers: rows(3).answers.rows } });
  });

  it('says how many teams were pooled', async () => {
    const seen: PoolInput<unknown>[][] = [];
    const outcome = await runPool(countingDeclaration(seen), teams);
    expect(outcome).toEqual({ status: 'ready', teams: 2, summary: { sections: [section('answers', [['count', { kind: 'number', value: 5 }]])] } });
    expect(seen).toHaveLength(1);
  });

  it('has no column when no team handed in rows, the exercise pools nothing, or declares nothing', async () => {
    const seen: PoolInput<unknown>[][] = [];
    expect(await runPool(countingDeclaration(seen), teams.slice(1, 2))).toEqual({ status: 'none' });
    expect(seen).toEqual([]);
    expect(await runPool(async () => ({ summarize: () => ({ sections: [] }) }), teams)).toEqual({ status: 'none' });
    expect(await runPool(undefined, teams)).toEqual({ status: 'none' });
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
