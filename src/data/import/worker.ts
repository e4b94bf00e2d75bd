/**
 * The import's Web Worker: reads the file and runs the pipeline off the page's thread, so a large
 * workbook never freezes the tab. The page terminates it to cancel.
 */
import { importBytes, inspectBytes } from './pipeline';
import type { WorkerReply, WorkerRequest } from './protocol';

/** Progress messages at most this often: a million rows must not flood the page with updates. */
const PROGRESS_STEP = 0.01;

/** The worker's global, typed by hand: the project compiles against the DOM library, not the worker one. */
const scope = self as unknown as {
  postMessage(message: WorkerReply): void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
};

function reply(message: WorkerReply): void {
  scope.postMessage(message);
}

scope.onmessage = (event) => void handle(event.data);

async function handle(request: WorkerRequest): Promise<void> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await request.file.arrayBuffer());
  } catch (error) {
    // The file went away (moved, or permission revoked) between choosing and reading it.
    const message = error instanceof Error ? error.message : String(error);
    const outcome = { ok: false as const, problem: { code: 'unexpected' as const, details: { message } } };
    reply(request.kind === 'inspect' ? { kind: 'inspected', outcome } : { kind: 'imported', outcome });
    return;
  }
  if (request.kind === 'inspect') {
    reply({ kind: 'inspected', outcome: inspectBytes(bytes, request.fileName, request.options) });
    return;
  }
  let reported = -1;
  const outcome = importBytes(bytes, request.fileName, request.spec, request.mapping, request.options, (fraction) => {
    if (fraction - reported < PROGRESS_STEP && fraction < 1) return;
    reported = fraction;
    reply({ kind: 'progress', fraction });
  });
  reply({ kind: 'imported', outcome });
}
