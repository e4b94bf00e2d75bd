import type { DatasetSpec } from '../spec';
import type { ColumnMapping, ImportResult, InspectOptions, Inspection, Outcome, TypingOptions } from './types';

/** What the page asks the import worker: one request per worker, which then closes. */
export type WorkerRequest =
  | { kind: 'inspect'; file: Blob; fileName: string; options: InspectOptions }
  | { kind: 'import'; file: Blob; fileName: string; spec: DatasetSpec; mapping: ColumnMapping; options: InspectOptions & TypingOptions };

export type WorkerReply =
  | { kind: 'progress'; fraction: number }
  | { kind: 'inspected'; outcome: Outcome<Inspection> }
  | { kind: 'imported'; outcome: Outcome<ImportResult> };
