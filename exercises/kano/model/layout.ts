import type { RawCell, TypedRow, TypedValue } from '../../../src/data/import/types';
import { LOCALES } from '../../../src/i18n/locale';
import { RESPONDENT_SYNONYMS, SEGMENT_SYNONYMS } from '../inputs';
import type { KanoFeature } from '../state';
import { parseKanoAnswer } from './answers';
import { normaliseFeatureName, type KanoResponse } from './survey';

/** Turning either response layout (inputs.ts) into KanoResponse values, with a report of what was left out. */

type FeatureRef = Pick<KanoFeature, 'id' | 'name'>;
export type WideColumnRole = 'functional' | 'dysfunctional' | 'importance';

/**
 * Words that mark a wide column's role after the feature's name. Single letters (F1_f, F1_d, F1_i) are
 * matched only after a separator, so a feature name ending in "d" is not cut.
 */
const ROLE_MARKERS: Record<WideColumnRole, readonly string[]> = {
  functional: [
    'functional question', 'functional', 'function', 'func', 'fn', 'f', 'positive', 'pos', 'present', 'with',
    'функциональный вопрос', 'функциональный', 'функциональная', 'функц', 'ф', 'есть', 'если есть',
    '功能性问题', '正向问题', '功能性', '功能', '正向', '具备',
  ],
  dysfunctional: [
    'dysfunctional question', 'dysfunctional', 'dysfunction', 'dysfunc', 'dys', 'df', 'd', 'negative', 'neg', 'absent', 'without',
    'дисфункциональный вопрос', 'дисфункциональный', 'дисфункциональная', 'дисфункц', 'дисф', 'д', 'нет', 'если нет', 'без',
    '非功能性问题', '反向问题', '非功能性', '非功能', '反向', '不具备', '缺失',
  ],
  importance: ['importance', 'important', 'imp', 'i', 'weight', 'важность', 'важно', 'вес', 'в', '重要性', '重要程度', '重要'],
};

/** Longest first, so "非功能" is tried before "功能" and "dysfunctional" before "d". */
const MARKERS_LONGEST_FIRST: readonly { role: WideColumnRole; marker: string }[] = (
  Object.entries(ROLE_MARKERS) as [WideColumnRole, readonly string[]][]
)
  .flatMap(([role, markers]) => markers.map((marker) => ({ role, marker })))
  .sort((left, right) => right.marker.length - left.marker.length);

const CLOSING_BRACKETS = /[\s)\]）】}]+$/u;
const SEPARATORS = /[\s\-–—:|/_,.;([（【{]+$/u;
const CJK = /\p{Script=Han}$/u;

function headerKey(header: string): string {
  return normaliseFeatureName(header);
}

/** The names a feature may be written as in a header: its name, its id, and its code by list position. */
function featureKeys(feature: FeatureRef, index: number): string[] {
  const number = index + 1;
  return [normaliseFeatureName(feature.name), normaliseFeatureName(feature.id), `f${number}`, `feature ${number}`, `feature${number}`, `признак ${number}`, `признак${number}`, `特性${number}`, `特征${number}`];
}

function featureLookup(features: readonly FeatureRef[]): Map<string, string> {
  const lookup = new Map<string, string>();
  features.forEach((feature, index) => {
    for (const key of featureKeys(feature, index)) if (key !== '' && !lookup.has(key)) lookup.set(key, feature.id);
  });
  return lookup;
}

/** "Доставка (функциональный)" → { featureId of Доставка, role: 'functional' }; null when it is not a feature column. */
export function readWideHeader(header: string, features: readonly FeatureRef[]): { featureId: string; role: WideColumnRole } | null {
  return readWideHeaderWith(headerKey(header), featureLookup(features));
}

function readWideHeaderWith(key: string, lookup: ReadonlyMap<string, string>): { featureId: string; role: WideColumnRole } | null {
  const trimmed = key.replace(CLOSING_BRACKETS, '');
  for (const { role, marker } of MARKERS_LONGEST_FIRST) {
    if (!trimmed.endsWith(marker) || trimmed.length === marker.length) continue;
    const rest = trimmed.slice(0, -marker.length);
    const base = rest.replace(SEPARATORS, '');
    // Chinese headers often glue the marker to the name ("送货上门正向"); elsewhere a separator is required.
    const separated = base.length < rest.length || (CJK.test(rest) && CJK.test(marker));
    if (!separated) continue;
    const featureId = lookup.get(base.trim());
    if (featureId !== undefined) return { featureId, role };
  }
  return null;
}

export interface WideFeatureColumns {
  featureId: string;
  functional: number | null;
  dysfunctional: number | null;
  importance: number | null;
}

export interface WidePairing {
  respondentColumn: number | null;
  segmentColumn: number | null;
  /** Features with both a functional and a dysfunctional column, in the feature list's order. */
  paired: WideFeatureColumns[];
  /** Features missing one or both answer columns. */
  unpairedFeatureIds: string[];
  /** Header indexes used for nothing (comments, timestamps, question numbers…). */
  unusedColumns: number[];
}

function synonymKeys(synonyms: Record<(typeof LOCALES)[number], readonly string[]>): Set<string> {
  return new Set(LOCALES.flatMap((locale) => synonyms[locale].map(headerKey)));
}

/** Which columns hold which feature's answers; the first column of a role wins when a header repeats. */
export function pairWideColumns(headers: readonly string[], features: readonly FeatureRef[]): WidePairing {
  const lookup = featureLookup(features);
  const respondentKeys = synonymKeys(RESPONDENT_SYNONYMS);
  const segmentKeys = synonymKeys(SEGMENT_SYNONYMS);
  const columns = new Map<string, WideFeatureColumns>(features.map((feature) => [feature.id, { featureId: feature.id, functional: null, dysfunctional: null, importance: null }]));
  let respondentColumn: number | null = null;
  let segmentColumn: number | null = null;
  const unusedColumns: number[] = [];
  headers.forEach((header, index) => {
    const key = headerKey(header);
    const role = readWideHeaderWith(key, lookup);
    const entry = role ? columns.get(role.featureId) : undefined;
    if (role && entry && entry[role.role] === null) entry[role.role] = index;
    else if (respondentColumn === null && respondentKeys.has(key)) respondentColumn = index;
    else if (segmentColumn === null && segmentKeys.has(key)) segmentColumn = index;
    else unusedColumns.push(index);
  });
  const all = [...columns.values()];
  return {
    respondentColumn,
    segmentColumn,
    paired: all.filter((entry) => entry.functional !== null && entry.dysfunctional !== null),
    unpairedFeatureIds: all.filter((entry) => entry.functional === null || entry.dysfunctional === null).map((entry) => entry.featureId),
    unusedColumns,
  };
}

/**
 * Which layout a file's headers are in: wide as soon as they pair one of the participant's features
 * (functional and dysfunctional columns named after it); a long file names features in its cells, not
 * in its headers.
 */
export function detectResponseLayout(headers: readonly string[], features: readonly FeatureRef[]): 'wide' | 'long' {
  return pairWideColumns(headers, features).paired.length > 0 ? 'wide' : 'long';
}

function typedValue(cell: RawCell | undefined): TypedValue {
  if (cell === undefined || cell === null) return null;
  if (typeof cell === 'number' || typeof cell === 'string') return cell;
  if (typeof cell === 'boolean') return String(cell);
  return cell.toISOString().slice(0, 10);
}

function isBlank(value: TypedValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

export interface WideToLongResult {
  pairing: WidePairing;
  /** Rows with the long spec's keys (respondent, feature = the feature's id, functional, dysfunctional, importance, segment). */
  rows: TypedRow[];
  /** 0-based index in `rows` of the source for each long row, to point the report at the user's row. */
  sourceRowIndex: number[];
}

/**
 * One row per respondent → one row per respondent and feature. A respondent with both answer cells of
 * a feature blank did not answer it and gives no row for it; without a respondent column, or with the
 * cell blank, the respondent is named by the data row's number (1 = first row under the header).
 */
export function wideToLong(headers: readonly string[], rows: readonly (readonly RawCell[])[], features: readonly FeatureRef[]): WideToLongResult {
  const pairing = pairWideColumns(headers, features);
  const longRows: TypedRow[] = [];
  const sourceRowIndex: number[] = [];
  rows.forEach((row, rowIndex) => {
    const respondentCell = pairing.respondentColumn === null ? null : typedValue(row[pairing.respondentColumn]);
    const respondent = isBlank(respondentCell) ? String(rowIndex + 1) : String(respondentCell).trim();
    const segmentCell = pairing.segmentColumn === null ? null : typedValue(row[pairing.segmentColumn]);
    const segment = isBlank(segmentCell) ? null : String(segmentCell).trim();
    for (const columns of pairing.paired) {
      const functional = typedValue(row[columns.functional ?? -1]);
      const dysfunctional = typedValue(row[columns.dysfunctional ?? -1]);
      const importance = columns.importance === null ? null : typedValue(row[columns.importance]);
      if (isBlank(functional) && isBlank(dysfunctional) && isBlank(importance)) continue;
      longRows.push({ respondent, feature: columns.featureId, functional, dysfunctional, importance, segment });
      sourceRowIndex.push(rowIndex);
    }
  });
  return { pairing, rows: longRows, sourceRowIndex };
}

export type LongRowProblemCode =
  | 'missingRespondent'
  | 'unknownFeature'
  | 'unrecognisedAnswer'
  | 'importanceOutOfScale'
  /** The same respondent answered the same feature twice in one source: the first row is kept. */
  | 'duplicate';

export interface LongRowProblem {
  /** 0-based index in the rows given. */
  rowIndex: number;
  column: 'respondent' | 'feature' | 'functional' | 'dysfunctional' | 'importance';
  value: string;
  code: LongRowProblemCode;
}

export interface ResponsesFromRows {
  responses: KanoResponse[];
  problems: LongRowProblem[];
}

function readImportance(value: TypedValue, scaleMax: number): number | 'blank' | 'invalid' {
  if (isBlank(value)) return 'blank';
  const number = typeof value === 'number' ? value : Number(String(value).trim().replace(',', '.'));
  if (!Number.isInteger(number) || number < 1 || number > scaleMax) return 'invalid';
  return number;
}

/**
 * Long rows (imported, or made by wideToLong) → responses. An unrecognised answer is reported and left
 * empty, never guessed; the rest of the row is kept.
 */
export function responsesFromLongRows(rows: readonly TypedRow[], features: readonly FeatureRef[], source: string, importanceScaleMax = 9): ResponsesFromRows {
  const lookup = featureLookup(features);
  const responses: KanoResponse[] = [];
  const problems: LongRowProblem[] = [];
  const seen = new Set<string>();
  rows.forEach((row, rowIndex) => {
    const respondentCell = row.respondent ?? null;
    const featureCell = row.feature ?? null;
    if (isBlank(respondentCell)) {
      problems.push({ rowIndex, column: 'respondent', value: '', code: 'missingRespondent' });
      return;
    }
    const featureId = isBlank(featureCell) ? undefined : lookup.get(normaliseFeatureName(String(featureCell)));
    if (featureId === undefined) {
      problems.push({ rowIndex, column: 'feature', value: String(featureCell ?? ''), code: 'unknownFeature' });
      return;
    }
    const respondent = String(respondentCell).trim();
    const duplicateKey = `${respondent}\u0000${featureId}`;
    if (seen.has(duplicateKey)) {
      problems.push({ rowIndex, column: 'respondent', value: respondent, code: 'duplicate' });
      return;
    }
    seen.add(duplicateKey);

    const answers = (['functional', 'dysfunctional'] as const).map((column) => {
      const parsed = parseKanoAnswer(row[column] ?? null);
      if (parsed.kind === 'unrecognised') problems.push({ rowIndex, column, value: parsed.value, code: 'unrecognisedAnswer' });
      return parsed.kind === 'answer' ? parsed.answer : null;
    });
    const importance = readImportance(row.importance ?? null, importanceScaleMax);
    if (importance === 'invalid') problems.push({ rowIndex, column: 'importance', value: String(row.importance), code: 'importanceOutOfScale' });
    const segmentCell = row.segment ?? null;
    responses.push({
      source,
      respondent,
      segment: isBlank(segmentCell) ? null : String(segmentCell).trim(),
      featureId,
      functional: answers[0] ?? null,
      dysfunctional: answers[1] ?? null,
      importance: typeof importance === 'number' ? importance : null,
    });
  });
  return { responses, problems };
}
