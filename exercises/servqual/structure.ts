import type { LocalizedText } from '../../src/i18n/locale';

/**
 * The fixed skeleton of the SERVQUAL questionnaire (Parasuraman, Zeithaml & Berry 1988; ../shared/METHODS.md):
 * 22 items over five dimensions. Statement texts may be rewritten for a business, but an item never changes
 * its dimension, so the dimension is derived from the item's number and never stored.
 *
 * Kept apart from the statement texts so the state schema and the model load without them.
 */

export const DIMENSIONS = ['tangibles', 'reliability', 'responsiveness', 'assurance', 'empathy'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const ITEM_COUNT = 22;

/** First and last item of each dimension, as METHODS.md numbers them: 1–4, 5–9, 10–13, 14–17, 18–22. */
const DIMENSION_RANGES: Record<Dimension, readonly [number, number]> = {
  tangibles: [1, 4],
  reliability: [5, 9],
  responsiveness: [10, 13],
  assurance: [14, 17],
  empathy: [18, 22],
};

/** 1…22 */
export const ITEM_NUMBERS: readonly number[] = Array.from({ length: ITEM_COUNT }, (_, index) => index + 1);

export function itemsOfDimension(dimension: Dimension): number[] {
  const [first, last] = DIMENSION_RANGES[dimension];
  return ITEM_NUMBERS.filter((item) => item >= first && item <= last);
}

export function dimensionOfItem(item: number): Dimension {
  for (const dimension of DIMENSIONS) {
    const [first, last] = DIMENSION_RANGES[dimension];
    if (item >= first && item <= last) return dimension;
  }
  throw new Error(`SERVQUAL has items 1–${ITEM_COUNT}, not ${item}`);
}

/** The original instrument uses 1–7; a 1–5 scale is offered because many companies already survey on it. */
export const SCALES = [7, 5] as const;
export type Scale = (typeof SCALES)[number];
export const DEFAULT_SCALE: Scale = 7;

/** The generic wording and the three businesses the seminar adapts it to (texts in statements.ts). */
export const PRESET_IDS = ['generic', 'bank', 'shop', 'b2b'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

/**
 * Dimension names, used by the column synonyms of the response file as well as by the messages.
 * Russian literature uses two names for two of them; the first is the one the workbook shows.
 */
export const DIMENSION_NAMES: Record<Dimension, LocalizedText> = {
  tangibles: { ru: 'Материальность', en: 'Tangibles', zh: '有形性' },
  reliability: { ru: 'Надёжность', en: 'Reliability', zh: '可靠性' },
  responsiveness: { ru: 'Отзывчивость', en: 'Responsiveness', zh: '响应性' },
  assurance: { ru: 'Убедительность', en: 'Assurance', zh: '保证性' },
  empathy: { ru: 'Эмпатия', en: 'Empathy', zh: '移情性' },
};

/** Other names a participant's spreadsheet may use for a dimension (synonyms only, never shown). */
export const DIMENSION_ALIASES: Record<Dimension, LocalizedText[]> = {
  tangibles: [{ ru: 'Осязаемость', en: 'Tangibility', zh: '有形' }],
  reliability: [{ ru: 'Надежность', en: 'Dependability', zh: '可靠' }],
  responsiveness: [{ ru: 'Оперативность', en: 'Promptness', zh: '响应' }],
  assurance: [{ ru: 'Уверенность', en: 'Confidence', zh: '保证' }],
  empathy: [{ ru: 'Сопереживание', en: 'Care', zh: '关怀' }],
};
