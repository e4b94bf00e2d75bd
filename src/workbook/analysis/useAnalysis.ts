import { useCallback, useEffect, useRef, useState } from 'react';
import { createAnalysisContext, type Analysis, type AnalysisContext } from './context';
import type { AnalysisMessage, AnalysisReply } from './protocol';

/**
 * Where an exercise's analysis runs. Declared once at module level by the exercise:
 *
 *   export const evaluationAnalysis: AnalysisSource<EvaluationRequest, EvaluationView> = {
 *     startWorker: () => new Worker(new URL('./evaluation.worker.ts', import.meta.url), { type: 'module' }),
 *     inline: () => import('./evaluationAnalysis').then((module) => module.evaluate),
 *   };
 *
 * Vite finds a worker only in that `new Worker(new URL(…, import.meta.url))` form, hence a function here.
 */
export interface AnalysisSource<Request, Result> {
  startWorker: () => Worker;
  /** The same analysis in the page's thread, where there is no Worker (jsdom in component tests). */
  inline: () => Promise<Analysis<Request, Result>>;
}

export type AnalysisState<Result> =
  | { status: 'idle' }
  /** `previous`: the last result, kept on screen while a changed setting is computed. */
  | { status: 'running'; fraction: number; previous: Result | null }
  | { status: 'done'; result: Result }
  | { status: 'failed'; message: string };

interface Runner<Request, Result> {
  run(id: number, request: Request, onReply: (reply: AnalysisReply<Result>) => void): void;
  /** Drops the run in progress: a worker is terminated (what it kept is read again by the next one). */
  interrupt(): void;
  stop(): void;
}

function workerRunner<Request, Result>(source: AnalysisSource<Request, Result>, restartWhenBusy: boolean): Runner<Request, Result> {
  let worker: Worker | null = null;
  let listener: ((reply: AnalysisReply<Result>) => void) | null = null;
  let running = 0;
  /** The run the worker has not answered yet, or 0. */
  let busy = 0;
  const stop = () => {
    worker?.terminate();
    worker = null;
    listener = null;
    busy = 0;
  };
  return {
    run(id, request, onReply) {
      // A worker is single-threaded: a request posted while it mines is answered only after the old run ends.
      if (restartWhenBusy && busy !== 0) stop();
      listener = onReply;
      running = id;
      busy = id;
      if (!worker) {
        const started = source.startWorker();
        started.onmessage = (event: MessageEvent<AnalysisReply<Result>>) => {
          if (event.data.kind !== 'progress' && event.data.id === busy) busy = 0;
          listener?.(event.data);
        };
        // Out of memory or a crash: the run fails with a message, and the next one starts a new worker.
        started.onerror = (event: ErrorEvent) => {
          event.preventDefault();
          started.terminate();
          if (worker === started) {
            worker = null;
            busy = 0;
          }
          listener?.({ kind: 'failed', id: running, message: event.message || 'the analysis worker stopped' });
        };
        worker = started;
      }
      worker.postMessage({ kind: 'run', id, request } satisfies AnalysisMessage<Request>);
    },
    interrupt() {
      if (busy !== 0) stop();
    },
    stop,
  };
}

function inlineRunner<Request, Result>(source: AnalysisSource<Request, Result>): Runner<Request, Result> {
  let context: AnalysisContext | null = null;
  let setProgress: ((report: (fraction: number) => void) => void) | null = null;
  let stopped = false;
  return {
    run(id, request, onReply) {
      if (!context) ({ context, setProgress } = createAnalysisContext(() => undefined));
      const current = context;
      setProgress?.((fraction) => onReply({ kind: 'progress', id, fraction }));
      void source
        .inline()
        .then((analysis) => analysis(request, current))
        .then(
          (result) => !stopped && onReply({ kind: 'done', id, result }),
          (error: unknown) => !stopped && onReply({ kind: 'failed', id, message: error instanceof Error ? error.message : String(error) }),
        );
    },
    // The page's thread cannot be interrupted; the hook ignores the answer instead.
    interrupt: () => undefined,
    stop() {
      stopped = true;
    },
  };
}

export interface AnalysisOptions {
  /**
   * A changed request while a run is in progress terminates the worker and starts a fresh one, instead of
   * queueing behind the old run: for analyses that can run long (rule mining at a low support). The fresh
   * worker reads its datasets again, which costs far less than waiting.
   */
  restartWhenBusy?: boolean;
}

/** An analysis the participant can stop: `stopped` keeps the last result on screen. */
export type StoppableAnalysisState<Result> = AnalysisState<Result> | { status: 'stopped'; previous: Result | null };

export interface StoppableAnalysis<Result> {
  state: StoppableAnalysisState<Result>;
  /** Stops the run in progress (its worker is terminated); a changed request, or `rerun`, starts the next. */
  cancel(): void;
  /** Runs the same request again (after a stop). */
  rerun(): void;
}

const previousOf = <Result,>(state: StoppableAnalysisState<Result>): Result | null =>
  state.status === 'done' ? state.result : state.status === 'running' || state.status === 'stopped' ? state.previous : null;

function useAnalysisRun<Request, Result>(source: AnalysisSource<Request, Result>, request: Request | null, restartWhenBusy: boolean): StoppableAnalysis<Result> {
  const [state, setState] = useState<StoppableAnalysisState<Result>>(request === null ? { status: 'idle' } : { status: 'running', fraction: 0, previous: null });
  const [generation, setGeneration] = useState(0);
  const runner = useRef<Runner<Request, Result> | null>(null);
  const latest = useRef(0);
  const key = request === null ? null : JSON.stringify(request);

  useEffect(
    () => () => {
      runner.current?.stop();
      runner.current = null;
    },
    [],
  );

  useEffect(() => {
    if (key === null || request === null) {
      latest.current++;
      setState({ status: 'idle' });
      return;
    }
    runner.current ??= typeof Worker === 'undefined' ? inlineRunner(source) : workerRunner(source, restartWhenBusy);
    const id = ++latest.current;
    setState((current) => ({ status: 'running', fraction: 0, previous: previousOf(current) }));
    runner.current.run(id, request, (reply) => {
      if (reply.id !== latest.current) return;
      if (reply.kind === 'progress') setState((current) => (current.status === 'running' ? { ...current, fraction: reply.fraction } : current));
      else if (reply.kind === 'done') setState({ status: 'done', result: reply.result });
      else setState({ status: 'failed', message: reply.message });
    });
    // The request object is new on every render; its value, `key`, is what decides a rerun.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, source, generation]);

  const cancel = useCallback(() => {
    runner.current?.interrupt();
    // Whatever the dropped run still sends is not shown.
    latest.current++;
    setState((current) => (current.status === 'running' ? { status: 'stopped', previous: current.previous } : current));
  }, []);
  const rerun = useCallback(() => setGeneration((value) => value + 1), []);
  return { state, cancel, rerun };
}

/**
 * Runs an analysis for `request` (null: nothing to run) and reruns it when the request changes, compared
 * by value. One worker serves the component for as long as it is mounted, so what the analysis keeps
 * (datasets read, rows parsed) serves every rerun; unmounting stops it. Answers to an older request are
 * ignored, so the screen only ever shows the latest settings' result.
 */
export function useAnalysis<Request, Result>(source: AnalysisSource<Request, Result>, request: Request | null, options: AnalysisOptions = {}): AnalysisState<Result> {
  const { state } = useAnalysisRun(source, request, options.restartWhenBusy ?? false);
  // Only `cancel` stops a run, and this hook does not hand it out.
  return state.status === 'stopped' ? { status: 'idle' } : state;
}

/**
 * `useAnalysis` for a run the participant may wait on: a changed request while one is in progress restarts the
 * worker rather than queueing, and the step can offer "Stop".
 */
export function useStoppableAnalysis<Request, Result>(source: AnalysisSource<Request, Result>, request: Request | null): StoppableAnalysis<Result> {
  return useAnalysisRun(source, request, true);
}
