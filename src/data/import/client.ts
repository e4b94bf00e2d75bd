/**
 * The page's side of the import: each call runs in a fresh Web Worker (SheetJS and the parsing stay off
 * the main thread and out of the home page's bundle), and cancelling terminates that worker at once.
 * Where there is no Worker (jsdom in component tests) the same pipeline runs inline.
 */
import type { DatasetSpec } from '../spec';
import type { WorkerReply, WorkerRequest } from './protocol';
import type { ColumnMapping, ImportResult, InspectOptions, Inspection, Outcome, TypingOptions } from './types';

export interface ImportCallOptions {
  signal?: AbortSignal;
  /** 0…1, at most about a hundred calls per import. */
  onProgress?: (fraction: number) => void;
}

const CANCELLED = { ok: false, problem: { code: 'cancelled' } } as const;

function failure(error: unknown): Outcome<never> {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : 'worker failed';
  return { ok: false, problem: { code: 'unexpected', details: { message } } };
}

/** Blob.arrayBuffer where there is one; jsdom's File has only FileReader. */
function readBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer().then((buffer) => new Uint8Array(buffer));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsArrayBuffer(file);
  });
}

async function runInline<T>(request: WorkerRequest, call: ImportCallOptions): Promise<Outcome<T>> {
  const { importBytes, inspectBytes } = await import('./pipeline');
  const bytes = await readBytes(request.file);
  if (call.signal?.aborted) return CANCELLED;
  const outcome =
    request.kind === 'inspect'
      ? inspectBytes(bytes, request.fileName, request.options)
      : importBytes(bytes, request.fileName, request.spec, request.mapping, request.options, call.onProgress);
  if (call.signal?.aborted) return CANCELLED;
  return outcome as Outcome<T>;
}

function runInWorker<T>(request: WorkerRequest, call: ImportCallOptions): Promise<Outcome<T>> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    const finish = (outcome: Outcome<T>) => {
      worker.terminate();
      call.signal?.removeEventListener('abort', abort);
      resolve(outcome);
    };
    const abort = () => finish(CANCELLED);
    call.signal?.addEventListener('abort', abort, { once: true });
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (reply.kind === 'progress') call.onProgress?.(reply.fraction);
      else finish(reply.outcome as Outcome<T>);
    };
    // A worker that fails to start, or dies of an exception the pipeline did not catch.
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      finish(failure(event.message || 'worker failed'));
    };
    worker.onmessageerror = () => finish(failure('the result could not be passed back from the worker'));
    worker.postMessage(request);
  });
}

async function run<T>(request: WorkerRequest, call: ImportCallOptions): Promise<Outcome<T>> {
  if (call.signal?.aborted) return CANCELLED;
  try {
    return typeof Worker === 'undefined' ? await runInline<T>(request, call) : await runInWorker<T>(request, call);
  } catch (error) {
    return failure(error);
  }
}

/** Phase 1 for a chosen file: format, sheets, header row, headers and preview. */
export function inspectFile(file: File, options: InspectOptions = {}, signal?: AbortSignal): Promise<Outcome<Inspection>> {
  return run<Inspection>({ kind: 'inspect', file, fileName: file.name, options }, signal === undefined ? {} : { signal });
}

/** Phase 2: the whole file typed through the confirmed mapping, with its report. Nothing is stored here. */
export function importFile(
  file: File,
  spec: DatasetSpec,
  mapping: ColumnMapping,
  options: InspectOptions & TypingOptions,
  call: ImportCallOptions = {},
): Promise<Outcome<ImportResult>> {
  return run<ImportResult>({ kind: 'import', file, fileName: file.name, spec, mapping, options }, call);
}
