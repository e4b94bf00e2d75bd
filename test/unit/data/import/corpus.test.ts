/**
 * The bad-input corpus (test/fixtures/bad/, see its README.md): every file goes through what the UI
 * does — inspect, propose a mapping, import — and must end in the one outcome written in EXPECTED
 * below: a file problem with its code (and the limit, when one is hit), or an import whose counts,
 * cell problems and typed values are stated. A throw anywhere fails the file, as does any outcome
 * other than the stated one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importBytes, inspectBytes } from '../../../../src/data/import/pipeline';
import { proposeMapping } from '../../../../src/data/import/mapping';
import type { DatasetSpec } from '../../../../src/data/spec';
import {
  IMPORT_LIMITS,
  type CellProblemCode,
  type ColumnMapping,
  type FileProblem,
  type FileProblemCode,
  type ImportResult,
  type InspectOptions,
  type Inspection,
  type TypedRow,
  type TypingOptions,
} from '../../../../src/data/import/types';

const CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../fixtures/bad/');

/** The sales table most corpus files hold, as a participant's own export would name it. */
const SALES_SPEC: DatasetSpec = {
  id: 'corpus-sales',
  title: { ru: 'Продажи', en: 'Sales', zh: '销售' },
  columns: [
    {
      key: 'date',
      type: 'date',
      required: true,
      label: { ru: 'Дата', en: 'Date', zh: '日期' },
      synonyms: { ru: ['Дата', 'Дата продажи'], en: ['Date', 'Sale date'], zh: ['日期', '销售日期'] },
    },
    {
      key: 'customer',
      type: 'text',
      required: true,
      label: { ru: 'Клиент', en: 'Customer', zh: '客户' },
      synonyms: { ru: ['Клиент', 'Покупатель', 'Контрагент'], en: ['Customer', 'Client', 'Buyer'], zh: ['客户', '顾客'] },
    },
    {
      // No minimum: a negative amount is a refund, which sales exports do hold.
      key: 'amount',
      type: 'money',
      required: true,
      label: { ru: 'Сумма', en: 'Amount', zh: '金额' },
      synonyms: { ru: ['Сумма', 'Выручка'], en: ['Amount', 'Revenue'], zh: ['金额', '销售额'] },
    },
    {
      key: 'quantity',
      type: 'number',
      required: false,
      min: 0,
      label: { ru: 'Количество', en: 'Quantity', zh: '数量' },
      synonyms: { ru: ['Количество', 'Кол-во'], en: ['Quantity', 'Qty'], zh: ['数量'] },
    },
  ],
};

/** Fixed "today", so the future-date file keeps its meaning as years pass. */
const TYPING: TypingOptions = { today: '2024-06-30', locale: 'ru' };

/** The five sales rows of make-corpus.mjs, typed: '1 234,56' is 1234.56, '05.03.2024' is 2024-03-05. */
const SALES_ROWS: TypedRow[] = [
  { date: '2024-03-05', customer: 'ООО «Ромашка»', amount: 1234.56, quantity: 3 },
  { date: '2024-03-06', customer: 'ИП Петров', amount: 990, quantity: 1 },
  { date: '2024-03-07', customer: 'Иванова Мария', amount: 15000, quantity: 12 },
  { date: '2024-03-11', customer: 'АО «Север»', amount: 420.5, quantity: 2 },
  { date: '2024-03-12', customer: 'Сидоров Пётр', amount: 7800, quantity: 5 },
];

/** [spreadsheet row as the user sees it, spec column, code, whole row skipped]. */
type ExpectedCellProblem = [row: number, column: string, code: CellProblemCode, skippedRow: boolean];

type Expected =
  | {
      /** The file is refused with this problem, by inspect unless `phase` says the import refuses it. */
      problem: FileProblemCode;
      phase?: 'inspect' | 'import';
      details?: Record<string, string | number>;
    }
  | {
      imported: number;
      skipped: number;
      /** Every cell problem of the report, in file order. */
      cellProblems?: ExpectedCellProblem[];
      rows?: TypedRow[];
      check?: (result: ImportResult) => void;
    };

interface Case {
  expected: Expected;
  options?: InspectOptions;
}

const ok = (rows: TypedRow[], check?: (result: ImportResult) => void): Expected => ({
  imported: rows.length,
  skipped: 0,
  cellProblems: [],
  rows,
  ...(check ? { check } : {}),
});

const EXPECTED: Record<string, Case> = {
  'empty.csv': { expected: { problem: 'empty' } },
  'whitespace-only.csv': { expected: { problem: 'empty' } },
  'random-bytes.xlsx': { expected: { problem: 'notSpreadsheet' } },
  'truncated.xlsx': { expected: { problem: 'corrupt' } },
  'password-protected.xlsx': { expected: { problem: 'encrypted' } },
  'image.xlsx': { expected: { problem: 'notSpreadsheet' } },
  'document.pdf.xls': { expected: { problem: 'notSpreadsheet' } },
  'web-page.xls': { expected: { problem: 'html' } },
  'zip-not-workbook.xlsx': { expected: { problem: 'notSpreadsheet' } },
  'only-headers.xlsx': { expected: { problem: 'onlyHeader' } },
  'no-header-row.csv': { expected: { problem: 'noHeader' } },
  '1000-columns.csv': { expected: { problem: 'tooManyColumns', details: { columns: 1000, limit: IMPORT_LIMITS.maxColumns } } },
  // Only the customer column can be mapped: date and amount are required and missing.
  'single-column.csv': { expected: { problem: 'missingRequired', phase: 'import', details: { columns: 'date,amount' } } },

  'duplicate-headers.csv': {
    expected: ok(SALES_ROWS, (result) => {
      // The first of two "Сумма" columns is taken; the second (all zeros) must not win.
      expect(result.mapping.amount).toBe(2);
      expect(result.mapping.quantity).toBe(4);
    }),
  },
  'merged-header-cells.xlsx': {
    expected: ok(SALES_ROWS, (result) => {
      // The title merged across the table is not the header, though the merge repeats it in every column.
      expect(result.inspection.headerRow).toBe(1);
      expect(result.mapping).toEqual({ date: 0, customer: 1, amount: 3, quantity: 4 });
    }),
  },
  'formulas-and-errors.xlsx': {
    expected: {
      imported: 3,
      skipped: 2,
      cellProblems: [
        [3, 'amount', 'formulaError', true],
        [4, 'amount', 'formulaError', true],
        [5, 'quantity', 'formulaError', false],
      ],
      rows: [
        // Formulas arrive as their cached values: D2*100 = 3 * 100 = 300; SUM(7000,800) = 7800.
        { date: '2024-03-05', customer: 'ООО «Ромашка»', amount: 300, quantity: 3 },
        { date: '2024-03-11', customer: 'АО «Север»', amount: 420.5, quantity: null },
        { date: '2024-03-12', customer: 'Сидоров Пётр', amount: 7800, quantity: 5 },
      ],
      check: (result) => {
        expect(result.report.problems.map((problem) => problem.value)).toEqual(['#DIV/0!', '#N/A', '#VALUE!']);
      },
    },
  },
  'text-in-numeric.csv': {
    expected: {
      imported: 3,
      skipped: 2,
      cellProblems: [
        [2, 'amount', 'notNumber', true],
        [3, 'quantity', 'notNumber', false],
        [4, 'amount', 'notNumber', true],
      ],
      rows: [
        { date: '2024-03-06', customer: 'ИП Петров', amount: 990, quantity: null },
        { date: '2024-03-11', customer: 'АО «Север»', amount: 420.5, quantity: 2 },
        { date: '2024-03-12', customer: 'Сидоров Пётр', amount: 7800, quantity: 5 },
      ],
    },
  },
  'negative-quantities.csv': {
    expected: {
      imported: 5,
      skipped: 0,
      // Quantity has min 0; the optional cell is emptied and its row kept. The refund (-420,5) is no problem.
      cellProblems: [
        [3, 'quantity', 'negative', false],
        [5, 'quantity', 'negative', false],
      ],
      rows: [
        SALES_ROWS[0]!,
        { ...SALES_ROWS[1]!, quantity: null },
        SALES_ROWS[2]!,
        { ...SALES_ROWS[3]!, amount: -420.5, quantity: null },
        SALES_ROWS[4]!,
      ],
    },
  },
  'future-dates.csv': {
    expected: {
      imported: 3,
      skipped: 2,
      // Today (2024-06-30) itself is not in the future; the next day is.
      cellProblems: [
        [4, 'date', 'futureDate', true],
        [5, 'date', 'futureDate', true],
      ],
      rows: [SALES_ROWS[0]!, { ...SALES_ROWS[1]!, date: '2024-06-30' }, SALES_ROWS[4]!],
    },
  },
  'mixed-encodings.csv': {
    // Four lines are UTF-8, two Windows-1251: the header must still be read, and every row kept.
    expected: {
      imported: 5,
      skipped: 0,
      cellProblems: [],
      check: (result) => {
        expect(result.mapping).toEqual({ date: 0, customer: 1, amount: 2, quantity: 3 });
        const customers = result.rows.map((row) => row.customer);
        expect([customers[0], customers[1], customers[4]]).toEqual(['ООО «Ромашка»', 'ИП Петров', 'Сидоров Пётр']);
        expect(result.rows.map((row) => row.amount)).toEqual([1234.56, 990, 15000, 420.5, 7800]);
      },
    },
  },
  'long-cell-100k.csv': {
    expected: {
      imported: 3,
      skipped: 0,
      cellProblems: [[3, 'customer', 'tooLong', false]],
      check: (result) => {
        const trimmed = result.rows[1]?.customer;
        expect(typeof trimmed === 'string' && trimmed.length).toBe(IMPORT_LIMITS.maxCellChars);
        expect(String(trimmed).startsWith('Петров Петров ')).toBe(true);
        // The report quotes the value, but not all 100,000 characters of it.
        expect(result.report.problems[0]?.value.length).toBeLessThanOrEqual(IMPORT_LIMITS.maxCellChars);
      },
    },
  },
  'bom-utf8.csv': {
    expected: ok(SALES_ROWS, (result) => {
      expect(result.inspection.encoding).toEqual({ used: 'utf-8', detected: 'utf-8', hadBom: true });
      expect(result.inspection.headers[0]).toBe('Дата');
    }),
  },
  'trailing-empty-rows.csv': {
    expected: ok(SALES_ROWS, (result) => {
      expect(result.report.rowsRead).toBe(5);
      // Blank rows are counted only between data rows: trailing ones are Excel's leftovers, not gaps.
      expect(result.report.blankRowsIgnored).toBe(0);
    }),
  },
  'trailing-empty-rows.xlsx': {
    expected: ok(SALES_ROWS, (result) => expect(result.report.rowsRead).toBe(5)),
  },
  'title-rows.xlsx': {
    expected: ok(SALES_ROWS, (result) => expect(result.inspection.headerRow).toBe(4)),
  },
  'hidden-first-sheet.xlsx': {
    expected: ok(SALES_ROWS, (result) => {
      expect(result.inspection.sheets).toEqual([
        { name: 'Справочник', hidden: true },
        { name: 'Продажи', hidden: false },
      ]);
      expect(result.inspection.sheet).toBe('Продажи');
    }),
  },
  'tab-separated.txt': {
    expected: ok(SALES_ROWS, (result) => expect(result.inspection.delimiter).toBe('\t')),
  },
  'pipe-separated.csv': {
    expected: ok(SALES_ROWS, (result) => expect(result.inspection.delimiter).toBe('|')),
  },
  'quoted-fields.csv': {
    expected: ok(
      [
        { date: '2024-03-05', customer: 'ООО «Ромашка»; филиал №2', amount: 1234.56, quantity: 3 },
        { date: '2024-03-06', customer: 'ИП Петров\nул. Ленина, 1', amount: 990, quantity: 1 },
        { date: '2024-03-07', customer: 'Иванова "Маша" Мария', amount: 15000, quantity: 12 },
      ],
      (result) => expect(result.inspection.delimiter).toBe(';'),
    ),
  },
  'excel-serial-dates.csv': {
    // Serial 45292 = 2024-01-01 (25569 is 1970-01-01; 45292 − 25569 = 19723 days = 54 years); 45351 = 2024-02-29.
    expected: ok([
      { date: '2024-01-01', customer: 'ООО «Ромашка»', amount: 1234.56, quantity: 3 },
      { date: '2024-02-29', customer: 'ИП Петров', amount: 990, quantity: 1 },
      { date: '2024-03-31', customer: 'Иванова Мария', amount: 15000, quantity: 12 },
    ]),
  },
  'dates-dd-mm-yy.csv': {
    // Two-digit years are this century's, as Russian Excel reads them: 24 → 2024, 23 → 2023.
    expected: ok([
      { date: '2024-03-05', customer: 'ООО «Ромашка»', amount: 1234.56, quantity: 3 },
      { date: '2024-02-29', customer: 'ИП Петров', amount: 990, quantity: 1 },
      { date: '2023-12-31', customer: 'Иванова Мария', amount: 15000, quantity: 12 },
    ]),
  },
  'sales.ods': { expected: ok(SALES_ROWS, (result) => expect(result.inspection.format).toBe('ods')) },
  'sheetjs-written.ods': {
    expected: ok(SALES_ROWS, (result) => expect(result.inspection.format).toBe('ods')),
  },
  'sales-biff8.xls': { expected: ok(SALES_ROWS, (result) => expect(result.inspection.format).toBe('xls')) },
  'crlf.csv': { expected: ok(SALES_ROWS) },
  'all-rows-invalid.csv': {
    expected: {
      imported: 0,
      skipped: 5,
      cellProblems: [
        [2, 'date', 'notDate', true],
        [3, 'customer', 'required', true],
        [4, 'amount', 'notNumber', true],
        [5, 'date', 'required', true],
        [6, 'date', 'notDate', true],
      ],
      rows: [],
    },
  },
  'cp1251-semicolon.csv': {
    expected: ok(SALES_ROWS, (result) => {
      expect(result.inspection.encoding).toEqual({ used: 'windows-1251', detected: 'windows-1251', hadBom: false });
      expect(result.inspection.delimiter).toBe(';');
    }),
  },
  'english-headers.csv': {
    expected: ok([
      { date: '2024-03-05', customer: 'Acme Ltd', amount: 1234.56, quantity: 3 },
      { date: '2024-03-06', customer: 'Jones & Sons', amount: 990, quantity: 1 },
    ]),
  },
  'chinese-headers.csv': {
    expected: ok([
      { date: '2024-03-05', customer: '王伟', amount: 1234.56, quantity: 3 },
      { date: '2024-03-06', customer: '李娜', amount: 990, quantity: 1 },
    ]),
  },
};

// ---------------------------------------------------------------- running a file as the UI does

type Run =
  | { ended: 'threw'; phase: string; error: unknown }
  | { ended: 'refused'; phase: 'inspect' | 'import'; problem: FileProblem }
  | { ended: 'imported'; inspection: Inspection; mapping: ColumnMapping; result: ImportResult; progress: number[] };

function runLikeTheUi(bytes: Uint8Array, fileName: string, options: InspectOptions = {}): Run {
  let phase = 'inspect';
  try {
    const inspected = inspectBytes(bytes, fileName, options);
    if (!inspected.ok) return { ended: 'refused', phase: 'inspect', problem: inspected.problem };
    phase = 'proposeMapping';
    const mapping = proposeMapping(inspected.value.headers, SALES_SPEC);
    phase = 'import';
    const progress: number[] = [];
    const imported = importBytes(bytes, fileName, SALES_SPEC, mapping, { ...options, ...TYPING }, (fraction) => progress.push(fraction));
    if (!imported.ok) return { ended: 'refused', phase: 'import', problem: imported.problem };
    return { ended: 'imported', inspection: inspected.value, mapping, result: imported.value, progress };
  } catch (error) {
    return { ended: 'threw', phase, error };
  }
}

/** What to print when a file ends otherwise than expected: the outcome, not a bare "false". */
function describeRun(run: Run): string {
  if (run.ended === 'threw') return `threw in ${run.phase}: ${run.error instanceof Error ? run.error.stack ?? run.error.message : String(run.error)}`;
  if (run.ended === 'refused') return `refused at ${run.phase}: ${JSON.stringify(run.problem)}`;
  const { report } = run.result;
  return `imported ${report.rowsImported}, skipped ${report.rowsSkipped}, problems ${JSON.stringify(report.problems.slice(0, 10))}`;
}

/** What holds for every import, whatever the file: counts add up, rows are typed, nothing is lost unreported. */
function expectReportInvariants(result: ImportResult): void {
  const { report, rows } = result;
  expect(report.rowsImported + report.rowsSkipped).toBe(report.rowsRead);
  expect(rows).toHaveLength(report.rowsImported);
  expect(report.problems.length).toBeLessThanOrEqual(IMPORT_LIMITS.maxListedProblems);
  const counted = report.problemCounts.reduce((sum, entry) => sum + entry.count, 0);
  expect(counted).toBeGreaterThanOrEqual(report.problems.length);
  // A skipped row is always explained by at least one problem that skipped it.
  const rowsExplained = new Set(report.problems.filter((problem) => problem.skippedRow).map((problem) => problem.row));
  if (report.problems.length < IMPORT_LIMITS.maxListedProblems) expect(rowsExplained.size).toBe(report.rowsSkipped);
  const rowNumbers = report.problems.map((problem) => problem.row);
  expect(rowNumbers).toEqual([...rowNumbers].sort((a, b) => a - b));
  for (const row of rows) {
    for (const column of SALES_SPEC.columns) {
      const value = row[column.key];
      if (column.required) expect(value, `${column.key} is required`).not.toBeNull();
      if (value === null || value === undefined) continue;
      if (column.type === 'date') expect(value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (column.type === 'number' || column.type === 'money') expect(Number.isFinite(value)).toBe(true);
      if (column.type === 'text') expect(typeof value === 'string' && value.length <= IMPORT_LIMITS.maxCellChars).toBe(true);
    }
  }
}

function expectOutcome(run: Run, expected: Expected): void {
  const outcome = describeRun(run);
  expect(run.ended, outcome).not.toBe('threw');
  if ('problem' in expected) {
    expect(run.ended, outcome).toBe('refused');
    if (run.ended !== 'refused') return;
    expect(run.problem.code, outcome).toBe(expected.problem);
    expect(run.phase, outcome).toBe(expected.phase ?? 'inspect');
    if (expected.details) expect(run.problem.details, outcome).toMatchObject(expected.details);
    return;
  }
  expect(run.ended, outcome).toBe('imported');
  if (run.ended !== 'imported') return;
  const { report } = run.result;
  expect(report.rowsImported, outcome).toBe(expected.imported);
  expect(report.rowsSkipped, outcome).toBe(expected.skipped);
  if (expected.cellProblems) {
    const found = report.problems.map((problem): ExpectedCellProblem => [problem.row, problem.column, problem.code, problem.skippedRow]);
    expect(found).toEqual(expected.cellProblems);
  }
  if (expected.rows) expect(run.result.rows).toEqual(expected.rows);
  expectReportInvariants(run.result);
  // The progress bar only moves forward and ends full.
  expect(run.progress).toEqual([...run.progress].sort((a, b) => a - b));
  expect(run.progress.at(-1)).toBe(1);
  expected.check?.(run.result);
}

/** Generous for files of a few kilobytes on a shared machine; what it catches is a loop that never ends. */
const PER_FILE_TIMEOUT_MS = 20_000;

describe('bad-input corpus', () => {
  const filesOnDisk = readdirSync(CORPUS_DIR).filter((name) => name !== 'README.md' && name !== 'make-corpus.mjs');

  it('holds at least 30 files, each with a stated outcome, and README.md lists them all', () => {
    expect(filesOnDisk.length).toBeGreaterThanOrEqual(30);
    expect([...filesOnDisk].sort()).toEqual(Object.keys(EXPECTED).sort());
    const readme = readFileSync(`${CORPUS_DIR}README.md`, 'utf8');
    expect(filesOnDisk.filter((name) => !readme.includes(`\`${name}\``))).toEqual([]);
  });

  for (const [fileName, { expected, options }] of Object.entries(EXPECTED)) {
    const label = 'problem' in expected ? `refuses with '${expected.problem}'` : `imports ${expected.imported}, skips ${expected.skipped}`;
    it(`${fileName}: ${label}`, { timeout: PER_FILE_TIMEOUT_MS }, () => {
      const bytes = new Uint8Array(readFileSync(`${CORPUS_DIR}${fileName}`));
      expectOutcome(runLikeTheUi(bytes, fileName, options), expected);
    });
  }

  it('a sheet asked for by a name the workbook lacks is refused, naming it', { timeout: PER_FILE_TIMEOUT_MS }, () => {
    const bytes = new Uint8Array(readFileSync(`${CORPUS_DIR}hidden-first-sheet.xlsx`));
    expectOutcome(runLikeTheUi(bytes, 'hidden-first-sheet.xlsx', { sheet: 'Лист1' }), {
      problem: 'sheetNotFound',
      details: { sheet: 'Лист1' },
    });
  });

  it('a hidden sheet can still be picked: it is opened and its own columns judged', { timeout: PER_FILE_TIMEOUT_MS }, () => {
    const bytes = new Uint8Array(readFileSync(`${CORPUS_DIR}hidden-first-sheet.xlsx`));
    // Its columns (Код, Значение) name nothing in the sales spec, so the import asks for the required ones.
    expectOutcome(runLikeTheUi(bytes, 'hidden-first-sheet.xlsx', { sheet: 'Справочник' }), {
      problem: 'missingRequired',
      phase: 'import',
      details: { columns: 'date,customer,amount' },
    });
  });

  it('a wrong encoding forced by the user gives a clear refusal, not garbage rows', { timeout: PER_FILE_TIMEOUT_MS }, () => {
    const bytes = new Uint8Array(readFileSync(`${CORPUS_DIR}cp1251-semicolon.csv`));
    const inspected = inspectBytes(bytes, 'cp1251-semicolon.csv', { encoding: 'utf-8' });
    expect(inspected.ok).toBe(true);
    if (!inspected.ok) return;
    // What was used and what detection would choose are both shown, so the user can switch back.
    expect(inspected.value.encoding).toEqual({ used: 'utf-8', detected: 'windows-1251', hadBom: false });
    expect(inspected.value.headers.every((header) => header.includes('\uFFFD'))).toBe(true);
    // Mis-decoded Cyrillic names nothing the spec knows: the import asks for the required columns.
    expectOutcome(runLikeTheUi(bytes, 'cp1251-semicolon.csv', { encoding: 'utf-8' }), {
      problem: 'missingRequired',
      phase: 'import',
      details: { columns: 'date,customer,amount' },
    });
  });
});

// ---------------------------------------------------------------- sizes that must not be committed

/** A buffer of `totalBytes` filled by repeating `head` and `row` (copyWithin doubles it: no giant string). */
function repeatedText(head: string, row: string, totalBytes: number): Uint8Array {
  const encoder = new TextEncoder();
  const headBytes = encoder.encode(head);
  const rowBytes = encoder.encode(row);
  const rows = Math.ceil((totalBytes - headBytes.length) / rowBytes.length);
  const out = new Uint8Array(headBytes.length + rows * rowBytes.length);
  out.set(headBytes, 0);
  out.set(rowBytes, headBytes.length);
  let filled = rowBytes.length;
  const body = rows * rowBytes.length;
  while (filled < body) {
    const chunk = Math.min(filled, body - filled);
    out.copyWithin(headBytes.length + filled, headBytes.length, headBytes.length + chunk);
    filled += chunk;
  }
  return out;
}

/** The part of SheetJS's bundled zip/CFB library used here (SheetJS types it as `any`). */
interface ZipLibrary {
  read(data: Uint8Array, options: { type: 'buffer' }): unknown;
  write(container: unknown, options: { type: 'array'; fileType: 'zip' }): Uint8Array | ArrayLike<number>;
  utils: { cfb_add(container: unknown, path: string, content: Uint8Array): void };
}

describe('files too large to commit, built in memory', () => {
  it('a workbook over the spreadsheet limit is refused, and the limit is stated', { timeout: 60_000 }, () => {
    // A real workbook made heavy the usual way: a large picture embedded in it (stored, not compressed).
    const zip: ZipLibrary = XLSX.CFB;
    const container = zip.read(readFileSync(`${CORPUS_DIR}title-rows.xlsx`), { type: 'buffer' });
    const picture = new Uint8Array(IMPORT_LIMITS.maxSpreadsheetBytes + 1024);
    picture.set([0x89, 0x50, 0x4e, 0x47], 0);
    zip.utils.cfb_add(container, '/xl/media/image1.png', picture);
    const written = zip.write(container, { type: 'array', fileType: 'zip' });
    const bytes = written instanceof Uint8Array ? written : new Uint8Array(written);
    expect(bytes.length).toBeGreaterThan(IMPORT_LIMITS.maxSpreadsheetBytes);
    expectOutcome(runLikeTheUi(bytes, 'big.xlsx'), {
      problem: 'tooLarge',
      details: { bytes: bytes.length, limitBytes: IMPORT_LIMITS.maxSpreadsheetBytes },
    });
  });

  it('a CSV over the spreadsheet limit is not bound by it: streamed and imported whole', { timeout: 120_000 }, () => {
    // ~8 KB rows keep the row count (and the typed rows held in memory) small while the file passes 50 MB.
    const customer = 'Покупатель '.repeat(380).trim();
    const row = `05.03.2024;${customer};1 234,56;3\n`;
    const bytes = repeatedText('Дата;Клиент;Сумма;Количество\n', row, IMPORT_LIMITS.maxSpreadsheetBytes + 1024 * 1024);
    const expectedRows = (bytes.length - new TextEncoder().encode('Дата;Клиент;Сумма;Количество\n').length) / new TextEncoder().encode(row).length;
    expect(bytes.length).toBeGreaterThan(IMPORT_LIMITS.maxSpreadsheetBytes);
    const run = runLikeTheUi(bytes, 'big.csv');
    expect(run.ended, describeRun(run)).toBe('imported');
    if (run.ended !== 'imported') return;
    expect(run.result.report.rowsImported).toBe(expectedRows);
    expect(run.result.report.rowsSkipped).toBe(0);
    expect(run.result.rows[expectedRows - 1]).toEqual({ date: '2024-03-05', customer, amount: 1234.56, quantity: 3 });
  });

  it('a CSV over the file limit is refused, and the limit is stated', { timeout: 60_000 }, () => {
    const bytes = repeatedText('Дата;Клиент;Сумма;Количество\n', '05.03.2024;ИП Петров;990;1\n', IMPORT_LIMITS.maxFileBytes + 1);
    const run = runLikeTheUi(bytes, 'huge.csv');
    expectOutcome(run, { problem: 'tooLarge', details: { bytes: bytes.length, limitBytes: IMPORT_LIMITS.maxFileBytes } });
  });
});
