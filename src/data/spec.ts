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
  /**
   * The template's example value, shown on its guide sheet; a row of the file whose cells all equal the
   * declared examples is the example pasted back, and the importer leaves it out.
   */
  example?: string | number;
  /**
   * What a participant may write in a column with a fixed set of answers (a category's values, Kano's five
   * answers), per language: the template's notes list them in the template's language.
   */
  accepted?: Record<Locale, readonly string[]>;
  /**
   * Not required, but the exercise cannot tell what it is for without it: when the file has no such column,
   * the mapping and the import report say this reason before the user accepts.
   */
  recommended?: LocalizedText;
}

/**
 * A Likert scale the spec's answer columns share (its likert columns bounded by `min`…`max`), and the other
 * scales the exercise can switch to (by their top point). When a file's answers go past `max` but fit one of
 * those, the import report proposes it instead of leaving the answers out one by one.
 */
export interface LikertScale {
  min: number;
  max: number;
  allowedMax: readonly number[];
}

/**
 * Files a participant has once for the whole workbook: a sales export serves every exercise that reads sales, a
 * customer list (a CRM export) every exercise that reads customers' attributes.
 * A spec of a shared kind is stored once, in "My data", whichever exercise imported it.
 */
export const SHARED_DATA_KINDS = ['sales', 'customers'] as const;
export type SharedDataKind = (typeof SHARED_DATA_KINDS)[number];

/**
 * Shapes besides one row per record that a spec accepts, turned into its rows at import (src/data/import/layout.ts):
 * one group per line with its items listed across the line and no header (basket data as published), and a wide
 * table of 0/1 marks with one column per item.
 */
export const ALTERNATIVE_LAYOUTS = ['basketPerLine', 'wideBinary'] as const;
export type AlternativeLayout = (typeof ALTERNATIVE_LAYOUTS)[number];

/** The alternative layouts a spec accepts, and the two columns they fill: the group (a receipt) and its item (a product). */
export interface SpecLayouts {
  accepted: readonly AlternativeLayout[];
  /** Spec column key of the group: the line number, or the wide table's id column. */
  group: string;
  /** Spec column key of the item: a listed value, or the header of a marked column. */
  item: string;
}

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
  scale?: LikertScale;
  layouts?: SpecLayouts;
}
