/**
 * The page's side of the import: one session per import screen, backed by one long-lived Web Worker that
 * keeps the chosen file between inspection and import and saves the accepted rows itself (worker.ts).
 * Cancelling terminates the worker at once (a parse cannot be interrupted otherwise); the next call starts
 * a new one, which reads the file again. Where there is no Worker (jsdom in component tests) the same
 * session runs in the page's thread.
 */
import { announceDatasetChange, saveDataset, type DatasetStoreResult, type StoredDatasetInfo } from '../../store/datasets';
import type { DatasetSummary } from '../../store/schema';
import type { DatasetSpec } from '../spec';
import type { WorkerReply, WorkerRequest } from './protocol';
import { ImportSession, type ImportSummary, type SessionFile } from './session';
import type { ColumnMapping, InspectOptions, Inspection, Outcome, TypingOptions } from './types';

export interface ImportCallOptions {
  signal?: AbortSignal;
  /** 0…1, at most about a hundred calls per import. */
  onProgress?: (fraction: number) => void;
}

export interface ImportSessionClient {
  /** Phase 1 for a chosen file: format, sheets, header row, headers and preview. */
  inspect(file: File, options?: InspectOptions, signal?: AbortSignal): Promise<Outcome<Inspection>>;
  /** Phase 2: the whole file typed through the confirmed mapping; the rows stay in the session. */
  import(file: File, spec: DatasetSpec, mapping: ColumnMapping, options: InspectOptions & TypingOptions, call?: ImportCallOptions): Promise<Outcome<ImportSummary>>;
  /** Store the last import's rows (one IndexedDB transaction: the previous dataset stays if it fails). */
  save(exerciseId: string, specId: string, summary: DatasetSummary): Promise<DatasetStoreResult<StoredDatasetInfo>>;
  /** Forget the file and rows; the worker stays for the next file. */
  release(): void;
  /** The screen is gone: stop the worker. */
  dispose(): void;
}

const CANCELLED = { ok: false, problem: { code: 'cancelled' } } as const;

function unexpected(message: string): Outcome<never> {
  if (message === WORKER_STOPPED) return { ok: false, problem: { code: 'workerStopped' } };
  return { ok: false, problem: { code: 'unexpected', details: { message } } };
}

/** Each File the user picks gets its own token, so the session knows a new file from the one it keeps. */
const fileTokens = new WeakMap<File, number>();
let lastToken = 0;

function sessionFile(file: File): SessionFile {
  let token = fileTokens.get(file);
  if (token === undefined) {
    token = ++lastToken;
    fileTokens.set(file, token);
  }
  return { token, file, fileName: file.name };
}

type Settle = (reply: WorkerReply | null, failure?: string) => void;

/**
 * How long a request may go unacknowledged. The worker says "received" before any work, and the screen
 * sends one request at a time, so only a worker that is gone (killed, out of memory, closed) stays silent.
 */
const RECEIPT_MS = 10_000;
export const WORKER_STOPPED = 'worker stopped';

function workerSession(): ImportSessionClient {
  let worker: Worker | null = null;
  let nextId = 0;
  const pending = new Map<number, { settle: Settle; received: () => void; onProgress?: (fraction: number) => void }>();

  /** Every waiting call learns the worker is gone: cancelled by the user, or dead (out of memory, a crash). */
  const dropWorker = (failure: string | null) => {
    worker?.terminate();
    worker = null;
    const waiting = [...pending.values()];
    pending.clear();
    for (const call of waiting) call.settle(null, failure ?? undefined);
  };

  const ensureWorker = (): Worker => {
    if (worker) return worker;
    const started = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    started.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      const call = pending.get(reply.id);
      if (!call) return;
      if (reply.kind === 'received') {
        call.received();
        return;
      }
      if (reply.kind === 'progress') {
        call.onProgress?.(reply.fraction);
        return;
      }
      pending.delete(reply.id);
      call.settle(reply);
    };
    // A worker that fails to start, or dies of an exception nothing caught.
    started.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      dropWorker(event.message || 'the import worker stopped');
    };
    started.onmessageerror = () => dropWorker('the result could not be passed back from the worker');
    worker = started;
    return started;
  };

  const ask = (request: Exclude<WorkerRequest, { kind: 'release' }>, signal: AbortSignal | undefined, onProgress?: (fraction: number) => void) =>
    new Promise<{ reply: WorkerReply | null; failure?: string }>((resolve) => {
      if (signal?.aborted) {
        resolve({ reply: null });
        return;
      }
      const abort = () => dropWorker(null);
      signal?.addEventListener('abort', abort, { once: true });
      const watchdog = setTimeout(() => dropWorker(WORKER_STOPPED), RECEIPT_MS);
      pending.set(request.id, {
        settle: (reply, failure) => {
          clearTimeout(watchdog);
          signal?.removeEventListener('abort', abort);
          resolve(failure === undefined ? { reply } : { reply, failure });
        },
        received: () => clearTimeout(watchdog),
        ...(onProgress ? { onProgress } : {}),
      });
      try {
        ensureWorker().postMessage(request);
      } catch (error) {
        pending.delete(request.id);
        resolve({ reply: null, failure: error instanceof Error ? error.message : String(error) });
      }
    });

  return {
    async inspect(file, options = {}, signal) {
      const { reply, failure } = await ask({ kind: 'inspect', id: ++nextId, source: sessionFile(file), options }, signal);
      if (reply?.kind === 'inspected') return reply.outcome;
      return failure === undefined ? CANCELLED : unexpected(failure);
    },
    async import(file, spec, mapping, options, call = {}) {
      const request = { kind: 'import' as const, id: ++nextId, source: sessionFile(file), spec, mapping, options };
      const { reply, failure } = await ask(request, call.signal, call.onProgress);
      if (reply?.kind === 'imported') return reply.outcome;
      return failure === undefined ? CANCELLED : unexpected(failure);
    },
    async save(exerciseId, specId, summary) {
      const { reply, failure } = await ask({ kind: 'save', id: ++nextId, exerciseId, specId, summary }, undefined);
      if (reply?.kind !== 'saved') return { ok: false, error: { code: 'failed', detail: failure ?? 'the import worker stopped' } };
      // The worker wrote to IndexedDB; this page's readers of the dataset still need to hear of it.
      if (reply.result.ok) announceDatasetChange({ exerciseId, specId });
      return reply.result;
    },
    release() {
      worker?.postMessage({ kind: 'release' } satisfies WorkerRequest);
    },
    dispose() {
      dropWorker(null);
    },
  };
}

function inThreadSession(): ImportSessionClient {
  const session = new ImportSession();
  const settled = <T>(signal: AbortSignal | undefined, outcome: Outcome<T>): Outcome<T> => (signal?.aborted ? CANCELLED : outcome);
  return {
    async inspect(file, options = {}, signal) {
      if (signal?.aborted) return CANCELLED;
      return settled(signal, await session.inspect(sessionFile(file), options));
    },
    async import(file, spec, mapping, options, call = {}) {
      if (call.signal?.aborted) return CANCELLED;
      return settled(call.signal, await session.import(sessionFile(file), spec, mapping, options, call.onProgress ?? (() => undefined)));
    },
    async save(exerciseId, specId, summary) {
      const rows = session.importedRows();
      if (rows === null) return { ok: false, error: { code: 'failed', detail: 'no imported rows are held for this file; import it again' } };
      return saveDataset(exerciseId, specId, rows, summary);
    },
    release: () => session.release(),
    dispose: () => session.release(),
  };
}

export function createImportSession(): ImportSessionClient {
  return typeof Worker === 'undefined' ? inThreadSession() : workerSession();
}
