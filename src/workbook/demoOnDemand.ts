import type { Locale } from '../i18n/locale';
import type { AnyExercise, ExerciseStateDefinition } from './contract';

/**
 * An exercise's demo, loaded when first needed rather than with the home page: the worked examples carry texts
 * and figures in three languages (a coffee-shop chain's program, a journey's ideas), which the catalogue never
 * shows. Spread into the state definition: `state: { version, schema, blank, ...demoOnDemand(() => import(…)) }`.
 * `demo` may be called only once `loadDemo` has resolved; the shell sees to that (`demoLoaded`), and throwing
 * otherwise makes a missed wait a failing test rather than a blank exercise shown as the demo.
 */
export function demoOnDemand<S>(load: () => Promise<(locale: Locale) => S>): Pick<ExerciseStateDefinition<S>, 'demo' | 'loadDemo'> {
  let build: ((locale: Locale) => S) | null = null;
  let loading: Promise<void> | null = null;
  return {
    demo: (locale) => {
      if (build === null) throw new Error('The demo was read before it was loaded: await demoLoaded(exercise) first');
      return build(locale);
    },
    loadDemo: () => {
      loading ??= load().then(
        (loaded) => {
          build = loaded;
          markFulfilled(loading);
        },
        (error: unknown) => {
          // A failed chunk load (the app was updated on the host since the page opened, or the connection dropped):
          // kept as failed, so the page shows its error (reload) instead of asking again on every render.
          markRejected(loading, error);
          throw error;
        },
      );
      return loading;
    },
  };
}

/**
 * Tells React's `use` that a promise has resolved, as React itself marks the promises it has seen: without it, a
 * promise already resolved but new to React still suspends for a tick, and the page flashes its loading line.
 */
export function markFulfilled(promise: Promise<void> | null): void {
  if (promise !== null) Object.assign(promise, { status: 'fulfilled', value: undefined });
}

/** Marks a promise that failed, so `useLoaded` throws its error to the error boundary instead of waiting again. */
export function markRejected(promise: Promise<void> | null, reason: unknown): void {
  if (promise !== null) Object.assign(promise, { status: 'rejected', reason });
}

/** Whether a promise is known to have resolved (`markFulfilled`, or React's own mark once `use` saw it resolve). */
export function isFulfilled(promise: Promise<void>): boolean {
  return 'status' in promise && promise.status === 'fulfilled';
}

/**
 * Suspends the rendering component until the promise resolves, as a lazy component does: the promise is thrown to
 * the nearest Suspense, which renders again once it settles. Not React's `use`: on resolving, React replays a
 * component suspended by `use` expecting the same call, which this skips once the promise is known to have resolved
 * (a render that then failed and was recovered), and `use` on a resolved promise still suspends in test (act) mode.
 * Every promise given here is marked when it resolves (`markFulfilled`), before React's retry looks again.
 */
export function useLoaded(promise: Promise<void>): void {
  if (isFulfilled(promise)) return;
  // Cast: `status` and `reason` are the marks markRejected sets on the promise itself.
  const failed = promise as Promise<void> & { status?: string; reason?: unknown };
  if (failed.status === 'rejected') throw failed.reason;
  throw promise;
}

const settled = Promise.resolve();
markFulfilled(settled);

/**
 * The exercise's demo is ready to read: the same promise on every call while loading (React's `use` needs a stable
 * one), a resolved one for an exercise whose demo is built in (a test's own definition).
 */
export function demoLoaded(exercise: Pick<AnyExercise, 'state'>): Promise<void> {
  return exercise.state.loadDemo?.() ?? settled;
}

const demoSets = new Map<string, Promise<void>>();

/** The demos of several exercises, as one promise that stays the same for the same exercises (for `useLoaded`). */
export function demosLoaded(exercises: readonly Pick<AnyExercise, 'id' | 'state'>[]): Promise<void> {
  const key = exercises.map((exercise) => exercise.id).join('\n');
  const known = demoSets.get(key);
  if (known !== undefined) return known;
  const promise: Promise<void> = Promise.all(exercises.map(demoLoaded)).then(
    () => markFulfilled(promise),
    (error: unknown) => {
      markRejected(promise, error);
      throw error;
    },
  );
  if (exercises.every((exercise) => isFulfilled(demoLoaded(exercise)))) markFulfilled(promise);
  demoSets.set(key, promise);
  return promise;
}
