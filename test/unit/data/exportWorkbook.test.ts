import * as XLSX from 'xlsx';
import type { CellObject, WorkBook } from 'xlsx';
import { dateCell, decimalCell, moneyCell, percentCell, type SheetSpec } from '../../../src/data/sheet';
import { createFormatters } from '../../../src/i18n/format';
import { LOCALES } from '../../../src/i18n/locale';
import { REVOKE_DELAY_MS } from '../../../src/data/download';
import {
  buildWorkbook,
  EXCEL_DATE_FORMAT,
  exportCsv,
  exportXlsx,
  safeFileName,
  sanitiseSheetNames,
  XLSX_MIME,
  type WorkbookFormat,
} from '../../../src/data/exportWorkbook';
import { toCsv } from '../../../src/data/csv';
import { readBlob } from '../../support/readBlob';

function roundTrip(sheets: SheetSpec[], format?: WorkbookFormat): WorkBook {
  const buf: ArrayBuffer = XLSX.write(buildWorkbook(XLSX, sheets, format), { bookType: 'xlsx', type: 'array', compression: true });
  // cellStyles makes SheetJS read the <cols> widths back; cellNF keeps each cell's number format as `z`.
  return XLSX.read(buf, { type: 'array', cellDates: true, dense: true, cellStyles: true, cellNF: true });
}

function cellsOf(wb: WorkBook, name: string): (CellObject | undefined)[][] {
  const sheet = wb.Sheets[name];
  if (!sheet) throw new Error(`no sheet ${name}`);
  return (sheet['!data'] ?? []) as (CellObject | undefined)[][];
}

describe('buildWorkbook', () => {
  it('sanitises and dedupes sheet names', () => {
    const long = 'Очень длинное название листа для экспорта';
    const wb = roundTrip([
      { name: 'Q1/Q2: [draft]*?', rows: [[1]] },
      { name: long, rows: [[1]] },
      { name: long, rows: [[1]] },
      { name: 'nps', rows: [[1]] },
      { name: 'NPS', rows: [[1]] },
      { name: '  ', rows: [[1]] },
      { name: "'quoted'", rows: [[1]] },
      { name: 'history', rows: [[1]] },
    ]);
    expect(wb.SheetNames).toEqual([
      'Q1 Q2 draft',
      'Очень длинное название листа дл',
      'Очень длинное название лист (2)',
      'nps',
      'NPS (2)',
      'Sheet6',
      'quoted',
      'history (2)',
    ]);
    for (const name of wb.SheetNames) expect(name.length).toBeLessThanOrEqual(31);
  });

  it('keeps dedupe suffixes within 31 characters for many duplicates', () => {
    const names = sanitiseSheetNames(Array.from({ length: 12 }, () => 'x'.repeat(40)));
    expect(new Set(names).size).toBe(12);
    expect(names[11]).toBe(`${'x'.repeat(26)} (12)`);
    for (const name of names) expect(name.length).toBeLessThanOrEqual(31);
  });

  it('writes numbers, booleans, dates and text with the right types', () => {
    const wb = roundTrip([
      {
        name: 'Data',
        rows: [
          ['Name', 'Score', 'Active', 'Joined'],
          ['Анна', -12.5, true, new Date(2024, 0, 15)],
          ['李雷', 0, false, new Date(2024, 11, 31, 13, 45)],
        ],
      },
    ]);
    const cells = cellsOf(wb, 'Data');
    expect(cells[0]?.[0]).toMatchObject({ t: 's', v: 'Name' });
    expect(cells[1]?.[0]).toMatchObject({ t: 's', v: 'Анна' });
    expect(cells[1]?.[1]).toMatchObject({ t: 'n', v: -12.5 });
    expect(cells[2]?.[1]).toMatchObject({ t: 'n', v: 0 });
    expect(cells[1]?.[2]).toMatchObject({ t: 'b', v: true });
    expect(cells[2]?.[2]).toMatchObject({ t: 'b', v: false });
    const joined = cells[1]?.[3];
    expect(joined?.t).toBe('d');
    expect(joined?.v).toBeInstanceOf(Date);
    // SheetJS reads dates back as UTC wall-clock time; the local date entered must survive in any time zone.
    expect((joined?.v as Date).toISOString()).toBe('2024-01-15T00:00:00.000Z');
    expect(joined?.w).toBe('2024-01-15');
    expect(cells[2]?.[3]?.w).toBe('2024-12-31 13:45');
  });

  it('stores shares, amounts and figures as numbers that show what the screen shows', () => {
    const wb = roundTrip(
      [{
        name: 'Figures',
        rows: [[percentCell(0.73437), moneyCell(-1234567.4), decimalCell(5.4712, 2), percentCell(0.296, 1, { signed: true }), decimalCell(-0.25, 2, { signed: true }), moneyCell(1800.5, 2)]],
      }],
      { locale: 'ru', currency: 'RUB' },
    );
    const [share, amount, gap, uplift, change, exact] = cellsOf(wb, 'Figures')[0] ?? [];
    // The whole value is kept, so the participant's own formulas compute with it; the format rounds what is seen.
    expect(share).toMatchObject({ t: 'n', v: 0.73437, z: '0.0%', w: '73.4%' });
    expect(amount).toMatchObject({ t: 'n', v: -1234567.4, z: '#,##0" ₽"', w: '-1,234,567 ₽' });
    expect(gap).toMatchObject({ t: 'n', v: 5.4712, z: '#,##0.00', w: '5.47' });
    expect(uplift).toMatchObject({ t: 'n', v: 0.296, z: '+0.0%;-0.0%;0.0%', w: '+29.6%' });
    expect(change).toMatchObject({ t: 'n', v: -0.25, w: '-0.25' });
    expect(exact).toMatchObject({ t: 'n', z: '#,##0.00" ₽"', w: '1,800.50 ₽' });
  });

  it('writes the currency symbol where the language writes it', () => {
    const money = (format: WorkbookFormat) => cellsOf(roundTrip([{ name: 'M', rows: [[moneyCell(1500)]] }], format), 'M')[0]?.[0];
    expect(money({ locale: 'en', currency: 'USD' })).toMatchObject({ z: '"$"#,##0', w: '$1,500' });
    expect(money({ locale: 'zh', currency: 'CNY' })).toMatchObject({ z: '"¥"#,##0', w: '¥1,500' });
    expect(money({ locale: 'ru', currency: 'EUR' })).toMatchObject({ z: '#,##0" €"', w: '1,500 €' });
  });

  it('writes a stored day as a real date in the language’s format, reading as the screen writes it', () => {
    for (const locale of LOCALES) {
      const wb = roundTrip([{ name: 'D', rows: [[dateCell('2026-03-05'), new Date(2026, 2, 5, 14, 30)]] }], { locale, currency: 'RUB' });
      const [day, moment] = cellsOf(wb, 'D')[0] ?? [];
      expect(day?.t).toBe('d');
      expect((day?.v as Date).toISOString()).toBe('2026-03-05T00:00:00.000Z');
      expect(day?.z).toBe(EXCEL_DATE_FORMAT[locale]);
      expect(day?.w, locale).toBe(createFormatters(locale, 'RUB').date('2026-03-05'));
      expect(moment?.w, locale).toBe(`${createFormatters(locale, 'RUB').date('2026-03-05')} 14:30`);
    }
  });

  it('keeps text that is not a calendar day as text, and nothing for no date', () => {
    expect(dateCell('2026-02-30')).toBe('2026-02-30');
    expect(dateCell('весна 2026')).toBe('весна 2026');
    expect(dateCell(null)).toBeNull();
    expect(dateCell('')).toBeNull();
    expect(percentCell(Number.NaN)).toBeNull();
    expect(moneyCell(null)).toBeNull();
  });

  it('writes formula-like text as inert text without a formula', () => {
    const dangerous = ['=SUM(A1)', '+1', '-2+3', '@cmd', '\t=1', '\r=1'];
    const wb = roundTrip([{ name: 'Injection', rows: dangerous.map((text) => [text]) }]);
    const cells = cellsOf(wb, 'Injection');
    dangerous.forEach((text, r) => {
      const cell = cells[r]?.[0];
      expect(cell?.t).toBe('s');
      expect(cell).not.toHaveProperty('f');
      expect(cell?.v).toBe(`'${text}`);
      expect(String(cell?.v)).not.toMatch(/^[=+\-@\t\r]/);
    });
  });

  it('leaves NaN, Infinity, null, empty text and invalid dates as empty cells', () => {
    const wb = roundTrip([
      { name: 'Gaps', rows: [[NaN, Infinity, -Infinity, null, '', new Date(Number.NaN), 'end']] },
    ]);
    const row = cellsOf(wb, 'Gaps')[0] ?? [];
    for (let c = 0; c < 6; c++) {
      const cell = row[c];
      expect(cell === undefined || cell.t === 'z').toBe(true);
      expect(cell?.w ?? '').not.toMatch(/NaN|Infinity|#/);
    }
    expect(row[6]).toMatchObject({ t: 's', v: 'end' });
  });

  it('sets column widths from columnWidths or from the content', () => {
    const wb = roundTrip([
      { name: 'Given', rows: [['a', 'b']], columnWidths: [30, 12] },
      { name: 'Estimated', rows: [['id', 'A rather long comment text here'], [1, '短'], [2, '客户忠诚度计划的评估']] },
    ]);
    const given = wb.Sheets.Given?.['!cols'] ?? [];
    expect(given.map((c) => Math.round(c.wch ?? 0))).toEqual([30, 12]);
    const estimated = wb.Sheets.Estimated?.['!cols'] ?? [];
    expect(estimated).toHaveLength(2);
    expect(estimated[0]?.wch).toBeGreaterThanOrEqual(6);
    expect(estimated[1]?.wch).toBeGreaterThanOrEqual(31);
  });

  it('counts CJK characters as double width and caps very wide columns', () => {
    const wb = buildWorkbook(XLSX, [{ name: 'W', rows: [['客户忠诚度计划的评估', 'x'.repeat(500)]] }]);
    const cols = wb.Sheets.W?.['!cols'] ?? [];
    expect(cols[0]?.wch).toBe(22);
    expect(cols[1]?.wch).toBe(60);
  });

  it('produces a valid workbook for an empty export', () => {
    const wb = roundTrip([]);
    expect(wb.SheetNames).toEqual(['Sheet1']);
  });
});

describe('toCsv', () => {
  it('quotes per RFC 4180 and ends records with CRLF', () => {
    const csv = toCsv([
      ['plain', 'a,b', 'say "hi"', 'line\nbreak', 'cr\rhere'],
      [1, null, true, 'x;y'],
    ]);
    expect(csv).toBe('plain,"a,b","say ""hi""","line\nbreak","cr\rhere"\r\n1,,TRUE,x;y\r\n');
  });

  it('quotes by the chosen separator', () => {
    expect(toCsv([['a;b', 'c,d', 'e\tf']], { separator: ';' })).toBe('"a;b";c,d;e\tf\r\n');
    expect(toCsv([['a;b', 'c,d', 'e\tf']], { separator: '\t' })).toBe('a;b\tc,d\t"e\tf"\r\n');
  });

  it('writes decimal commas for Russian Excel and quotes them when the separator is a comma', () => {
    expect(toCsv([[1234.5, -0.25, 7]], { separator: ';', decimalComma: true })).toBe('1234,5;-0,25;7\r\n');
    expect(toCsv([[1234.5]], { decimalComma: true })).toBe('"1234,5"\r\n');
    expect(toCsv([[1234.5, -0.25]])).toBe('1234.5,-0.25\r\n');
  });

  it('neutralises formula-like text but not negative numbers', () => {
    expect(toCsv([['=SUM(A1)', '+1', '-2+3', '@cmd', -2]])).toBe("'=SUM(A1),'+1,'-2+3,'@cmd,-2\r\n");
    expect(toCsv([['=1,2']])).toBe(`"'=1,2"\r\n`);
    expect(toCsv([['\t=1']], { separator: '\t' })).toBe(`"'\t=1"\r\n`);
  });

  it('neutralises a formula behind spaces a reader may trim: plain, no-break, ideographic', () => {
    expect(toCsv([[' =1+1', '\u00a0=HYPERLINK("x")', '\u3000＝1', '  @cmd']])).toBe(`' =1+1,"'\u00a0=HYPERLINK(""x"")",'\u3000＝1,'  @cmd\r\n`);
    // Text that only starts with spaces is left alone.
    expect(toCsv([['  100 ₽', ' ']])).toBe('  100 ₽, \r\n');
  });

  it('writes dates as ISO local dates and non-finite numbers as empty', () => {
    expect(toCsv([[new Date(2024, 0, 5), new Date(2024, 0, 5, 9, 7), NaN, Infinity, new Date(Number.NaN)]])).toBe(
      '2024-01-05,2024-01-05 09:07,,,\r\n',
    );
  });

  it('writes a typed figure to the precision the screen shows, a share as its fraction', () => {
    expect(toCsv([[percentCell(0.73437), moneyCell(1234.56), decimalCell(-0.6449, 2)]], { separator: ';', decimalComma: true })).toBe('0,734;1235;-0,64\r\n');
  });

  it('has no BOM (only the download adds it)', () => {
    expect(toCsv([['Привет']]).charCodeAt(0)).not.toBe(0xfeff);
    expect(toCsv([])).toBe('');
  });
});

describe('safeFileName', () => {
  it('strips forbidden characters and collapses spaces', () => {
    expect(safeFileName('  Отчёт: NPS / Q1 <2024>?  ')).toBe('Отчёт NPS Q1 2024');
    expect(safeFileName('a"b|c*d\\e')).toBe('a b c d e');
    expect(safeFileName('tab\there\nnew')).toBe('tab here new');
  });

  it('keeps Cyrillic and CJK', () => {
    expect(safeFileName('Лояльность клиентов')).toBe('Лояльность клиентов');
    expect(safeFileName('客户忠诚度')).toBe('客户忠诚度');
  });

  it('limits the length to 100 characters', () => {
    expect(safeFileName('я'.repeat(150))).toHaveLength(100);
    expect(Array.from(safeFileName('😀'.repeat(150)))).toHaveLength(60);
  });

  it('falls back to "export" and avoids hidden or reserved names', () => {
    expect(safeFileName('')).toBe('export');
    expect(safeFileName(' /:*? ')).toBe('export');
    expect(safeFileName('...')).toBe('export');
    expect(safeFileName('.hidden.')).toBe('hidden');
    expect(safeFileName('CON')).toBe('_CON');
    expect(safeFileName('report\u202Excod')).toBe('reportxcod');
  });
});

describe('downloads', () => {
  let clicked: HTMLAnchorElement[];
  let createObjectURL: ReturnType<typeof vi.fn<(blob: Blob) => string>>;
  let revokeObjectURL: ReturnType<typeof vi.fn<(url: string) => void>>;
  // jsdom has no object URLs; keep whatever is there to put it back afterwards.
  const original = { createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL };

  beforeEach(() => {
    clicked = [];
    createObjectURL = vi.fn<(blob: Blob) => string>(() => 'blob:mock-url');
    revokeObjectURL = vi.fn<(url: string) => void>();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    Object.assign(URL, original);
  });

  it('exportXlsx downloads an xlsx Blob through a temporary link and revokes the URL', async () => {
    await exportXlsx('Отчёт: NPS', [{ name: 'NPS', rows: [['Score'], [9]] }]);
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    const blob = createObjectURL.mock.calls[0]?.[0];
    expect(blob).toBeInstanceOf(Blob);
    expect(blob?.type).toBe(XLSX_MIME);
    expect(clicked).toHaveLength(1);
    expect(clicked[0]?.download).toBe('Отчёт NPS.xlsx');
    expect(clicked[0]?.href).toBe('blob:mock-url');
    expect(clicked[0]?.isConnected).toBe(false);

    // The file really is the workbook.
    const wb = XLSX.read(await readBlob(blob!), { type: 'array', dense: true });
    expect(wb.SheetNames).toEqual(['NPS']);

    expect(revokeObjectURL).not.toHaveBeenCalled();
    vi.advanceTimersByTime(REVOKE_DELAY_MS);
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:mock-url');
  });

  it('exportCsv prepends a UTF-8 BOM and uses the CSV MIME type', async () => {
    await exportCsv('data.csv', [['Имя', 'Балл'], ['Анна', 9.5]], { separator: ';', decimalComma: true });
    const blob = createObjectURL.mock.calls[0]?.[0];
    expect(blob?.type).toBe('text/csv;charset=utf-8');
    const bytes = await readBlob(blob!);
    expect(Array.from(bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toBe('Имя;Балл\r\nАнна;9,5\r\n');
    expect(clicked[0]?.download).toBe('data.csv');
    vi.advanceTimersByTime(REVOKE_DELAY_MS);
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:mock-url');
  });
});
