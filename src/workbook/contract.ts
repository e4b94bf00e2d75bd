import type { ResultIntake, ResultOffer } from './results';
import type { ComponentType } from 'react';
import type { ZodMiniType } from 'zod/mini';
import type { Locale, LocalizedText } from '../i18n/locale';
import type { DatasetSpec } from '../data/spec';
import type { SheetSpec } from '../data/sheet';
import type { Formatters } from '../i18n/format';
import type { TypedRow } from '../data/import/types';
import type { DatasetStoreResult } from '../store/datasets';
import type { DatasetSummary } from '../store/schema';
import type { GroupSummary } from '../handin/format';

/**
 * The persisted state of one exercise: a typed object with its own schema version.
 * `schema` validates what comes back from storage or a backup; `migrate` lifts an older
 * version's object to the current one (it may throw: the shell then keeps the old value aside).
 */
export interface ExerciseStateDefinition<S> {
  version: number;
  schema: ZodMiniType<S>;
  /** "Start from scratch": nothing entered. */
  blank: () => S;
  /**
   * What the exercise opens with when the user has entered nothing, in the page's language: a demo that writes
   * texts as a participant would (a program's rules, a plan's notes) writes them in it. Once stored they stay as
   * written, as the participant's own texts do.
   */
  demo: (locale: Locale) => S;
  /**
   * Loads what `demo` builds from, when the demo lives in a chunk of its own (`demoOnDemand`): the shell awaits it
   * (`demoLoaded`) before reading a state that may be the demo. Absent when the demo is built in.
   */
  loadDemo?: () => Promise<void>;
  /**
   * The demo differs from the blank start only in showing demo data (a "use the demo data" switch): once the
   * participant's own file feeds the exercise, nothing on screen is the demo's any more, so it says no more that it is.
   */
  demoIsOnlyData?: boolean;
  migrate?: (stored: unknown, fromVersion: number) => unknown;
}

/** Replace the state, or give a function of the current state (always applied to the latest). */
export type StateUpdate<S> = S | ((current: S) => S);

export interface StepProps<S> {
  state: S;
  update: (next: StateUpdate<S>) => void;
  locale: Locale;
  /** Projector layout: larger type and charts, no side clutter. */
  presenter: boolean;
}

/** What a step's `done` may look at besides the state. */
export interface StepDoneContext {
  /** The user has opened this step (a results step is done once its inputs exist and it was seen). */
  visited: boolean;
  /** Spec ids of the exercise's inputs that have an imported file: its own, or a shared one in "My data". */
  datasets: ReadonlySet<string>;
}

export interface StepDefinition<S> {
  id: string;
  title: LocalizedText;
  component: ComponentType<StepProps<S>>;
  /**
   * Whether the step's work is done, from what the user has: an inputs step when its required inputs are filled,
   * a results step when its inputs exist and it was seen, a decision step when a decision is taken. Progress on
   * the home page, the stepper's marks and the backup's summary count these, not clicks on "Next". Pure.
   */
  done: (state: S, context: StepDoneContext) => boolean;
}

/**
 * The exercise's imported files as its export sees them: handed in, so `toSheets` is a function of what it is
 * given (the shell builds it from storage; a test can pass its own).
 */
export interface ExportDatasets {
  /** A spec's summary: a shared file's from "My data", the exercise's own from its progress; null when none. */
  summary: (spec: Pick<DatasetSpec, 'id' | 'shared'>) => DatasetSummary | null;
  /** The exercise's own files by stored id (a spec id, or a spec id with a suffix, one per survey wave). */
  own: Readonly<Record<string, DatasetSummary>>;
  /** Rows of the exercise's own files; a file whose rows are gone comes back as an error value. */
  loadRows: (ids: readonly string[]) => Promise<Map<string, DatasetStoreResult<TypedRow[]>>>;
}

export interface ExportContext {
  locale: Locale;
  format: Formatters;
  datasets: ExportDatasets;
}

export interface ExerciseDefinition<S> {
  id: string;
  /** The practicum's number in the seminar (../shared/METHODS.md): the catalogue's order. */
  order: number;
  title: LocalizedText;
  summary: LocalizedText;
  inputs: readonly DatasetSpec[];
  state: ExerciseStateDefinition<S>;
  steps: readonly StepDefinition<S>[];
  /**
   * Inputs and results on named sheets, numbers as numbers, for the .xlsx export. May return a promise,
   * so an exercise can load its export code (and every step's messages) only when the user exports.
   */
  toSheets: (state: S, context: ExportContext) => SheetSpec[] | Promise<SheetSpec[]>;
  /** Results other exercises may read (src/workbook/results.ts): each a declared kind, computed from the state. */
  results?: readonly ResultOffer<S>[];
  /** Results other exercises may send here (src/workbook/results.ts, planSend), and how they enter the state. */
  intake?: readonly ResultIntake<S>[];
  /**
   * What the trainer's group view compares across teams (src/handin): loaded on demand, so neither the home page
   * nor a participant who never hands in carries it. An exercise without it is still handed in and listed, with
   * no figures side by side.
   */
  group?: () => Promise<GroupDeclaration<S>>;
}

/** What the team's own browser has when it hands an exercise in: its state, and its files as the export sees them. */
export interface GroupInput<S> {
  state: S;
  /** Summaries and rows on demand (an exercise over a large file computes in its worker, as its export does). */
  datasets: ExportDatasets;
}

/** One team's work as the trainer's group view has it: the state, and the rows only if the team ticked them. */
export interface PoolInput<S> {
  state: S;
  /** Imported rows by stored dataset id. */
  rows: Readonly<Record<string, readonly TypedRow[]>>;
}

export interface GroupDeclaration<S> {
  /**
   * The team's comparable figures, labelled in all three languages (the trainer may read another one). Computed
   * when the team hands in, where its data is; the hand-in carries the result, so the group view needs no rows.
   */
  summarize: (input: GroupInput<S>) => GroupSummary | Promise<GroupSummary>;
  /**
   * Several teams' raw data taken as one (a survey's answers pooled into one survey): shown beside the teams as
   * "all teams together". Null when the inputs hold nothing to pool (no team's answers, typed or handed in as rows).
   */
  pool?: (inputs: readonly PoolInput<S>[]) => GroupSummary | null | Promise<GroupSummary | null>;
}

/** The registry holds exercises of different state types; the shell treats them uniformly. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- variance: each exercise is typed inside its own folder
export type AnyExercise = ExerciseDefinition<any>;

export function defineExercise<S>(definition: ExerciseDefinition<S>): ExerciseDefinition<S> {
  const stepIds = new Set<string>();
  for (const step of definition.steps) {
    if (stepIds.has(step.id)) throw new Error(`Exercise ${definition.id}: duplicate step id ${step.id}`);
    stepIds.add(step.id);
  }
  if (definition.steps.length === 0) throw new Error(`Exercise ${definition.id} has no steps`);
  return definition;
}
