import type { DatasetSpec } from '../spec';
import type { ColumnMapping, ImportResult, InspectOptions, Inspection, Outcome, TypingOptions } from './types';

/**
 * What the page asks the import worker: one request per worker, which then closes. An import's options
 * carry the inspection's decisions (sheet, header row, encoding, delimiter, decimalComma), so the worker
 * reads the table the preview showed and does not decide them again.
 */
export type WorkerRequest =
  | { kind: 'inspect'; file: Blob; fileName: string; options: InspectOptions }
  | { kind: 'import'; file: Blob; fileName: string; spec: DatasetSpec; mapping: ColumnMapping; options: InspectOptions & TypingOptions };

export type WorkerReply =
  | { kind: 'progress'; fraction: number }
  | { kind: 'inspected'; outcome: Outcome<Inspection> }
  | { kind: 'imported'; outcome: Outcome<ImportResult> };
