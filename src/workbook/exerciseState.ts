import type { ExerciseEntry } from '../store/schema';
import type { Locale } from '../i18n/locale';
import type { ExerciseStateDefinition } from './contract';

export type ExerciseStateProblem = 'newer-version' | 'migration-failed' | 'invalid';

export interface ExerciseStateRead<S> {
  state: S;
  /** 'demo' when the user has not entered anything yet. */
  source: 'stored' | 'demo';
  /** The stored value could not be used: the caller keeps it aside and the user starts fresh. */
  problem: ExerciseStateProblem | null;
}

/**
 * Turn what storage holds for one exercise into its typed state: migrate an older version with the
 * exercise's own `migrate`, then validate with its schema. Pure, so the rules are tested without a DOM.
 */
export function readExerciseState<S>(definition: ExerciseStateDefinition<S>, entry: ExerciseEntry | undefined, locale: Locale): ExerciseStateRead<S> {
  if (!entry) return { state: definition.demo(locale), source: 'demo', problem: null };
  // The fresh start replacing an unusable state is built only when asked for: most readers only want to know that
  // it is unusable (a restore's check, the home page's progress), and a demo is loaded only where it is shown.
  const unusable = (problem: ExerciseStateProblem): ExerciseStateRead<S> => ({
    get state() {
      return entry.startedFrom === 'blank' ? definition.blank() : definition.demo(locale);
    },
    source: 'stored',
    problem,
  });
  if (entry.stateVersion > definition.version) return unusable('newer-version');
  let candidate: unknown = entry.state;
  if (entry.stateVersion < definition.version) {
    if (!definition.migrate) return unusable('migration-failed');
    try {
      candidate = definition.migrate(entry.state, entry.stateVersion);
    } catch {
      return unusable('migration-failed');
    }
  }
  const parsed = definition.schema.safeParse(candidate);
  if (!parsed.success) return unusable('invalid');
  return { state: parsed.data, source: 'stored', problem: null };
}

export interface DamagedExercise {
  exerciseId: string;
  problem: ExerciseStateProblem;
}

/**
 * Every exercise of this version whose state in `exercises` could not be used (checked as on reading, with
 * each exercise's own migration and schema). A restore refuses such a file before it replaces anything;
 * exercises this version does not know are carried along unread.
 */
export function damagedExercises(
  exercises: Readonly<Record<string, ExerciseEntry>>,
  definitions: readonly { id: string; state: ExerciseStateDefinition<unknown> }[],
): DamagedExercise[] {
  const damaged: DamagedExercise[] = [];
  for (const definition of definitions) {
    if (!Object.hasOwn(exercises, definition.id)) continue;
    // Only a stored entry is read: the demo's language does not matter to whether it can be used.
    const { problem } = readExerciseState(definition.state, exercises[definition.id], 'ru');
    if (problem !== null) damaged.push({ exerciseId: definition.id, problem });
  }
  return damaged;
}
