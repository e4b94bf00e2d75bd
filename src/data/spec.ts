import type { LocalizedText, Locale } from '../i18n/locale';

/** How a column's cells are read (locale-aware numbers, percents, dates, Likert points, categories). */
export type ColumnType = 'text' | 'number' | 'money' | 'percent' | 'date' | 'likert' | 'category';

export interface ColumnSpec {
  key: string;
  type: ColumnType;
  required: boolean;
  label: LocalizedText;
  /** Header names that map to this column, per language, compared case- and space-insensitively. */
  synonyms: Record<Locale, readonly string[]>;
  /** Numbers below/above are reported (code 'negative' when min is 0, else 'outOfRange'). Likert: the scale. */
  min?: number;
  max?: number;
  /** Dates after today are reported unless allowed (sales and visits cannot happen in the future). */
  allowFutureDates?: boolean;
  /** The value written in the example row of the blank template. */
  example?: string | number;
}

/**
 * Files a participant has once for the whole workbook: a sales export serves every exercise that reads sales.
 * A spec of a shared kind is stored once, in "My data", whichever exercise imported it.
 */
export const SHARED_DATA_KINDS = ['sales'] as const;
export type SharedDataKind = (typeof SHARED_DATA_KINDS)[number];

/** What an exercise needs from the participant's spreadsheet. */
export interface DatasetSpec {
  id: string;
  title: LocalizedText;
  columns: readonly ColumnSpec[];
  /**
   * Set for a file of a kind the whole workbook shares: imported once, offered to every exercise with a spec
   * of this kind. The spec's `id` must then equal the kind.
   */
  shared?: SharedDataKind;
}
