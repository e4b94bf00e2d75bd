import { z } from 'zod/mini';
import { create } from 'zustand';
import type { Locale } from '../i18n/locale';
import type { ExerciseStateDefinition } from './contract';
import { readExerciseState } from './exerciseState';

/**
 * The trainer's starter packs this browser opened: for each exercise a pack covered, the state it started from.
 * That state takes the demo's place: progress counts it as the untouched example (not the participant's work),
 * the demo banner names the pack, and "Reset" goes back to it. It describes where this browser's work began, not
 * the work, so it lives beside the workbook under its own key (as the last backup's time does), and the workbook's
 * schema does not change. A browser that refuses localStorage remembers it for the visit only.
 */
export const PACK_STARTS_KEY = 'loyalty-workbook-pack-starts';

const packStartSchema = z.object({
  /** The pack's file name without `.json` (what `?pack=` takes). */
  packName: z.string(),
  packTitle: z.string(),
  openedAt: z.string(),
  stateVersion: z.int().check(z.nonnegative()),
  state: z.unknown(),
});
export type PackStart = z.infer<typeof packStartSchema>;

const storedSchema = z.record(z.string(), packStartSchema);

function readStored(): Record<string, PackStart> {
  try {
    const raw = globalThis.localStorage?.getItem(PACK_STARTS_KEY) ?? null;
    if (raw === null) return {};
    const parsed = storedSchema.safeParse(JSON.parse(raw));
    // Unreadable: the exercises keep their states; they only count as the participant's own work from now on.
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

function writeStored(starts: Record<string, PackStart>): void {
  try {
    globalThis.localStorage?.setItem(PACK_STARTS_KEY, JSON.stringify(starts));
  } catch {
    // Remembered for this visit: after a reload the pack's values count as the participant's work, nothing is lost.
  }
}

interface PackStarts {
  starts: Record<string, PackStart>;
  /** A pack was opened: its exercises start from it; exercises an earlier pack covered and this one does not keep theirs. */
  record: (starts: Record<string, PackStart>) => void;
  /** Back to the demos as the exercises' starting points (the states the packs wrote stay as they are). */
  forget: () => void;
  /** Put back what was remembered before (an opening that failed after `record`). */
  putBack: (starts: Record<string, PackStart>) => void;
}

export const usePackStarts = create<PackStarts>()((set, get) => ({
  starts: readStored(),
  record: (starts) => {
    const next = { ...get().starts, ...starts };
    writeStored(next);
    set({ starts: next });
  },
  forget: () => {
    try {
      globalThis.localStorage?.removeItem(PACK_STARTS_KEY);
    } catch {
      // Nothing stored to remove.
    }
    set({ starts: {} });
  },
  putBack: (starts) => {
    writeStored(starts);
    set({ starts });
  },
}));

export function packStartOf(exerciseId: string, starts: Readonly<Record<string, PackStart>> = usePackStarts.getState().starts): PackStart | null {
  return Object.hasOwn(starts, exerciseId) ? (starts[exerciseId] ?? null) : null;
}

// The pack's state as the exercise reads it now (migrated when the app has moved on since), made once per record.
const readStates = new WeakMap<PackStart, { state: unknown } | null>();

/** The pack's state for this exercise, migrated and checked, or null when it cannot be used (then the demo is the start). */
export function packStartState<S>(definition: ExerciseStateDefinition<S>, start: PackStart): S | null {
  let read = readStates.get(start);
  if (read === undefined) {
    const entry = { stateVersion: start.stateVersion, state: start.state, startedFrom: 'demo' as const, currentStep: null, completedSteps: [], visitedSteps: [], drafts: {}, datasets: {}, updatedAt: start.openedAt };
    const result = readExerciseState(definition, entry, 'ru');
    read = result.problem === null ? { state: result.state } : null;
    readStates.set(start, read);
  }
  // Cast: read with this definition above (a record belongs to one exercise id, so to one definition).
  return read === null ? null : (read.state as S);
}

/** What an exercise starts from in this browser: the pack's state when a pack covered it, else the demo. */
export function startingState<S>(exerciseId: string, definition: ExerciseStateDefinition<S>, locale: Locale): S {
  const start = packStartOf(exerciseId);
  return (start ? packStartState(definition, start) : null) ?? definition.demo(locale);
}
