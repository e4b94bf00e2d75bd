import type { LocalizedText } from '../../i18n/locale';
import type { AnyExercise } from '../../workbook/contract';
import { alignSummaries, type AlignedSection, type ExerciseHandIns } from './merge';
import type { PoolOutcome } from './pool';

/** One exercise as the trainer sees it: its teams' tables side by side, with the pooled column when there is one. */
export interface ExerciseComparison {
  exerciseId: string;
  title: LocalizedText;
  hands: ExerciseHandIns;
  /** False for an exercise that declares nothing to compare: its teams are listed with their hand-in times only. */
  declared: boolean;
  /** One column per team (in `hands.teams`' order), then the pooled one when `pooledTeams` is set. */
  sections: AlignedSection[];
  /** How many teams' rows the last column pools; null when there is no such column. */
  pooledTeams: number | null;
  pool: PoolOutcome;
}

/** The screen's and the export's view of the hand-ins, so both show the same tables. Pure. */
export function compareExercises(groups: readonly ExerciseHandIns[], registry: readonly AnyExercise[], pools: ReadonlyMap<string, PoolOutcome>): ExerciseComparison[] {
  return groups.flatMap((hands) => {
    const exercise = registry.find((candidate) => candidate.id === hands.exerciseId);
    if (!exercise) return [];
    const declared = exercise.group !== undefined;
    const pool = pools.get(hands.exerciseId) ?? { status: 'none' };
    const summaries = hands.teams.map((team) => team.file.summary);
    const pooled = declared && pool.status === 'ready' ? pool : null;
    return [
      {
        exerciseId: hands.exerciseId,
        title: exercise.title,
        hands,
        declared,
        sections: declared ? alignSummaries(pooled ? [...summaries, pooled.summary] : summaries) : [],
        pooledTeams: pooled ? pooled.teams : null,
        pool,
      },
    ];
  });
}
