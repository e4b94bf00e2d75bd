import { parseLocaleNumber } from '../../../../src/data/numbers';
import type { Locale } from '../../../../src/i18n/locale';
import { DIMENSIONS, ITEM_COUNT, type Scale } from '../../structure';
import type { SurveyResponse } from '../../state';
import { WEIGHT_TOTAL } from '../../model';

/**
 * The entry form's fields as typed: kept as drafts in progress (so a half-typed form survives a reload) and
 * read into a response only when the participant adds it. Keys follow the response file's columns.
 */
export const ENTRY_DRAFT_PREFIX = 'entry.';
export const entryField = {
  respondent: 'respondent',
  expectation: (item: number) => `E${item}`,
  perception: (item: number) => `P${item}`,
  weight: (index: number) => `W${index + 1}`,
};

export type FieldReading = { kind: 'blank' } | { kind: 'number'; value: number } | { kind: 'invalid'; problem: 'notANumber' | 'answerRange' | 'weightRange' };

/** An answer is a whole point of the scale; anything else is a typing slip to fix before adding. */
export function readAnswer(text: string, scale: Scale, locale: Locale): FieldReading {
  if (text.trim() === '') return { kind: 'blank' };
  const parsed = parseLocaleNumber(text, { decimalComma: locale === 'ru' });
  if (!parsed) return { kind: 'invalid', problem: 'notANumber' };
  if (!Number.isInteger(parsed.value) || parsed.value < 1 || parsed.value > scale) return { kind: 'invalid', problem: 'answerRange' };
  return { kind: 'number', value: parsed.value };
}

/** A weight is 0…100 points; whether the five make 100 is the model's check, shown as a warning, not a block. */
export function readWeight(text: string, locale: Locale): FieldReading {
  if (text.trim() === '') return { kind: 'blank' };
  const parsed = parseLocaleNumber(text, { decimalComma: locale === 'ru' });
  if (!parsed) return { kind: 'invalid', problem: 'notANumber' };
  if (parsed.value < 0 || parsed.value > WEIGHT_TOTAL) return { kind: 'invalid', problem: 'weightRange' };
  return { kind: 'number', value: parsed.value };
}

const valueOf = (reading: FieldReading): number | null => (reading.kind === 'number' ? reading.value : null);

export interface EntryReading {
  invalid: { field: string; problem: Extract<FieldReading, { kind: 'invalid' }>['problem'] }[];
  response: SurveyResponse;
  /** Nothing typed at all: there is nothing to add. */
  empty: boolean;
}

/** Reads the typed texts; switched-off items are not asked, so they stay missing. */
export function readEntry(texts: Readonly<Record<string, string>>, enabledItems: readonly number[], scale: Scale, locale: Locale, respondentId: string): EntryReading {
  const enabled = new Set(enabledItems);
  const invalid: EntryReading['invalid'] = [];
  let typed = 0;
  const read = (field: string, reading: FieldReading): number | null => {
    if (reading.kind === 'invalid') invalid.push({ field, problem: reading.problem });
    if (reading.kind !== 'blank') typed++;
    return valueOf(reading);
  };
  const items = Array.from({ length: ITEM_COUNT }, (_, index) => index + 1);
  const answers = (field: (item: number) => string) =>
    items.map((item) => (enabled.has(item) ? read(field(item), readAnswer(texts[field(item)] ?? '', scale, locale)) : null));
  const expectations = answers(entryField.expectation);
  const perceptions = answers(entryField.perception);
  const weights = DIMENSIONS.map((_, index) => read(entryField.weight(index), readWeight(texts[entryField.weight(index)] ?? '', locale)));
  return { invalid, response: { respondentId, expectations, perceptions, weights }, empty: typed === 0 };
}

/** "R01", "R02"…: the next number not yet used in the wave. */
export function nextRespondentId(existing: readonly SurveyResponse[]): string {
  const used = new Set(existing.map((response) => response.respondentId));
  let n = existing.length + 1;
  let id = `R${String(n).padStart(2, '0')}`;
  while (used.has(id)) id = `R${String(++n).padStart(2, '0')}`;
  return id;
}
