import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { buildWorkbook } from '../../../../src/data/exportWorkbook';
import { importBytes, inspectBytes } from '../../../../src/data/import/pipeline';
import { proposeMapping } from '../../../../src/data/import/mapping';
import { exampleCell, templateSheets } from '../../../../src/data/import/template';
import type { ImportResult, Outcome } from '../../../../src/data/import/types';
import type { CellValue } from '../../../../src/data/sheet';
import type { ColumnSpec, DatasetSpec } from '../../../../src/data/spec';
import { translator } from '../../../../src/i18n/translate';
import { importMessages } from '../../../../src/ui/import/messages';
import { templateWording } from '../../../../src/ui/import/templateWording';
import { salesSpec } from '../../../../exercises/program-roi/inputs';
import { responseSpec } from '../../../../exercises/servqual/inputs';
import { ITEM_NUMBERS } from '../../../../exercises/servqual/structure';
import { demoKanoState } from '../../../../exercises/kano/demo';
import { wideResponsesSpec } from '../../../../exercises/kano/steps/shared/wideResponses';
import { KANO_LONG_RESPONSES } from '../../../../exercises/kano/inputs';
import { SALES, TODAY, utf8 } from './fixtures';

/**
 * Issue 12, "files that lie": each exercise's template carried an example row on its data sheet (a respondent
 * R01 of segment B2B, a customer C0001), and a participant who typed their rows below it imported it as data.
 */

const wording = templateWording(translator(importMessages, 'ru'));
// TODAY as a Date, so the template's example dates are in the past of the import's "today".
const today = new Date(2025, 5, 30);
const kano = demoKanoState();

const SPECS: [string, DatasetSpec][] = [
  ['ROI sales', salesSpec],
  ['SERVQUAL responses', responseSpec(7, ITEM_NUMBERS)],
  ['Kano responses, wide', wideResponsesSpec('kano-answers-1', kano.features, kano.questionnaire, 'ru')],
  ['Kano responses, long', KANO_LONG_RESPONSES],
];

/** What a participant types in a column: plausible values of its type, never the template's example. */
function participantCell(column: ColumnSpec, index: number): CellValue {
  if (column.accepted) return column.accepted.ru[(index + 2) % column.accepted.ru.length] ?? null;
  switch (column.type) {
    case 'date':
      return new Date(2025, 4, 3 + index);
    case 'number':
    case 'money':
      return 40 + index;
    case 'percent':
      return '10 %';
    case 'likert':
      return (column.min ?? 1) + 1;
    case 'text':
    case 'category':
      return `Участник ${index + 1}`;
  }
}

function bytesOf(rows: CellValue[][]): Uint8Array {
  return new Uint8Array(XLSX.write(buildWorkbook(XLSX, [{ name: 'Данные', rows }]), { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

function importRows(bytes: Uint8Array, spec: DatasetSpec, name = 'ответы.xlsx'): Outcome<ImportResult> {
  const inspection = inspectBytes(bytes, name);
  if (!inspection.ok) throw new Error(`inspection failed: ${JSON.stringify(inspection.problem)}`);
  return importBytes(bytes, name, spec, proposeMapping(inspection.value.headers, spec), { today: TODAY, locale: 'ru' });
}

function imported(outcome: Outcome<ImportResult>): ImportResult {
  if (!outcome.ok) throw new Error(`expected success, got ${JSON.stringify(outcome.problem)}`);
  return outcome.value;
}

const participants = (spec: DatasetSpec) => [0, 1, 2].map((index) => spec.columns.map((column) => participantCell(column, index)));

describe.each(SPECS)('the %s template', (_, spec) => {
  it('filled in as a participant would, reads back with every row theirs and no example among them', () => {
    const [data] = templateSheets(spec, 'ru', wording, today);
    const { rows, report } = imported(importRows(bytesOf([...(data?.rows ?? []), ...participants(spec)]), spec));
    expect(report.exampleRowCount).toBe(0);
    expect(report).toMatchObject({ rowsRead: 3, rowsImported: 3, rowsSkipped: 0 });
    expect(rows).toHaveLength(3);
  });

  it('leaves out its example row when it comes back (an older template filled in below it), and says so', () => {
    const headers = spec.columns.map((column) => column.label.ru);
    const example = spec.columns.map((column) => exampleCell(column, wording, today));
    const { rows, report } = imported(importRows(bytesOf([headers, example, ...participants(spec)]), spec));
    expect(report.exampleRows).toEqual([2]);
    expect(report.exampleRowCount).toBe(1);
    // Not read, not imported, not skipped: the report's three figures are the participant's rows.
    expect(report).toMatchObject({ rowsRead: 3, rowsImported: 3, rowsSkipped: 0 });
    expect(rows).toHaveLength(3);
  });
});

/** The sales columns these files carry (the spec has more, all optional). */
const FIVE_SALES_COLUMNS = ['customer', 'date', 'amount', 'member', 'segment'];
const salesLabel = (key: string) => salesSpec.columns.find((column) => column.key === key)?.label.ru ?? key;

describe('rows that are examples and rows that are not', () => {
  it('leaves out a row marked as an example in its first cell, in any of the three languages', () => {
    const text = ['Дата;Клиент;Сумма', 'Пример:;Иванов;100', '01.03.2024;Петров;200', 'example;x;1', '示例;y;2', '02.03.2024;Орлов;300'].join('\n');
    const { rows, report } = imported(importRows(utf8(text), SALES, 'продажи.csv'));
    expect(rows.map((row) => row.customer)).toEqual(['Петров', 'Орлов']);
    expect(report).toMatchObject({ rowsRead: 2, exampleRows: [2, 4, 5], exampleRowCount: 3 });
    expect(report.problemCounts).toEqual([]);
  });

  it('keeps a real row that shares a value or two with the example, but not all of them', () => {
    const headers = FIVE_SALES_COLUMNS.map(salesLabel);
    // The example is C0001, 2024-03-15, 1800, да, розница; this customer really is C0001, on another day.
    const { rows, report } = imported(importRows(bytesOf([headers, ['C0001', new Date(2024, 2, 16), 1800, 'да', 'розница']]), salesSpec));
    expect(report.exampleRowCount).toBe(0);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ customer: 'C0001', date: '2024-03-16', amount: 1800, member: 'да', segment: 'розница' });
  });

  it('never takes answers alone for the example: real respondents give "6" and "5" too', () => {
    // A two-statement survey without a respondent column: the template's example would be E 6, P 5.
    const spec = responseSpec(7, [1]);
    const { rows, report } = imported(importRows(bytesOf([['E1', 'P1'], [6, 5], [6, 5], [4, 3]]), spec));
    expect(report.exampleRowCount).toBe(0);
    expect(rows).toHaveLength(3);
  });

  it('recognises the example however its text is capitalised', () => {
    const headers = FIVE_SALES_COLUMNS.map(salesLabel);
    const { report } = imported(importRows(bytesOf([headers, ['c0001', '15.03.2024', '1 800', 'Да', 'Розница'], ['C0002', '16.03.2024', 500, 'нет', 'опт']]), salesSpec));
    expect(report.exampleRows).toEqual([2]);
  });

  it('says a file holding nothing but the example has no data, not that it is empty of headers', () => {
    const headers = salesSpec.columns.map((column) => column.label.ru);
    const example = salesSpec.columns.map((column) => exampleCell(column, wording, today));
    expect(importRows(bytesOf([headers, example]), salesSpec)).toEqual({ ok: false, problem: { code: 'onlyHeader', details: { exampleRows: 1 } } });
  });
});
