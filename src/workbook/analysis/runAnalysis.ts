import { createAnalysisContext } from './context';
import type { AnalysisMessage, AnalysisReply } from './protocol';
import type { AnalysisSource } from './useAnalysis';

/**
 * One run of an exercise's analysis outside a step (an Excel export, a printed report): in a worker of its
 * own, stopped when it answers, so even a million stored rows never cross to the page. Rejects when the
 * analysis fails or the worker dies; the caller words it.
 */
export function runAnalysisOnce<Request, Result>(source: AnalysisSource<Request, Result>, request: Request): Promise<Result> {
  if (typeof Worker === 'undefined') {
    return source.inline().then((analysis) => analysis(request, createAnalysisContext(() => undefined).context));
  }
  return new Promise((resolve, reject) => {
    const worker = source.startWorker();
    worker.onmessage = (event: MessageEvent<AnalysisReply<Result>>) => {
      const reply = event.data;
      if (reply.kind === 'progress') return;
      worker.terminate();
      if (reply.kind === 'done') resolve(reply.result);
      else reject(new Error(reply.message));
    };
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      worker.terminate();
      reject(new Error(event.message || 'the analysis worker stopped'));
    };
    worker.postMessage({ kind: 'run', id: 1, request } satisfies AnalysisMessage<Request>);
  });
}
