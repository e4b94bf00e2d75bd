import type { DatasetSpec } from '../spec';
import type { DatasetStoreResult, StoredDatasetInfo } from '../../store/datasets';
import type { DatasetSummary } from '../../store/schema';
import type { ImportSummary, SessionFile } from './session';
import type { ColumnMapping, InspectOptions, Inspection, Outcome, TypingOptions } from './types';

/**
 * What the page asks its import worker, which lives as long as the import screen. Every request but
 * 'release' carries an id its answers repeat. An import's options carry the inspection's decisions (sheet,
 * header row, encoding, delimiter, decimalComma), so the worker reads the table the preview showed.
 * 'save' writes the rows of the last import to IndexedDB from the worker: they never cross to the page.
 */
export type WorkerRequest =
  | { kind: 'inspect'; id: number; source: SessionFile; options: InspectOptions }
  | { kind: 'import'; id: number; source: SessionFile; spec: DatasetSpec; mapping: ColumnMapping; options: InspectOptions & TypingOptions }
  | { kind: 'save'; id: number; exerciseId: string; specId: string; summary: DatasetSummary }
  | { kind: 'release' };

export type WorkerReply =
  /** Sent as soon as a request arrives: a worker that does not answer so is gone (see client.ts). */
  | { kind: 'received'; id: number }
  | { kind: 'progress'; id: number; fraction: number }
  | { kind: 'inspected'; id: number; outcome: Outcome<Inspection> }
  | { kind: 'imported'; id: number; outcome: Outcome<ImportSummary> }
  | { kind: 'saved'; id: number; result: DatasetStoreResult<StoredDatasetInfo> };
