import { importBytes, inspectBytes } from '../../../../src/data/import/pipeline';
import { proposeMapping } from '../../../../src/data/import/mapping';
import { IMPORT_LIMITS, type ImportResult, type Inspection, type Outcome } from '../../../../src/data/import/types';
import type { DatasetSpec } from '../../../../src/data/spec';
import { cp1251, SALES, TODAY, utf16, utf8, workbook } from './fixtures';

const OPTIONS = { today: TODAY, locale: 'ru' as const };

function value<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw new Error(`expected success, got ${JSON.stringify(outcome.problem)}`);
  return outcome.value;
}

function importAll(bytes: Uint8Array, name: string, spec: DatasetSpec = SALES): Outcome<ImportResult> {
  const inspection = value(inspectBytes(bytes, name));
  return importBytes(bytes, name, spec, proposeMapping(inspection.headers, spec), OPTIONS);
}

/** An Excel date cell as Excel stores it: a serial number with a date format (45352 = 2024-03-01). */
const excelDate = (serial: number) => ({ t: 'n' as const, v: serial, z: 'dd.mm.yyyy' });

describe('a Russian Excel CSV: Windows-1251, ";", decimal comma, dd.mm.yyyy', () => {
  const text = [
    'Дата;Покупатель;Сумма, руб.;Участник',
    '01.03.2024;Иванов Пётр;1 234,56;да',
    '02.03.2024;Ёлкина Анна;99,90;нет',
    ';;;',
    '31.02.2024;Сидоров;10;да',
    '03.03.2024;Петров;-5;нет',
    '04.03.2024;Орлов;#DIV/0!;да',
    '05.03.2024;Котов;двести;',
    '',
    '',
  ].join('\r\n');
  const bytes = cp1251(text);

  it('is inspected: encoding, delimiter, header and preview', () => {
    const inspection = value(inspectBytes(bytes, 'продажи.csv'));
    expect(inspection).toMatchObject<Partial<Inspection>>({
      format: 'csv',
      encoding: { used: 'windows-1251', detected: 'windows-1251', hadBom: false },
      delimiter: ';',
      headerRow: 0,
      headers: ['Дата', 'Покупатель', 'Сумма, руб.', 'Участник'],
      dataRowCount: null,
    });
    expect(inspection.preview[0]).toEqual(['01.03.2024', 'Иванов Пётр', '1 234,56', 'да']);
  });

  it('imports typed rows, skips the bad ones and says why, with spreadsheet row numbers', () => {
    const { rows, report, mapping } = value(importAll(bytes, 'продажи.csv'));
    expect(mapping).toEqual({ date: 0, customer: 1, amount: 2, member: 3 });
    expect(rows).toEqual([
      { date: '2024-03-01', customer: 'Иванов Пётр', amount: 1234.56, member: 'да' },
      { date: '2024-03-02', customer: 'Ёлкина Анна', amount: 99.9, member: 'нет' },
    ]);
    // 6 data rows read (the blank ";;;" line is counted apart, the two trailing empty lines not at all).
    expect(report).toMatchObject({ rowsRead: 6, rowsImported: 2, rowsSkipped: 4, blankRowsIgnored: 1 });
    expect(report.problems).toEqual([
      { row: 5, column: 'date', value: '31.02.2024', code: 'notDate', skippedRow: true },
      { row: 6, column: 'amount', value: '-5', code: 'negative', skippedRow: true },
      { row: 7, column: 'amount', value: '#DIV/0!', code: 'formulaError', skippedRow: true },
      { row: 8, column: 'amount', value: 'двести', code: 'notNumber', skippedRow: true },
    ]);
  });

  it('reads the same file as UTF-8 with a BOM, the BOM kept out of the first header', () => {
    const inspection = value(inspectBytes(utf8(text, true), 'продажи.csv'));
    expect(inspection.encoding).toEqual({ used: 'utf-8', detected: 'utf-8', hadBom: true });
    expect(inspection.headers[0]).toBe('Дата');
  });
});

describe('Excel\'s "Текст Юникод": UTF-16LE with a BOM, tabs, decimal comma, dd.mm.yyyy', () => {
  // Russian Excel writes the thousands separator of a formatted number as a no-break space (U+00A0).
  const text = ['Дата\tКлиент\tСумма', '01.03.2024\tИванов Пётр\t1\u00a0234,56', '02.03.2024\tЁлкина Анна\t99,90', '03.03.2024\tОрлов\t1 000'].join('\r\n') + '\r\n';
  const expectedRows = [
    { date: '2024-03-01', customer: 'Иванов Пётр', amount: 1234.56, member: null },
    { date: '2024-03-02', customer: 'Ёлкина Анна', amount: 99.9, member: null },
    { date: '2024-03-03', customer: 'Орлов', amount: 1000, member: null },
  ];

  it('is inspected as UTF-16LE with tabs, its Cyrillic headers whole and the BOM kept out of them', () => {
    const inspection = value(inspectBytes(utf16(text), 'продажи.txt'));
    expect(inspection).toMatchObject<Partial<Inspection>>({
      format: 'csv',
      encoding: { used: 'utf-16le', detected: 'utf-16le', hadBom: true },
      delimiter: '\t',
      headerRow: 0,
      headers: ['Дата', 'Клиент', 'Сумма'],
      decimalComma: true,
    });
    expect(inspection.preview[0]).toEqual(['01.03.2024', 'Иванов Пётр', '1\u00a0234,56']);
  });

  it('imports typed rows, with the BOM and without it', () => {
    for (const bytes of [utf16(text), utf16(text, { bom: false })]) {
      const { rows, report, inspection } = value(importAll(bytes, 'продажи.txt'));
      expect(inspection.encoding?.used).toBe('utf-16le');
      expect(rows).toEqual(expectedRows);
      expect(report).toMatchObject({ rowsRead: 3, rowsImported: 3, rowsSkipped: 0 });
    }
  });

  it('imports the big-endian form too', () => {
    expect(value(importAll(utf16(text, { bigEndian: true }), 'продажи.txt')).rows).toEqual(expectedRows);
  });

  it('streams a file of many slices: every row read, the total as written', () => {
    // Row i (1…3000) holds i,50 → the amounts sum to 3000·3001/2 + 3000·0.5 = 4 501 500 + 1 500 = 4 503 000.
    // About 35 characters a row, 70 bytes: some 210 KB, so more than three 64 KiB slices.
    const lines = ['Дата\tКлиент\tСумма'];
    for (let i = 1; i <= 3000; i++) lines.push(`15.03.2024\tКлиент №${i}\t${i.toLocaleString('ru-RU')},50`);
    const bytes = utf16(`${lines.join('\r\n')}\r\n`);
    expect(bytes.length).toBeGreaterThan(3 * 65_536);
    const progress: number[] = [];
    const inspection = value(inspectBytes(bytes, 'big.txt'));
    const result = value(importBytes(bytes, 'big.txt', SALES, proposeMapping(inspection.headers, SALES), OPTIONS, (fraction) => void progress.push(fraction)));
    expect(result.report).toMatchObject({ rowsRead: 3000, rowsImported: 3000, rowsSkipped: 0 });
    expect(result.rows[2999]).toEqual({ date: '2024-03-15', customer: 'Клиент №3000', amount: 3000.5, member: null });
    const total = result.rows.reduce((sum, row) => sum + (row.amount as number), 0);
    expect(total).toBeCloseTo(4_503_000, 6);
    expect(progress.length).toBeGreaterThanOrEqual(4);
  });
});

describe('workbooks', () => {
  const header = ['Дата', 'Клиент', 'Сумма', 'Участник программы'];

  it('skips titles above the table and reads Excel date cells and serial numbers on their calendar day', () => {
    const bytes = workbook([
      {
        name: 'Продажи',
        rows: [['Отчёт о продажах'], ['за март 2024'], [], header, [null, 'Иванов', 1500, 'да'], [45353, 'Петров', 700.5, 'нет']],
        cells: { A5: excelDate(45352) },
      },
    ]);
    const inspection = value(inspectBytes(bytes, 'отчёт.xlsx'));
    expect(inspection).toMatchObject({ format: 'xlsx', sheet: 'Продажи', headerRow: 3, headers: header, dataRowCount: 2 });
    const { rows } = value(importAll(bytes, 'отчёт.xlsx'));
    expect(rows.map((row) => row.date)).toEqual(['2024-03-01', '2024-03-02']);
  });

  it.each(['America/New_York', 'Asia/Vladivostok'])('keeps 01.03.2024 as 2024-03-01 in %s', (zone) => {
    const saved = process.env.TZ;
    process.env.TZ = zone;
    try {
      const bytes = workbook([{ name: 'S', rows: [header, [null, 'Иванов', 1, 'да']], cells: { A2: excelDate(45352) } }]);
      expect(value(importAll(bytes, 's.xlsx')).rows[0]?.date).toBe('2024-03-01');
    } finally {
      process.env.TZ = saved;
    }
  });

  it('lists sheets with their hidden flag and opens the first visible one with data', () => {
    const bytes = workbook([
      { name: 'Служебный', rows: [['секрет'], [1]], hidden: true },
      { name: 'Пустой', rows: [] },
      { name: 'Данные', rows: [header, ['01.03.2024', 'Иванов', 10, 'да']] },
    ]);
    const inspection = value(inspectBytes(bytes, 'книга.xlsx'));
    expect(inspection.sheets).toEqual([
      { name: 'Служебный', hidden: true },
      { name: 'Пустой', hidden: false },
      { name: 'Данные', hidden: false },
    ]);
    expect(inspection.sheet).toBe('Данные');
    expect(inspectBytes(bytes, 'книга.xlsx', { sheet: 'Нет такого' })).toEqual({ ok: false, problem: { code: 'sheetNotFound', details: { sheet: 'Нет такого' } } });
  });

  it('names both columns under a merged header cell', () => {
    const bytes = workbook([
      {
        name: 'S',
        rows: [['Клиент', 'Сумма', null], ['Иванов', 100, 20], ['Петров', 50, 5]],
        merges: [{ s: { r: 0, c: 1 }, e: { r: 0, c: 2 } }],
      },
    ]);
    expect(value(inspectBytes(bytes, 'm.xlsx')).headers).toEqual(['Клиент', 'Сумма', 'Сумма (2)']);
  });

  it('turns an error cell into its text and reports it as a formula error', () => {
    const bytes = workbook([
      {
        name: 'S',
        rows: [header, ['01.03.2024', 'Иванов', 10, 'да'], ['02.03.2024', 'Петров', null, 'нет']],
        cells: { C3: { t: 'e', v: 0x07 } },
      },
    ]);
    const inspection = value(inspectBytes(bytes, 'e.xlsx'));
    expect(inspection.preview[1]?.[2]).toBe('#DIV/0!');
    const { report } = value(importAll(bytes, 'e.xlsx'));
    expect(report.problems).toEqual([{ row: 3, column: 'amount', value: '#DIV/0!', code: 'formulaError', skippedRow: true }]);
  });

  it.each(['ods', 'xls'] as const)('reads the same table from .%s', (bookType) => {
    const bytes = workbook([{ name: 'S', rows: [header, ['01.03.2024', 'Иванов', 10.5, 'да']] }], bookType);
    const result = value(importAll(bytes, `t.${bookType}`));
    expect(result.inspection.format).toBe(bookType);
    expect(result.rows).toEqual([{ date: '2024-03-01', customer: 'Иванов', amount: 10.5, member: 'да' }]);
  });
});

describe('the report', () => {
  it('lists at most maxListedProblems problems but counts them all, by code and column', () => {
    const lines = ['Дата;Клиент;Сумма'];
    for (let i = 0; i < 250; i++) lines.push(`01.03.2024;Клиент ${i};нет суммы`);
    for (let i = 0; i < 10; i++) lines.push(`01.01.2030;Клиент ${i};5`);
    const { report } = value(importAll(utf8(lines.join('\n')), 'many.csv'));
    expect(report.problems).toHaveLength(IMPORT_LIMITS.maxListedProblems);
    // Each kind with its first three cells, by spreadsheet row (the header is row 1).
    expect(report.problemCounts).toEqual([
      { code: 'notNumber', column: 'amount', count: 250, examples: [{ row: 2, value: 'нет суммы' }, { row: 3, value: 'нет суммы' }, { row: 4, value: 'нет суммы' }] },
      { code: 'futureDate', column: 'date', count: 10, examples: [{ row: 252, value: '01.01.2030' }, { row: 253, value: '01.01.2030' }, { row: 254, value: '01.01.2030' }] },
    ]);
    expect(report.rowsSkipped).toBe(260);
    // 260 amounts checked, 250 failed; 260 dates, 10 in the future; the member column is not in the file.
    expect(report.columnHealth).toEqual([
      { column: 'date', checked: 260, failed: 10 },
      { column: 'customer', checked: 260, failed: 0 },
      { column: 'amount', checked: 260, failed: 250 },
    ]);
  });

  it('keeps a row whose optional cell is bad, with that cell empty', () => {
    const spec: DatasetSpec = { ...SALES, columns: SALES.columns.map((c) => (c.key === 'amount' ? { ...c, required: false } : c)) };
    const bytes = utf8('Дата;Клиент;Сумма\n01.03.2024;Иванов;много\n');
    const { rows, report } = value(importAll(bytes, 'o.csv', spec));
    expect(rows).toEqual([{ date: '2024-03-01', customer: 'Иванов', amount: null, member: null }]);
    expect(report.problems).toEqual([{ row: 2, column: 'amount', value: 'много', code: 'notNumber', skippedRow: false }]);
  });
});

describe('file problems are values, never exceptions', () => {
  it('refuses a mapping that leaves required columns out, naming them', () => {
    const bytes = utf8('Дата;Клиент;Сумма\n01.03.2024;Иванов;1\n');
    expect(importBytes(bytes, 'x.csv', SALES, { date: 0, customer: null, amount: 9, member: null }, OPTIONS)).toEqual({
      ok: false,
      problem: { code: 'missingRequired', details: { columns: 'customer,amount' } },
    });
  });

  it('states the size limit of a workbook too large to read whole', () => {
    const big = new Uint8Array(IMPORT_LIMITS.maxSpreadsheetBytes + 1);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    expect(inspectBytes(big, 'big.xlsx')).toEqual({
      ok: false,
      problem: { code: 'tooLarge', details: { bytes: IMPORT_LIMITS.maxSpreadsheetBytes + 1, limitBytes: IMPORT_LIMITS.maxSpreadsheetBytes } },
    });
  });

  it('reports empty files, headers without data and tables without headers', () => {
    expect(inspectBytes(new Uint8Array(0), 'empty.csv')).toEqual({ ok: false, problem: { code: 'empty' } });
    expect(inspectBytes(utf8(';;;\n;;;\n'), 'blank.csv')).toEqual({ ok: false, problem: { code: 'empty' } });
    expect(inspectBytes(utf8('Дата;Клиент;Сумма\n'), 'h.csv')).toEqual({ ok: false, problem: { code: 'onlyHeader' } });
    expect(inspectBytes(utf8('01.03.2024;5;100\n02.03.2024;6;200\n'), 'n.csv')).toEqual({ ok: false, problem: { code: 'noHeader' } });
  });

  it('returns a bug as "unexpected" with its message instead of throwing', () => {
    const broken = {
      ...SALES,
      get columns(): DatasetSpec['columns'] {
        throw new Error('spec unavailable');
      },
    };
    const bytes = utf8('Дата;Клиент;Сумма\n01.03.2024;Иванов;1\n');
    expect(importBytes(bytes, 'x.csv', broken, {}, OPTIONS)).toEqual({ ok: false, problem: { code: 'unexpected', details: { message: 'spec unavailable' } } });
  });
});
