import type { Locale } from '../../i18n/locale';
import type { CellValue, SheetSpec } from '../sheet';
import type { ColumnSpec, ColumnType, DatasetSpec } from '../spec';
import { exportXlsx } from '../exportWorkbook';

/**
 * The blank template of a dataset spec: a data sheet holding only the header row the importer maps at once
 * (the labels in the user's language are among the synonyms it knows), and a guide sheet explaining every
 * column with a correctly typed example. Participants fill it in at their office, so it must explain itself.
 * The example is never a row of the data sheet: a participant who types below it would import it as a
 * respondent or a sale (the importer still recognises it when it is pasted back: exampleRows.ts).
 */

/** The words of the template, given by the UI in the user's language so this module stays free of React. */
export interface TemplateWording {
  dataSheet: string;
  guideSheet: string;
  guideHeaders: { column: string; type: string; required: string; formats: string; example: string; synonyms: string };
  yes: string;
  no: string;
  typeName: (type: ColumnType) => string;
  /**
   * How a cell of this column is written, with its bounds; `accepted` lists the values of a column with a
   * fixed set of answers in the template's language (ColumnSpec.accepted).
   */
  formats: (column: ColumnSpec, example: CellValue, accepted: readonly string[] | undefined) => string;
  /** A stand-in text for text columns that declare no example. */
  exampleText: string;
}

function isoDate(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** A local-midnight Date from 'yyyy-mm-dd', so the exported cell shows that calendar day. */
function dateFromIso(text: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * The example cell of a column: its declared example when there is one, else a plausible value of its type.
 * Dates are real date cells (a day in the past, as sales cannot be in the future); numbers are numbers;
 * percents are written as "12 %", the way people type them, which the importer reads as 0.12.
 */
export function exampleCell(column: ColumnSpec, wording: Pick<TemplateWording, 'exampleText'>, today: Date): CellValue {
  const given = column.example;
  switch (column.type) {
    case 'date': {
      if (typeof given === 'string') return dateFromIso(given) ?? given;
      // The 15th of the previous month: in the past, and unambiguous whichever way day and month are read.
      return new Date(today.getFullYear(), today.getMonth() - 1, 15);
    }
    case 'number':
      return given ?? Math.max(column.min ?? 0, 12);
    case 'money':
      return given ?? Math.max(column.min ?? 0, 1500);
    case 'percent':
      return given ?? '12 %';
    case 'likert': {
      if (given !== undefined) return given;
      const low = column.min ?? 1;
      const high = column.max ?? 5;
      return Math.ceil((low + high) / 2);
    }
    case 'category':
    case 'text':
      return given ?? wording.exampleText;
  }
}

function displayExample(value: CellValue): string {
  if (value instanceof Date) return isoDate(value);
  return value === null ? '' : String(value);
}

/** The two sheets of the template, in the user's language: the header row alone, and the guide. Pure: `today` is passed in. */
export function templateSheets(spec: DatasetSpec, locale: Locale, wording: TemplateWording, today = new Date()): SheetSpec[] {
  const headers = spec.columns.map((column) => column.label[locale]);
  const examples = spec.columns.map((column) => exampleCell(column, wording, today));
  const guideRows: CellValue[][] = [
    [wording.guideHeaders.column, wording.guideHeaders.type, wording.guideHeaders.required, wording.guideHeaders.formats, wording.guideHeaders.example, wording.guideHeaders.synonyms],
    ...spec.columns.map((column, index) => {
      const example = examples[index] ?? null;
      const otherNames = column.synonyms[locale].filter((name) => name.toLowerCase() !== column.label[locale].toLowerCase());
      return [
        column.label[locale],
        wording.typeName(column.type),
        column.required ? wording.yes : wording.no,
        wording.formats(column, example, column.accepted?.[locale]),
        displayExample(example),
        otherNames.join(', '),
      ];
    }),
  ];
  return [
    // Wide enough for each header, since no example row widens the columns any more.
    { name: wording.dataSheet, rows: [headers], columnWidths: headers.map((header) => Math.min(Math.max(header.length + 2, 10), 40)) },
    { name: wording.guideSheet, rows: guideRows, columnWidths: [24, 16, 12, 48, 14, 40] },
  ];
}

/** Builds the template and hands it to the browser (SheetJS is loaded on demand by exportXlsx). */
export function downloadTemplate(fileName: string, spec: DatasetSpec, locale: Locale, wording: TemplateWording): Promise<void> {
  return exportXlsx(fileName, templateSheets(spec, locale, wording));
}
