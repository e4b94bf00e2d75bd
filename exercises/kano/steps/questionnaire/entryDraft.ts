import { z } from 'zod/mini';
import { kanoAnswerSchema, type FeatureAnswerEntry, type KanoFeature, type TypedResponse } from '../../state';

/**
 * The paper form being typed in, kept as a draft in progress (like any field that is not saved yet), so a
 * reload in the middle of a form loses nothing. Answers are '' until chosen.
 */
const answerOrBlank = z.union([kanoAnswerSchema, z.literal('')]);
export const entryDraftSchema = z.object({
  respondent: z.string(),
  segment: z.string(),
  answers: z.record(z.string(), z.object({ functional: answerOrBlank, dysfunctional: answerOrBlank, importance: z.string() })),
});
export type EntryDraft = z.infer<typeof entryDraftSchema>;
export type DraftAnswer = EntryDraft['answers'][string];

export const ENTRY_DRAFT_KEY = 'questionnaire.entry';
export const BLANK_ANSWER: DraftAnswer = { functional: '', dysfunctional: '', importance: '' };

export function readEntryDraft(raw: string | undefined): EntryDraft | null {
  if (raw === undefined) return null;
  try {
    const parsed = entryDraftSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The next free respondent id: the last one's number plus one, keeping its prefix and padding ("R64" → "R65"). */
export function nextRespondentId(typed: readonly TypedResponse[]): string {
  const taken = new Set(typed.map((form) => form.respondent));
  const last = typed.at(-1)?.respondent ?? '';
  const match = /^(.*?)(\d+)$/.exec(last);
  const prefix = match?.[1] ?? '';
  const width = match?.[2]?.length ?? 1;
  let number = match ? Number(match[2]) + 1 : typed.length + 1;
  let candidate = `${prefix}${String(number).padStart(width, '0')}`;
  while (taken.has(candidate)) {
    number += 1;
    candidate = `${prefix}${String(number).padStart(width, '0')}`;
  }
  return candidate;
}

export type EntryProblem = 'respondentMissing' | 'respondentTaken' | 'noPairs';

export function checkEntry(draft: EntryDraft, features: readonly KanoFeature[], typed: readonly TypedResponse[]): EntryProblem[] {
  const problems: EntryProblem[] = [];
  const respondent = draft.respondent.trim();
  if (respondent === '') problems.push('respondentMissing');
  else if (typed.some((form) => form.respondent === respondent)) problems.push('respondentTaken');
  const pairs = features.filter((feature) => {
    const answer = draft.answers[feature.id];
    return answer !== undefined && answer.functional !== '' && answer.dysfunctional !== '';
  });
  if (pairs.length === 0) problems.push('noPairs');
  return problems;
}

/** The draft as a stored form; features left blank are not written. */
export function typedResponseFromDraft(draft: EntryDraft, features: readonly KanoFeature[]): TypedResponse {
  const answers: Record<string, FeatureAnswerEntry> = {};
  for (const feature of features) {
    const answer = draft.answers[feature.id];
    if (!answer || (answer.functional === '' && answer.dysfunctional === '' && answer.importance === '')) continue;
    answers[feature.id] = {
      functional: answer.functional === '' ? null : answer.functional,
      dysfunctional: answer.dysfunctional === '' ? null : answer.dysfunctional,
      importance: answer.importance === '' ? null : Number(answer.importance),
    };
  }
  const segment = draft.segment.trim();
  return { respondent: draft.respondent.trim(), segment: segment === '' ? null : segment, answers };
}
