import type { DatasetSummary } from '../../../../src/workbook/exerciseData';
import { expectationColumn, perceptionColumn, waveDatasetKey } from '../../inputs';
import { ITEM_NUMBERS } from '../../structure';
import type { SurveyResponse, Wave } from '../../state';

/**
 * A wave may take its answers from several files (a paper batch typed by one colleague, an online export…).
 * Each file is its own stored dataset: the first under `waveDatasetKey(wave.id)`, the next ones under that key
 * plus "/2", "/3"…, so removing or replacing one file never touches the others or another wave's.
 */
export interface WaveFile {
  key: string;
  slot: number;
  summary: DatasetSummary;
}

export function waveFileKey(waveId: string, slot: number): string {
  const base = waveDatasetKey(waveId);
  return slot === 1 ? base : `${base}/${slot}`;
}

function slotOf(waveId: string, key: string): number | null {
  const base = waveDatasetKey(waveId);
  if (key === base) return 1;
  if (!key.startsWith(`${base}/`)) return null;
  const slot = Number(key.slice(base.length + 1));
  return Number.isInteger(slot) && slot > 1 ? slot : null;
}

/** The wave's imported files, from the summaries the store keeps per dataset key, in slot order. */
export function filesOfWave(wave: Wave, summaries: Readonly<Record<string, DatasetSummary>>): WaveFile[] {
  const files: WaveFile[] = [];
  for (const [key, summary] of Object.entries(summaries)) {
    const slot = slotOf(wave.id, key);
    if (slot !== null) files.push({ key, slot, summary });
  }
  // A wave recorded as one imported dataset under another key (older progress, a restored backup) still counts.
  const source = wave.source;
  if (source.kind === 'dataset' && !files.some((file) => file.key === source.datasetKey)) {
    const summary = summaries[source.datasetKey];
    if (summary) files.push({ key: source.datasetKey, slot: 0, summary });
  }
  return files.sort((a, b) => a.slot - b.slot);
}

/** The first free slot: after the highest in use, so a removed file's slot is not reused while rows may linger. */
export function nextFileSlot(files: readonly WaveFile[]): number {
  return files.reduce((highest, file) => Math.max(highest, file.slot), 0) + 1;
}

/** Answers typed into the app's entry form (kept in progress). */
export function enteredResponses(wave: Wave): SurveyResponse[] {
  return wave.source.kind === 'entered' ? wave.source.responses : [];
}

/** The same list in date order, as the comparison shows it; equal dates keep the order they were added in. */
export function wavesByDate(waves: readonly Wave[]): Wave[] {
  return [...waves].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** A new wave id that no stored dataset can already use. */
export function newWaveId(existing: readonly Wave[], now = Date.now()): string {
  let id = `wave-${now.toString(36)}`;
  let n = 1;
  while (existing.some((wave) => wave.id === id)) id = `wave-${now.toString(36)}-${++n}`;
  return id;
}

export function todayIso(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

const ANSWER_COLUMNS = new Set(ITEM_NUMBERS.flatMap((item) => [expectationColumn(item), perceptionColumn(item)]));

export interface DroppedAtImport {
  fileName: string;
  /** Answers the import left out as outside the scale set at the time: they are not in the stored rows. */
  count: number;
}

/**
 * Answers outside the scale that never reached the wave: the importer leaves such a cell empty and counts it in
 * the file's summary. Without these the wave's own check would say "0 outside the scale" of a 1–7 file read
 * as 1–5. Files that dropped none are not listed.
 */
export function droppedOutsideScale(files: readonly WaveFile[]): DroppedAtImport[] {
  return files
    .map((file) => ({
      fileName: file.summary.fileName,
      count: file.summary.problemCounts.reduce((sum, entry) => (entry.code === 'outOfRange' && ANSWER_COLUMNS.has(entry.column) ? sum + entry.count : sum), 0),
    }))
    .filter((file) => file.count > 0);
}
