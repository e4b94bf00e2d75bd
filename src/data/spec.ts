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
}

/** What an exercise needs from the participant's spreadsheet. */
export interface DatasetSpec {
  id: string;
  title: LocalizedText;
  columns: readonly ColumnSpec[];
}
