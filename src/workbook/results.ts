import type { ZodMiniType } from 'zod/mini';
import type { Locale } from '../i18n/locale';
import type { ExerciseEntry } from '../store/schema';
import type { AnyExercise } from './contract';
import { readExerciseState } from './exerciseState';
import { markFulfilled, markRejected } from './demoOnDemand';

/**
 * How one exercise reads another's results without importing it (ARCHITECTURE.md, "Contracts"): a result kind is
 * a name, a version and a shape, declared in a module of its own that neither exercise owns; the exercise that
 * has such a result offers it in its definition (`results`), computed from its state by a pure function; any
 * other reads it through the registry. A result that is not there — no exercise offers it, the producer was never
 * opened, its stored state cannot be read, or it is not filled far enough — reads as such, never as a crash.
 */
export interface ResultKind<R> {
  /** Unique across the workbook: "program-design/economics". */
  id: string;
  /** Raised when the shape changes in a way an older reader cannot take. */
  version: number;
  schema: ZodMiniType<R>;
}

export function defineResultKind<R>(kind: ResultKind<R>): ResultKind<R> {
  return kind;
}

/** What an exercise offers: a kind and how to compute it from the exercise's state (null: not filled far enough). */
export interface ResultOffer<S> {
  kind: ResultKind<unknown>;
  from: (state: S) => unknown;
  /** Loads what `from` computes with, when that lives in a chunk of its own (`offerResultOnDemand`). */
  load?: () => Promise<void>;
}

/** A typed offer: the compiler checks that `from` gives the kind's shape. */
export function offerResult<S, R>(kind: ResultKind<R>, from: (state: S) => R | null): ResultOffer<S> {
  // Cast: a kind of R is read back only through readResult, which checks the value against its schema.
  return { kind: kind as ResultKind<unknown>, from };
}

/**
 * An offer whose computation loads on demand: naming a segmentation's targets in three languages, or ranking program
 * types with their fit tables, is code only a reader's step needs, not the home page that holds the definition.
 * `from` may be called once `load` resolved; readers wait through `resultLoaded` (useResult, useSendResult).
 */
export function offerResultOnDemand<S, R>(kind: ResultKind<R>, load: () => Promise<(state: S) => R | null>): ResultOffer<S> {
  let from: ((state: S) => R | null) | null = null;
  let loading: Promise<void> | null = null;
  return {
    // Cast: as in offerResult.
    kind: kind as ResultKind<unknown>,
    from: (state) => {
      if (from === null) throw new Error(`The offer of ${kind.id} was read before it was loaded: await resultLoaded first`);
      return from(state);
    },
    load: () => {
      loading ??= load().then(
        (loaded) => {
          from = loaded;
          markFulfilled(loading);
        },
        (error: unknown) => {
          // Kept as failed: the step shows its error rather than asking again on every render.
          markRejected(loading, error);
          throw error;
        },
      );
      return loading;
    },
  };
}

const settled = Promise.resolve();
markFulfilled(settled);

/** The kind's offer is ready to read: the same promise while loading (React's `use` needs a stable one). */
export function resultLoaded(kind: ResultKind<unknown>, exercises: readonly AnyExercise[]): Promise<void> {
  const offer = producerOf(kind, exercises)?.results?.find((candidate: ResultOffer<unknown>) => candidate.kind.id === kind.id);
  return offer?.load?.() ?? settled;
}

export type ResultRead<R> =
  /** No exercise of this version offers the kind. */
  | { status: 'none' }
  /** The producer holds nothing usable yet: never opened, unreadable, or not filled far enough; link to it. */
  | { status: 'notFilled'; exerciseId: string }
  | { status: 'ready'; exerciseId: string; value: R; updatedAt: string };

/** The producer of a kind in the registry (the first, should two offer it; the registry's test forbids that). */
export function producerOf(kind: ResultKind<unknown>, exercises: readonly AnyExercise[]): AnyExercise | undefined {
  return exercises.find((exercise) => exercise.results?.some((offer: ResultOffer<unknown>) => offer.kind.id === kind.id));
}

/** Read a result from the stored progress: pure, so the rules are tested without a page. */
export function readResult<R>(kind: ResultKind<R>, exercises: readonly AnyExercise[], entries: Readonly<Record<string, ExerciseEntry>>): ResultRead<R> {
  const producer = producerOf(kind, exercises);
  const offer = producer?.results?.find((candidate: ResultOffer<unknown>) => candidate.kind.id === kind.id);
  if (!producer || !offer) return { status: 'none' };
  const notFilled = { status: 'notFilled', exerciseId: producer.id } as const;
  // The demo a producer opens with is not the participant's result: only a stored state counts.
  const entry = Object.hasOwn(entries, producer.id) ? entries[producer.id] : undefined;
  if (!entry) return notFilled;
  // Only a stored entry is read (there is one here): the demo's language does not matter.
  const read = readExerciseState(producer.state, entry, 'ru');
  if (read.problem !== null) return notFilled;
  let value: unknown;
  try {
    value = offer.from(read.state);
  } catch {
    return notFilled;
  }
  if (value === null || value === undefined) return notFilled;
  // The producer's version of the kind may differ from the reader's (a later producer, an older reader): check.
  if (offer.kind.version !== kind.version) return notFilled;
  const checked = kind.schema.safeParse(value);
  return checked.success ? { status: 'ready', exerciseId: producer.id, value: checked.data, updatedAt: entry.updatedAt } : notFilled;
}

/** The exercise that takes a kind in when it is sent (`intake`). */
export function takerOf(kind: ResultKind<unknown>, exercises: readonly AnyExercise[]): AnyExercise | undefined {
  return exercises.find((exercise) => exercise.intake?.some((intake: ResultIntake<unknown>) => intake.kind.id === kind.id));
}

/** Kinds offered by more than one exercise: a reader could not tell whose it gets. */
export function ambiguousKinds(exercises: readonly AnyExercise[]): string[] {
  const counts = new Map<string, number>();
  for (const exercise of exercises) for (const offer of exercise.results ?? []) counts.set(offer.kind.id, (counts.get(offer.kind.id) ?? 0) + 1);
  return [...counts].filter(([, count]) => count > 1).map(([id]) => id);
}

/** Where figures an exercise took in came from, as the taking exercise stores it. */
export interface SentFrom {
  exerciseId: string;
  /** ISO time of the sending. */
  at: string;
}

/**
 * What an exercise takes in when another sends it a result ("Evaluate in the ROI exercise"): the kind, the step
 * that shows it, and how the value enters the state (the taker stores what it needs to tell later whether the
 * sender has changed since).
 */
export interface ResultIntake<S> {
  kind: ResultKind<unknown>;
  stepId: string;
  into: (state: S, value: unknown, sent: SentFrom) => S;
}

export function acceptResult<S, R>(kind: ResultKind<R>, stepId: string, into: (state: S, value: R, sent: SentFrom) => S): ResultIntake<S> {
  // Cast: sendResult hands `into` only a value its kind's schema has just accepted.
  return { kind: kind as ResultKind<unknown>, stepId, into: into as (state: S, value: unknown, sent: SentFrom) => S };
}

export type SendPlan =
  /** Nothing to send: the result is not filled far enough, or no exercise offers it. */
  | { status: 'notReady' }
  /** No exercise takes the kind in. */
  | { status: 'noTaker' }
  /** The taker's stored progress cannot be read now (newer version, damaged): it is not overwritten. */
  | { status: 'takerUnreadable'; exerciseId: string }
  | { status: 'ready'; exerciseId: string; stepId: string; stateVersion: number; state: unknown; startedFrom: ExerciseEntry['startedFrom'] };

/**
 * What sending a result changes, computed without writing: the taker's state as the participant sees it (stored,
 * or the demo it would open with) with the value taken in. Pure, so the rules are tested without a page.
 */
export function planSend(
  kind: ResultKind<unknown>,
  exercises: readonly AnyExercise[],
  entries: Readonly<Record<string, ExerciseEntry>>,
  at: string,
  /** The page's language, for the demo of a taker never opened. */
  locale: Locale,
): SendPlan {
  const read = readResult(kind, exercises, entries);
  if (read.status !== 'ready') return { status: 'notReady' };
  const taker = takerOf(kind, exercises);
  const intake = taker?.intake?.find((candidate: ResultIntake<unknown>) => candidate.kind.id === kind.id);
  if (!taker || !intake) return { status: 'noTaker' };
  const entry = Object.hasOwn(entries, taker.id) ? entries[taker.id] : undefined;
  const current = readExerciseState(taker.state, entry, locale);
  if (current.problem !== null) return { status: 'takerUnreadable', exerciseId: taker.id };
  const state = intake.into(current.state, read.value, { exerciseId: read.exerciseId, at });
  return { status: 'ready', exerciseId: taker.id, stepId: intake.stepId, stateVersion: taker.state.version, state, startedFrom: entry?.startedFrom ?? 'demo' };
}
