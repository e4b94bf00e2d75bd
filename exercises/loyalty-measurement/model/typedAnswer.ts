import type { TypedAnswer } from '../state';
import { readScore, SCALES } from './survey';

/**
 * One answer typed into the app, checked before it is kept: a score outside its scale, text or a fraction in a
 * score, or a respondent or customer already in the list leaves the list as it was and says why per field.
 */

export interface AnswerDraft {
  id: string;
  customer: string;
  segment: string;
  nps: string;
  csat: string;
  ces: string;
  attitude: string;
}

export const EMPTY_DRAFT: AnswerDraft = { id: '', customer: '', segment: '', nps: '', csat: '', ces: '', attitude: '' };

export type DraftProblem = 'required' | 'notScore' | 'notWhole' | 'outsideScale' | 'duplicate' | 'noScore';
export type DraftProblems = Partial<Record<keyof AnswerDraft, DraftProblem>>;

/** The attitude is a mean of 1–5 answers, so a fraction is fine here. */
function readAttitude(text: string): { value: number | null } | { problem: DraftProblem } {
  const cleaned = text.trim().replace(',', '.');
  if (cleaned === '') return { value: null };
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return { problem: 'notScore' };
  const value = Number(cleaned);
  return value < SCALES.attitude.min || value > SCALES.attitude.max ? { problem: 'outsideScale' } : { value };
}

export function checkDraft(draft: AnswerDraft, existing: readonly TypedAnswer[]): { ok: true; answer: TypedAnswer } | { ok: false; problems: DraftProblems } {
  const problems: DraftProblems = {};
  const id = draft.id.trim();
  const customer = draft.customer.trim();
  if (id === '') problems.id = 'required';
  else if (existing.some((answer) => answer.id.trim().toLowerCase() === id.toLowerCase())) problems.id = 'duplicate';
  if (customer !== '' && existing.some((answer) => answer.customer.trim().toLowerCase() === customer.toLowerCase())) problems.customer = 'duplicate';
  const score = (field: 'nps' | 'csat' | 'ces'): number | null => {
    const reading = readScore(field, draft[field]);
    if ('value' in reading) return reading.value;
    problems[field] = reading.problem;
    return null;
  };
  const nps = score('nps');
  const csat = score('csat');
  const ces = score('ces');
  const attitudeReading = readAttitude(draft.attitude);
  const attitude = 'value' in attitudeReading ? attitudeReading.value : null;
  if ('problem' in attitudeReading) problems.attitude = attitudeReading.problem;
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  if (nps === null && csat === null && ces === null && attitude === null) return { ok: false, problems: { nps: 'noScore' } };
  return { ok: true, answer: { id, customer, segment: draft.segment.trim(), nps, csat, ces, attitude } };
}

/** The next free respondent number for the form: T1, T2… after the highest typed so far. */
export function nextTypedId(existing: readonly TypedAnswer[]): string {
  const highest = existing.reduce((top, answer) => {
    const match = /^T(\d+)$/i.exec(answer.id.trim());
    return match ? Math.max(top, Number(match[1])) : top;
  }, 0);
  return `T${highest + 1}`;
}
