import { useEffect, useRef, useState } from 'react';
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
  stop(): void;
}

function workerRunner<Request, Result>(source: AnalysisSource<Request, Result>): Runner<Request, Result> {
  let worker: Worker | null = null;
  let listener: ((reply: AnalysisReply<Result>) => void) | null = null;
  let running = 0;
  return {
    run(id, request, onReply) {
      listener = onReply;
      running = id;
      if (!worker) {
        const started = source.startWorker();
        started.onmessage = (event: MessageEvent<AnalysisReply<Result>>) => listener?.(event.data);
        // Out of memory or a crash: the run fails with a message, and the next one starts a new worker.
        started.onerror = (event: ErrorEvent) => {
          event.preventDefault();
          started.terminate();
          if (worker === started) worker = null;
          listener?.({ kind: 'failed', id: running, message: event.message || 'the analysis worker stopped' });
        };
        worker = started;
      }
      worker.postMessage({ kind: 'run', id, request } satisfies AnalysisMessage<Request>);
    },
    stop() {
      worker?.terminate();
      worker = null;
      listener = null;
    },
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
    stop() {
      stopped = true;
    },
  };
}

/**
 * Runs an analysis for `request` (null: nothing to run) and reruns it when the request changes, compared
 * by value. One worker serves the component for as long as it is mounted, so what the analysis keeps
 * (datasets read, rows parsed) serves every rerun; unmounting stops it. Answers to an older request are
 * ignored, so the screen only ever shows the latest settings' result.
 */
export function useAnalysis<Request, Result>(source: AnalysisSource<Request, Result>, request: Request | null): AnalysisState<Result> {
  const [state, setState] = useState<AnalysisState<Result>>(request === null ? { status: 'idle' } : { status: 'running', fraction: 0, previous: null });
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
    runner.current ??= typeof Worker === 'undefined' ? inlineRunner(source) : workerRunner(source);
    const id = ++latest.current;
    setState((current) => ({ status: 'running', fraction: 0, previous: current.status === 'done' ? current.result : current.status === 'running' ? current.previous : null }));
    runner.current.run(id, request, (reply) => {
      if (reply.id !== latest.current) return;
      if (reply.kind === 'progress') setState((current) => (current.status === 'running' ? { ...current, fraction: reply.fraction } : current));
      else if (reply.kind === 'done') setState({ status: 'done', result: reply.result });
      else setState({ status: 'failed', message: reply.message });
    });
    // The request object is new on every render; its value, `key`, is what decides a rerun.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, source]);

  return state;
}
