/**
 * The import's Web Worker, one per import screen: it keeps the chosen file, parsed once, between the
 * screen's calls (session.ts), and writes the accepted rows to IndexedDB itself, so a million rows never
 * travel to the page. The page terminates it to cancel a parse.
 */
import { saveDataset } from '../../store/datasets';
import { sealNetwork } from '../sealNetwork';
import type { WorkerReply, WorkerRequest } from './protocol';
import { ImportSession } from './session';

/** Progress messages at most this often: a million rows must not flood the page with updates. */
const PROGRESS_STEP = 0.01;

/** The worker's global, typed by hand: the project compiles against the DOM library, not the worker one. */
const scope = self as unknown as {
  postMessage(message: WorkerReply): void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
};

sealNetwork(self);

const session = new ImportSession();
/** Requests run one at a time, in the order sent: a save must follow the import it saves. */
let queue: Promise<void> = Promise.resolve();

scope.onmessage = (event) => {
  const request = event.data;
  if (request.kind !== 'release') scope.postMessage({ kind: 'received', id: request.id });
  queue = queue.then(() => handle(request)).catch((error: unknown) => answerWithBug(request, error));
};

/** A bug past the session's own guards still answers its request, so the page never waits forever. */
function answerWithBug(request: WorkerRequest, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  const outcome = { ok: false as const, problem: { code: 'unexpected' as const, details: { message } } };
  if (request.kind === 'inspect') scope.postMessage({ kind: 'inspected', id: request.id, outcome });
  else if (request.kind === 'import') scope.postMessage({ kind: 'imported', id: request.id, outcome });
  else if (request.kind === 'save') scope.postMessage({ kind: 'saved', id: request.id, result: { ok: false, error: { code: 'failed', detail: message } } });
}

async function handle(request: WorkerRequest): Promise<void> {
  switch (request.kind) {
    case 'release':
      session.release();
      return;
    case 'inspect':
      scope.postMessage({ kind: 'inspected', id: request.id, outcome: await session.inspect(request.source, request.options) });
      return;
    case 'import': {
      let reported = -1;
      const outcome = await session.import(request.source, request.spec, request.mapping, request.options, (fraction) => {
        if (fraction - reported < PROGRESS_STEP && fraction < 1) return;
        reported = fraction;
        scope.postMessage({ kind: 'progress', id: request.id, fraction });
      });
      scope.postMessage({ kind: 'imported', id: request.id, outcome });
      return;
    }
    case 'save': {
      const rows = session.importedRows();
      const result =
        rows === null
          ? { ok: false as const, error: { code: 'failed' as const, detail: 'no imported rows are held for this file; import it again' } }
          : await saveDataset(request.exerciseId, request.specId, rows, request.summary);
      // Saved rows are in IndexedDB now; the file may still be re-imported with another mapping, so it stays.
      scope.postMessage({ kind: 'saved', id: request.id, result });
      return;
    }
  }
}
