import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { exercises } from '../../../exercises';
import { defineExercise, type AnyExercise } from '../../../src/workbook/contract';
import { ambiguousKinds, defineResultKind, offerResult, readResult } from '../../../src/workbook/results';
import { exerciseEntry } from '../../builders';

/** A program's economics as a producer offers them; a reader declares the same kind (in a module neither owns). */
const economics = defineResultKind({ id: 'test/economics', version: 1, schema: z.object({ members: z.number(), rewardRate: z.number() }) });

interface ProducerState {
  members: number | null;
  rewardRate: number;
}

const producer = defineExercise<ProducerState>({
  id: 'producer',
  order: 1,
  title: { ru: 'П', en: 'P', zh: 'P' },
  summary: { ru: '', en: '', zh: '' },
  inputs: [],
  state: {
    version: 2,
    schema: z.object({ members: z.nullable(z.number()), rewardRate: z.number() }),
    blank: () => ({ members: null, rewardRate: 0 }),
    demo: () => ({ members: 1000, rewardRate: 3 }),
  },
  steps: [{ id: 'figures', title: { ru: 'Ц', en: 'F', zh: 'F' }, component: () => null, done: () => false }],
  toSheets: () => [],
  // Not filled far enough while the members are not entered.
  results: [offerResult(economics, (state: ProducerState) => (state.members === null ? null : { members: state.members, rewardRate: state.rewardRate }))],
});

const registry: readonly AnyExercise[] = [producer];
const stored = (state: unknown, stateVersion = 2) => ({ producer: exerciseEntry({ state, stateVersion, updatedAt: '2026-12-01T10:00:00.000Z' }) });

describe('one exercise reads another’s results through the registry, never its internals', () => {
  it('reads a filled result with the time it was last changed', () => {
    expect(readResult(economics, registry, stored({ members: 250, rewardRate: 5 }))).toEqual({
      status: 'ready',
      exerciseId: 'producer',
      value: { members: 250, rewardRate: 5 },
      updatedAt: '2026-12-01T10:00:00.000Z',
    });
  });

  it('reads "not filled yet", with the producer to link to, whenever there is nothing usable', () => {
    const notFilled = { status: 'notFilled', exerciseId: 'producer' };
    // Never opened: the demo it would open with is not the participant's result.
    expect(readResult(economics, registry, {})).toEqual(notFilled);
    // Opened, not filled far enough.
    expect(readResult(economics, registry, stored({ members: null, rewardRate: 5 }))).toEqual(notFilled);
    // A stored state this version cannot read (a newer version, a broken value).
    expect(readResult(economics, registry, stored({ members: 250, rewardRate: 5 }, 3))).toEqual(notFilled);
    expect(readResult(economics, registry, stored({ members: 'many' }))).toEqual(notFilled);
  });

  it('reads "not filled yet" when producer and reader disagree on the kind’s version or shape', () => {
    const newer = defineResultKind({ ...economics, version: 2 });
    expect(readResult(newer, registry, stored({ members: 250, rewardRate: 5 }))).toEqual({ status: 'notFilled', exerciseId: 'producer' });
    const narrower = defineResultKind({ ...economics, schema: z.object({ members: z.number().check(z.maximum(100)), rewardRate: z.number() }) });
    expect(readResult(narrower, registry, stored({ members: 250, rewardRate: 5 })).status).toBe('notFilled');
  });

  it('reads "none" when no exercise offers the kind', () => {
    const other = defineResultKind({ id: 'test/other', version: 1, schema: z.number() });
    expect(readResult(other, registry, stored({ members: 250, rewardRate: 5 }))).toEqual({ status: 'none' });
  });

  it('finds a kind offered twice, and the workbook’s registry offers each kind once', () => {
    expect(ambiguousKinds([producer, { ...producer, id: 'twin' }])).toEqual(['test/economics']);
    expect(ambiguousKinds(exercises)).toEqual([]);
  });
});

describe('useResult', () => {
  it('reads through the registry the app provides, and follows the producer’s progress', async () => {
    const { act, renderHook } = await import('@testing-library/react');
    const { createElement } = await import('react');
    const { useWorkbookStore } = await import('../../../src/store/workbookStore');
    const { ExerciseRegistry, useResult } = await import('../../../src/workbook/useResult');
    const wrapper = ({ children }: { children: React.ReactNode }) => createElement(ExerciseRegistry.Provider, { value: registry }, children);
    act(() => useWorkbookStore.setState({ exercises: {} }));
    const { result } = renderHook(() => useResult(economics), { wrapper });
    expect(result.current.status).toBe('notFilled');
    act(() => useWorkbookStore.getState().writeExerciseState('producer', 2, { members: 40, rewardRate: 2 }, 'blank'));
    expect(result.current).toMatchObject({ status: 'ready', value: { members: 40, rewardRate: 2 } });
    // Without a registry (a step rendered on its own), nothing offers anything.
    expect(renderHook(() => useResult(economics)).result.current).toEqual({ status: 'none' });
  });
});
