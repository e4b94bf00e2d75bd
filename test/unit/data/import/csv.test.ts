import Papa from 'papaparse';
import { readCsvHead, readCsvRecords, streamCsvRecords } from '../../../../src/data/import/csv';
import { detectDecimalComma, detectDialect } from '../../../../src/data/import/csvDialect';
import { utf16Unit } from '../../../../src/data/import/encoding';
import { cp1251, utf16, utf8 } from './fixtures';

describe('detectDialect', () => {
  it('finds ";" even when decimal commas appear in every line', () => {
    const text = 'Дата;Клиент;Сумма\r\n01.03.2024;Иванов;1 234,56\r\n02.03.2024;Петров;99,90\r\n';
    expect(detectDialect(text)).toEqual({ delimiter: ';', newline: '\r\n', hasSepLine: false });
  });

  it('ignores delimiters inside quotes and a title line above the table', () => {
    const text = 'Отчёт о продажах\n"Иванов; Пётр",1200\n"Петров; Иван",900\n"Сидоров; Ян",300\n';
    expect(detectDialect(text).delimiter).toBe(',');
  });

  it('finds tab and "|" delimiters', () => {
    expect(detectDialect('a\tb\tc\n1\t2\t3\n').delimiter).toBe('\t');
    expect(detectDialect('a|b\n1|2\n').delimiter).toBe('|');
  });

  it('obeys Excel\'s "sep=" line and an explicit choice', () => {
    expect(detectDialect('sep=,\na;b,c\n1;2,3\n')).toEqual({ delimiter: ',', newline: '\n', hasSepLine: true });
    expect(detectDialect('a;b\n1;2\n', '|').delimiter).toBe('|');
  });
});

describe('detectDecimalComma', () => {
  it('votes for a decimal comma on "1 234,56" and "99,9"', () => {
    expect(detectDecimalComma(['1 234,56', '99,9', 'Иванов'], ',', false)).toBe(true);
  });

  it('votes for a decimal dot on "1234.56" and "1,234.50"', () => {
    expect(detectDecimalComma(['1234.56', '1,234.50'], ';', true)).toBe(false);
  });

  it('without evidence ("1,234" could be either) follows the delimiter', () => {
    expect(detectDecimalComma(['1,234', '12'], ';', false)).toBe(true);
    expect(detectDecimalComma(['1,234', '12'], ',', true)).toBe(false);
    expect(detectDecimalComma(['12'], null, true)).toBe(true);
  });
});

describe('readCsvHead and streamCsvRecords', () => {
  const text = 'sep=;\r\nДата;Клиент;Сумма\r\n01.03.2024;"Иванов\r\nПётр";1 234,56\r\n02.03.2024;Петров;99,90\r\n';

  it('returns the first records without the "sep=" line', () => {
    const head = readCsvHead(cp1251(text), 'windows-1251', 'auto', 10);
    expect(head.dialect.delimiter).toBe(';');
    expect(head.records).toEqual([
      ['Дата', 'Клиент', 'Сумма'],
      ['01.03.2024', 'Иванов\r\nПётр', '1 234,56'],
      ['02.03.2024', 'Петров', '99,90'],
      [''],
    ]);
    expect(head.more).toBe(false);
  });

  it('streams the same records whatever the slicing, a quoted line break included', () => {
    const bytes = utf8(text.repeat(1), true);
    const dialect = detectDialect(text);
    const records: string[][] = [];
    const fractions: number[] = [];
    streamCsvRecords(bytes, 'utf-8', dialect, (batch, fraction) => {
      records.push(...batch);
      fractions.push(fraction);
    });
    expect(records.slice(0, 3)).toEqual([
      ['Дата', 'Клиент', 'Сумма'],
      ['01.03.2024', 'Иванов\r\nПётр', '1 234,56'],
      ['02.03.2024', 'Петров', '99,90'],
    ]);
    expect(fractions.at(-1)).toBe(1);
  });

  it('carries a record split across slices of a large file', () => {
    // 200,000 lines of "i;Клиент i" cross many 64 KiB slices, several of them mid-record.
    const lines = Array.from({ length: 200_000 }, (_, i) => `${i};Клиент ${i}`);
    const bytes = cp1251(lines.join('\n'));
    let count = 0;
    let lastCells: string[] = [];
    let ordered = true;
    streamCsvRecords(bytes, 'windows-1251', { delimiter: ';', newline: '\n', hasSepLine: false }, (batch) => {
      for (const record of batch) {
        if (record[0] !== String(count) || record[1] !== `Клиент ${count}`) ordered = false;
        count++;
        lastCells = record;
      }
    });
    expect(ordered).toBe(true);
    expect(count).toBe(200_000);
    expect(lastCells).toEqual(['199999', 'Клиент 199999']);
  });

  it('stops when the callback says so', () => {
    const bytes = utf8(Array.from({ length: 100_000 }, (_, i) => `${i};x`).join('\n'));
    let batches = 0;
    streamCsvRecords(bytes, 'utf-8', { delimiter: ';', newline: '\n', hasSepLine: false }, () => {
      batches++;
      return false;
    });
    expect(batches).toBe(1);
  });

  it('splits slices without quotes exactly as papaparse splits the whole text', () => {
    // 40,000 lines of about 10 bytes (400 KB) cross six or more 64 KiB slices. Only lines 5,000–5,009 hold a
    // quoted cell (with the delimiter and a line break in it), so the slice around them goes to papaparse and
    // the others to the plain split. Empty lines, empty cells, spaces around a cell, a lone \r inside one and
    // one-cell lines are spread over all of them.
    const line = (i: number): string => {
      if (i >= 5000 && i < 5010) return `${i};"Иванов;\r\nПётр";1`;
      switch (i % 6) {
        case 0:
          return `${i};Клиент ${i};1\u00a0234,5`;
        case 1:
          return '';
        case 2:
          return `${i};;`;
        case 3:
          return `${i}`;
        case 4:
          return `${i};а\rб;в`;
        default:
          return `; ${i} `;
      }
    };
    const lines = Array.from({ length: 40_000 }, (_, i) => line(i));
    const dialect = { delimiter: ';', newline: '\r\n', hasSepLine: false } as const;
    for (const text of [lines.join('\r\n'), `${lines.join('\r\n')}\r\n`]) {
      const records: string[][] = [];
      let slices = 0;
      readCsvRecords(cp1251(text), 'windows-1251', dialect, {
        record: (cells) => void records.push([...cells]),
        sliceDone: () => {
          slices++;
          return true;
        },
      });
      expect(slices).toBeGreaterThanOrEqual(6);
      const whole = Papa.parse<string[]>(text, { delimiter: ';', newline: '\r\n', quoteChar: '"' });
      expect(records).toEqual(whole.data);
    }
  });
});

describe('readCsvRecords on UTF-16', () => {
  it('reads a cell whose surrogate pair is cut by the 64 KiB slice boundary', () => {
    // BOM 2 bytes; the header «Дата\tКлиент\tСумма\r\n» is 19 units, bytes 2–39, so the first slice (a line
    // feed inside it) ends at 40. The second line has no line feed for 80 KB, so its slice is a full 65 536
    // bytes, [40, 65 576). The emoji start at 40 + 11 units · 2 = 62: 65 576 − 62 = 65 514 = 4 · 16 378 + 2,
    // so the slice ends between the two halves of the 16 379th 😀.
    const emoji = '😀'.repeat(20_000);
    const text = `Дата\tКлиент\tСумма\r\n01.03.2024\t${emoji}\t5\r\n02.03.2024\tЊегош\t7\r\n`;
    const bytes = utf16(text);
    // 😀 is D83D DE00: the unit just past the boundary is the second half.
    expect(utf16Unit(bytes, 65_576, 'utf-16le')).toBe(0xde00);
    const records: string[][] = [];
    readCsvRecords(bytes, 'utf-16le', { delimiter: '\t', newline: '\r\n', hasSepLine: false }, {
      record: (cells) => void records.push([...cells]),
      sliceDone: () => true,
    });
    expect(records).toEqual([
      ['Дата', 'Клиент', 'Сумма'],
      ['01.03.2024', emoji, '5'],
      ['02.03.2024', 'Његош', '7'],
      // After the last line feed, as papaparse gives it; the row typer counts it as no row.
      [''],
    ]);
  });
});
