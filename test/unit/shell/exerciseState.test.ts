import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { readExerciseState } from '../../../src/workbook/exerciseState';
import type { ExerciseStateDefinition } from '../../../src/workbook/contract';
import type { ExerciseEntry } from '../../../src/store/schema';
import { exerciseEntry } from '../../builders';

const schema = z.object({ price: z.nullable(z.number()), notes: z.string() });
type State = z.infer<typeof schema>;

const definition: ExerciseStateDefinition<State> = {
  version: 2,
  schema,
  blank: () => ({ price: null, notes: '' }),
  demo: () => ({ price: 100, notes: 'demo' }),
  // Version 1 kept the price as text.
  migrate: (stored, fromVersion) => {
    if (fromVersion !== 1) throw new Error(`cannot migrate from ${fromVersion}`);
    const old = stored as { price: string; notes: string };
    return { price: Number(old.price), notes: old.notes };
  },
};

function entry(state: unknown, stateVersion = 2, startedFrom: ExerciseEntry['startedFrom'] = 'demo'): ExerciseEntry {
  return exerciseEntry({ stateVersion, state, startedFrom, updatedAt: '2026-11-01T00:00:00Z' });
}

describe('readExerciseState', () => {
  it('opens with the demo when nothing is stored', () => {
    expect(readExerciseState(definition, undefined, 'ru')).toEqual({ state: { price: 100, notes: 'demo' }, source: 'demo', problem: null });
  });

  it('returns a valid stored state as it is', () => {
    expect(readExerciseState(definition, entry({ price: 5, notes: 'mine' }), 'ru')).toMatchObject({ state: { price: 5, notes: 'mine' }, problem: null });
  });

  it('migrates an older version with the exercise’s own migration', () => {
    expect(readExerciseState(definition, entry({ price: '7', notes: 'old' }, 1), 'ru').state).toEqual({ price: 7, notes: 'old' });
  });

  it('flags a state that fails the schema and falls back to where the user started', () => {
    expect(readExerciseState(definition, entry({ price: 'ten' }), 'ru')).toMatchObject({ problem: 'invalid', state: { price: 100 } });
    expect(readExerciseState(definition, entry({ price: 'ten' }, 2, 'blank'), 'ru')).toMatchObject({ problem: 'invalid', state: { price: null } });
  });

  it('flags a newer version and a failing migration', () => {
    expect(readExerciseState(definition, entry({ price: 1, notes: '' }, 3), 'ru').problem).toBe('newer-version');
    expect(readExerciseState(definition, entry({ price: 1, notes: '' }, 0), 'ru').problem).toBe('migration-failed');
  });
});
