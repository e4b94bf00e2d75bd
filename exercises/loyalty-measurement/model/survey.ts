import type { TypedRow, TypedValue } from '../../../src/data/import/types';
import { pointOfLabel } from '../content/questionnaire';
import { ATTITUDE_ITEMS, attitudeColumn, SURVEY_COLUMNS } from '../inputs';
import type { TypedAnswer } from '../state';
import { countNps, npsResult, type NpsResult } from './nps';

/**
 * The survey's answers from every source (each imported file, the answers typed in), what is wrong with them,
 * and its results: NPS (./nps.ts), CSAT = share of 4–5 on 1–5, CES = mean on 1–7 (7 = very easy), the mean
 * attitude on 1–5, overall and per segment (METHODS.md "Loyalty measurement").
 */

export interface SurveyAnswer {
  respondent: string | null;
  customer: string | null;
  segment: string | null;
  nps: number | null;
  csat: number | null;
  ces: number | null;
  /** The mean of the answer's attitude statements, 1–5. */
  attitude: number | null;
  /** The file the answer came from; null for an answer typed in the app. */
  fileName: string | null;
}

/** One imported file's rows, as the survey spec types them. */
export interface SurveyFileRows {
  fileName: string;
  rows: readonly TypedRow[];
}

export type ScoreColumn = 'nps' | 'csat' | 'ces' | 'attitude';
export const SCALES: Record<ScoreColumn, { min: number; max: number }> = {
  nps: { min: 0, max: 10 },
  csat: { min: 1, max: 5 },
  ces: { min: 1, max: 7 },
  attitude: { min: 1, max: 5 },
};

/**
 * Problems found in the answers, each left out of the results: a score outside its scale or not whole is
 * dropped from that answer (its other scores count); an answer whose respondent or customer was already
 * seen is dropped whole (the same file imported twice, one customer answering twice).
 */
export type SurveyProblemCode = 'outsideScale' | 'notWhole' | 'notScore' | 'duplicateRespondent' | 'duplicateCustomer';

export interface SurveyProblem {
  code: SurveyProblemCode;
  column: ScoreColumn | 'respondent' | 'customer';
  count: number;
  /** The first few values, as written. */
  examples: string[];
  /** Files where it happened, in order; empty for answers typed in. */
  files: string[];
}

export const PROBLEM_EXAMPLES = 3;

type CellReading = { value: number | null } | { problem: 'outsideScale' | 'notWhole' | 'notScore'; shown: string };

/** A number written with a decimal comma or point; null for anything else. */
function numberOfText(text: string): number | null {
  const cleaned = text.trim().replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : null;
}

/** A score cell: a number, a number as text, or (CSAT, CES) one of the scale's words in ru/en/zh. */
export function readScore(column: ScoreColumn, cell: TypedValue | undefined): CellReading {
  if (cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '')) return { value: null };
  let value: number | null = typeof cell === 'number' ? cell : numberOfText(cell);
  if (value === null && typeof cell === 'string' && (column === 'csat' || column === 'ces')) value = pointOfLabel(column, cell);
  if (value === null) return { problem: 'notScore', shown: String(cell) };
  if (!Number.isInteger(value)) return { problem: 'notWhole', shown: String(cell) };
  const { min, max } = SCALES[column];
  return value < min || value > max ? { problem: 'outsideScale', shown: String(cell) } : { value };
}

const textOf = (cell: TypedValue | undefined): string | null => {
  if (cell === null || cell === undefined) return null;
  const text = String(cell).trim();
  return text === '' ? null : text;
};

class ProblemTally {
  private readonly byKey = new Map<string, SurveyProblem>();

  add(code: SurveyProblemCode, column: SurveyProblem['column'], shown: string, fileName: string | null): void {
    const key = `${code}\u0000${column}`;
    let problem = this.byKey.get(key);
    if (!problem) {
      problem = { code, column, count: 0, examples: [], files: [] };
      this.byKey.set(key, problem);
    }
    problem.count++;
    if (problem.examples.length < PROBLEM_EXAMPLES && !problem.examples.includes(shown)) problem.examples.push(shown);
    if (fileName !== null && !problem.files.includes(fileName)) problem.files.push(fileName);
  }

  list(): SurveyProblem[] {
    return [...this.byKey.values()];
  }
}

function answerFromRow(row: TypedRow, fileName: string, tally: ProblemTally): SurveyAnswer {
  const score = (column: ScoreColumn, key: string): number | null => {
    const reading = readScore(column, row[key]);
    if ('value' in reading) return reading.value;
    tally.add(reading.problem, column, reading.shown, fileName);
    return null;
  };
  const attitudes: number[] = [];
  for (let item = 1; item <= ATTITUDE_ITEMS; item++) {
    const value = score('attitude', attitudeColumn(item));
    if (value !== null) attitudes.push(value);
  }
  return {
    respondent: textOf(row[SURVEY_COLUMNS.respondent]),
    customer: textOf(row[SURVEY_COLUMNS.customer]),
    segment: textOf(row[SURVEY_COLUMNS.segment]),
    nps: score('nps', SURVEY_COLUMNS.nps),
    csat: score('csat', SURVEY_COLUMNS.csat),
    ces: score('ces', SURVEY_COLUMNS.ces),
    attitude: attitudes.length === 0 ? null : attitudes.reduce((sum, value) => sum + value, 0) / attitudes.length,
    fileName,
  };
}

function answerFromTyped(answer: TypedAnswer): SurveyAnswer {
  const text = (value: string) => (value.trim() === '' ? null : value.trim());
  return { respondent: answer.id, customer: text(answer.customer), segment: text(answer.segment), nps: answer.nps, csat: answer.csat, ces: answer.ces, attitude: answer.attitude, fileName: null };
}

export interface SurveyAnswers {
  answers: SurveyAnswer[];
  problems: SurveyProblem[];
}

/**
 * Typed-in answers first, then each file in order. Respondent and customer ids are compared as written, without
 * case or surrounding spaces: "k0001" and "K0001 " are one customer.
 */
export function collectAnswers(files: readonly SurveyFileRows[], typed: readonly TypedAnswer[]): SurveyAnswers {
  const tally = new ProblemTally();
  const candidates = [...typed.map(answerFromTyped), ...files.flatMap((file) => file.rows.map((row) => answerFromRow(row, file.fileName, tally)))];
  const respondents = new Set<string>();
  const customers = new Set<string>();
  const answers: SurveyAnswer[] = [];
  for (const answer of candidates) {
    const respondent = answer.respondent?.toLowerCase() ?? null;
    const customer = answer.customer?.toLowerCase() ?? null;
    if (respondent !== null && respondents.has(respondent)) {
      tally.add('duplicateRespondent', 'respondent', answer.respondent ?? '', answer.fileName);
      continue;
    }
    if (customer !== null && customers.has(customer)) {
      tally.add('duplicateCustomer', 'customer', answer.customer ?? '', answer.fileName);
      continue;
    }
    if (respondent !== null) respondents.add(respondent);
    if (customer !== null) customers.add(customer);
    answers.push(answer);
  }
  return { answers, problems: tally.list() };
}

export interface ShareResult {
  /** Answers with this score. */
  answers: number;
  /** CSAT: answers of 4 or 5. */
  satisfied: number;
  share: number;
}

export interface MeanResult {
  answers: number;
  mean: number;
}

export interface ScoreResults {
  answers: number;
  nps: NpsResult | null;
  csat: ShareResult | null;
  ces: MeanResult | null;
  attitude: MeanResult | null;
}

export interface SegmentResults extends ScoreResults {
  /** As written in the answers; null for answers without a segment. */
  segment: string | null;
  /** Fewer answers than the comparison threshold: shown, not compared. */
  tooSmall: boolean;
}

export interface SurveyResults extends ScoreResults {
  /** How many answered 0, 1, …, 10. */
  distribution: number[];
  /** Largest first; empty when no answer names a segment. */
  segments: SegmentResults[];
}

function mean(values: readonly number[]): MeanResult | null {
  return values.length === 0 ? null : { answers: values.length, mean: values.reduce((sum, value) => sum + value, 0) / values.length };
}

const present = (values: readonly (number | null)[]): number[] => values.filter((value): value is number => value !== null);

export function scoreResults(answers: readonly SurveyAnswer[]): ScoreResults {
  const csat = present(answers.map((answer) => answer.csat));
  const satisfied = csat.filter((value) => value >= 4).length;
  return {
    answers: answers.length,
    nps: npsResult(countNps(present(answers.map((answer) => answer.nps)))),
    csat: csat.length === 0 ? null : { answers: csat.length, satisfied, share: satisfied / csat.length },
    ces: mean(present(answers.map((answer) => answer.ces))),
    attitude: mean(present(answers.map((answer) => answer.attitude))),
  };
}

export function surveyResults(answers: readonly SurveyAnswer[], minSegmentAnswers: number): SurveyResults {
  const distribution = Array.from({ length: 11 }, () => 0);
  for (const answer of answers) if (answer.nps !== null) distribution[answer.nps] = (distribution[answer.nps] ?? 0) + 1;
  const bySegment = new Map<string | null, SurveyAnswer[]>();
  for (const answer of answers) {
    const list = bySegment.get(answer.segment);
    if (list) list.push(answer);
    else bySegment.set(answer.segment, [answer]);
  }
  const named = [...bySegment.keys()].some((segment) => segment !== null);
  const segments = named
    ? [...bySegment.entries()]
        .map(([segment, list]): SegmentResults => ({ segment, ...scoreResults(list), tooSmall: list.length < minSegmentAnswers }))
        // Unnamed last; otherwise the largest first, equal sizes by name so the order never jumps.
        .sort((a, b) => (a.segment === null) !== (b.segment === null) ? (a.segment === null ? 1 : -1) : b.answers - a.answers || (a.segment ?? '').localeCompare(b.segment ?? ''))
    : [];
  return { ...scoreResults(answers), distribution, segments };
}
