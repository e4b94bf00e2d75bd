/**
 * The worker's side of an exercise's analysis: `serveAnalysis(evaluate)` is all an exercise's
 * `*.worker.ts` file contains. Runs are answered in order; the page ignores answers it no longer needs.
 */
import { sealNetwork } from '../../data/sealNetwork';
import { createAnalysisContext, type Analysis } from './context';
import type { AnalysisMessage, AnalysisReply } from './protocol';

export function serveAnalysis<Request, Result>(analysis: Analysis<Request, Result>): void {
  // The project compiles against the DOM library, not the worker one: the worker's global typed by hand.
  const scope = self as unknown as {
    postMessage(message: AnalysisReply<Result>): void;
    onmessage: ((event: MessageEvent<AnalysisMessage<Request>>) => void) | null;
  };
  sealNetwork(self);
  const { context, setProgress } = createAnalysisContext(() => undefined);
  let queue: Promise<void> = Promise.resolve();
  scope.onmessage = (event) => {
    const { id, request } = event.data;
    queue = queue.then(async () => {
      let reported = -1;
      setProgress((fraction) => {
        if (fraction - reported < 0.01 && fraction < 1) return;
        reported = fraction;
        scope.postMessage({ kind: 'progress', id, fraction });
      });
      try {
        scope.postMessage({ kind: 'done', id, result: await analysis(request, context) });
      } catch (error) {
        scope.postMessage({ kind: 'failed', id, message: error instanceof Error ? error.message : String(error) });
      }
    });
  };
}
