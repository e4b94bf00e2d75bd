import { describe, expect, it } from 'vitest';
import { detectDecimalComma } from '../../../../src/data/import/csvDialect';
import { importBytes, inspectBytes } from '../../../../src/data/import/pipeline';
import { typeCell } from '../../../../src/data/import/typing';
import { IMPORT_LIMITS, type ColumnMapping, type InspectOptions, type Inspection, type Outcome, type TypedRow } from '../../../../src/data/import/types';
import { cp1251, SALES, TODAY, utf8, workbook } from './fixtures';

/**
 * The preview and the import must read a number the same way: the inspection decides whether "1,234" is
 * 1.234 or 1234 once, the preview types its cells with that decision, and the import is given it.
 */

function value<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw new Error(`expected success, got ${JSON.stringify(outcome.problem)}`);
  return outcome.value;
}

const MAPPING: ColumnMapping = { date: 0, customer: 1, amount: 2, member: null };

/** The preview rows typed as PreviewTable types them: by the spec, with the inspection's decision. */
function previewTyped(inspection: Inspection, mapping: ColumnMapping): TypedRow[] {
  return inspection.preview.map((row) => {
    const typed: TypedRow = {};
    for (const column of SALES.columns) {
      const source = mapping[column.key];
      const cell = typeCell(source === null || source === undefined ? null : row[source], column, { decimalComma: inspection.decimalComma, today: TODAY });
      typed[column.key] = 'problem' in cell ? null : cell.value;
    }
    return typed;
  });
}

/** As the page does it: inspect, then import pinned to what the inspection found. */
function inspectThenImport(bytes: Uint8Array, name: string, inspectOptions: InspectOptions = {}) {
  const inspection = value(inspectBytes(bytes, name, inspectOptions));
  const pinned: InspectOptions = {
    sheet: inspection.sheet,
    headerRow: inspection.headerRow,
    encoding: inspection.encoding?.used ?? 'auto',
    delimiter: inspection.delimiter ?? 'auto',
    decimalComma: inspection.decimalComma,
  };
  const result = value(importBytes(bytes, name, SALES, MAPPING, { ...pinned, today: TODAY, locale: inspectOptions.locale ?? 'ru' }));
  return { inspection, result };
}

describe('a ";" file whose preview rows are ambiguous but whose later rows are not', () => {
  // The preview holds the first 20 data rows, all "1,234"; the 21st, "2,345.75", can only be English style.
  const ambiguousRows = Array.from({ length: IMPORT_LIMITS.previewRows }, (_, i) => `${String(i + 1).padStart(2, '0')}.03.2024;Клиент ${i + 1};1,234`);
  const text = ['Дата;Клиент;Сумма', ...ambiguousRows, '21.03.2024;Клиент 21;2,345.75'].join('\r\n');
  const bytes = utf8(text);

  it('would have been read differently from the preview rows alone', () => {
    // The old preview voted on its own rows: no evidence, and ';' files default to a decimal comma.
    const previewCells = value(inspectBytes(bytes, 'sales.csv')).preview.flatMap((row) => row.filter((cell): cell is string => typeof cell === 'string'));
    expect(detectDecimalComma(previewCells, ';', true)).toBe(true);
  });

  it('is decided once by the inspection, from the rows below the preview too', () => {
    const { inspection, result } = inspectThenImport(bytes, 'sales.csv');
    expect(inspection.preview).toHaveLength(IMPORT_LIMITS.previewRows);
    expect(inspection.preview.every((row) => row[2] === '1,234')).toBe(true);
    expect(inspection.decimalComma).toBe(false);
    // "1,234" with a decimal dot in the file: one thousand two hundred thirty-four; "2,345.75" = 2345 + 0.75.
    expect(previewTyped(inspection, MAPPING).map((row) => row.amount)).toEqual(Array(20).fill(1234));
    expect(result.rows.map((row) => row.amount)).toEqual([...Array(20).fill(1234), 2345.75]);
    expect(result.rows.slice(0, inspection.preview.length)).toEqual(previewTyped(inspection, MAPPING));
  });

  it('is imported with the decision it is given, not one made again', () => {
    const forced = value(importBytes(bytes, 'sales.csv', SALES, MAPPING, { decimalComma: true, today: TODAY, locale: 'ru' }));
    // Pinned to a decimal comma: "1,234" = 1 + 234/1000; "2,345.75" has both marks, so it stays 2345.75.
    expect(forced.inspection.decimalComma).toBe(true);
    expect(forced.rows.map((row) => row.amount)).toEqual([...Array(20).fill(1.234), 2345.75]);
  });
});

describe('an English-style CSV: "," between cells, amounts with grouped thousands quoted', () => {
  const text = ['Date,Customer,Amount', '2024-03-01,Smith,"1,234.50"', '2024-03-02,Jones,"12,000"', '2024-03-03,Brown,99.9'].join('\n');
  const bytes = utf8(text);

  it('reads the same in the preview and the import, whatever the interface language', () => {
    for (const locale of ['ru', 'en'] as const) {
      const { inspection, result } = inspectThenImport(bytes, 'sales.csv', { locale });
      expect(inspection.delimiter).toBe(',');
      expect(inspection.decimalComma).toBe(false);
      // 1,234.50 = 1234.5; 12,000 = 12000 (grouped thousands); 99.9 as written.
      expect(result.rows.map((row) => row.amount)).toEqual([1234.5, 12000, 99.9]);
      expect(previewTyped(inspection, MAPPING)).toEqual(result.rows);
    }
  });
});

describe('a Russian Excel CSV: Windows-1251, ";", 1 234,56', () => {
  const text = ['Дата;Покупатель;Сумма', '01.03.2024;Иванов;1 234,56', '02.03.2024;Ёлкина;1,234', '03.03.2024;Петров;5 000'].join('\r\n');
  const bytes = cp1251(text);

  it('reads 1 234,56 as 1234.56 in the preview and the import, and "1,234" as 1.234 beside it', () => {
    const { inspection, result } = inspectThenImport(bytes, 'продажи.csv', { locale: 'en' });
    expect(inspection.decimalComma).toBe(true);
    // 1 234,56 = 1234 + 0.56; "1,234" in a decimal-comma file = 1 + 0.234; 5 000 = 5000.
    expect(result.rows.map((row) => row.amount)).toEqual([1234.56, 1.234, 5000]);
    expect(previewTyped(inspection, MAPPING)).toEqual(result.rows);
  });
});

describe('a workbook whose only numeric text shows no convention', () => {
  // Real number cells carry no separator; the text "1,234" alone cannot tell, so the interface language does.
  const bytes = workbook([{ name: 'Продажи', rows: [['Дата', 'Клиент', 'Сумма'], ['01.03.2024', 'Иванов', '1,234'], ['02.03.2024', 'Петров', 500]] }]);

  it('follows the language given to the inspection, and the import keeps to it', () => {
    const russian = inspectThenImport(bytes, 'продажи.xlsx', { locale: 'ru' });
    expect(russian.inspection.decimalComma).toBe(true);
    expect(russian.result.rows.map((row) => row.amount)).toEqual([1.234, 500]);
    expect(previewTyped(russian.inspection, MAPPING)).toEqual(russian.result.rows);

    const english = inspectThenImport(bytes, 'sales.xlsx', { locale: 'en' });
    expect(english.inspection.decimalComma).toBe(false);
    expect(english.result.rows.map((row) => row.amount)).toEqual([1234, 500]);
    expect(previewTyped(english.inspection, MAPPING)).toEqual(english.result.rows);
  });

  it('defaults to Russian when no language is given', () => {
    expect(value(inspectBytes(bytes, 'продажи.xlsx')).decimalComma).toBe(true);
  });
});
