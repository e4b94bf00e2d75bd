import { useEffect, useState } from 'react';
import type { AnyExercise } from '../../workbook/contract';
import type { ExerciseHandIns } from './merge';
import { runPool, type PoolOutcome } from './pool';

/**
 * The "all teams together" column of every exercise that pools answers, computed again whenever the hand-ins change.
 * An answer for hand-ins that have changed since is dropped: the column always matches the teams beside it.
 */
export function usePools(groups: readonly ExerciseHandIns[], registry: readonly AnyExercise[]): ReadonlyMap<string, PoolOutcome> {
  const [pools, setPools] = useState<ReadonlyMap<string, PoolOutcome>>(new Map());
  useEffect(() => {
    let live = true;
    const set = (exerciseId: string, outcome: PoolOutcome) => {
      if (live) setPools((current) => new Map(current).set(exerciseId, outcome));
    };
    for (const group of groups) {
      const exercise = registry.find((candidate) => candidate.id === group.exerciseId);
      if (!exercise?.group || group.teams.length === 0) continue;
      void runPool(exercise.group, group.teams, () => set(group.exerciseId, { status: 'pending' })).then((outcome) => set(group.exerciseId, outcome));
    }
    setPools(new Map());
    return () => {
      live = false;
    };
  }, [groups, registry]);
  return pools;
}
