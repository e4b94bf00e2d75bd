import * as XLSX from 'xlsx';
import { sniffFormat } from '../../../../src/data/import/sniff';
import { utf16, utf8, workbook } from './fixtures';

const table = [['Клиент', 'Сумма'], ['Иванов', 100]];

function problemOf(bytes: Uint8Array): string | undefined {
  const sniffed = sniffFormat(bytes);
  return sniffed.ok ? undefined : sniffed.problem.code;
}

function formatOf(bytes: Uint8Array): string | undefined {
  const sniffed = sniffFormat(bytes);
  return sniffed.ok ? sniffed.format : undefined;
}

describe('sniffFormat: the format comes from the bytes, not the name', () => {
  it('tells xlsx from ods, both zip archives', () => {
    expect(formatOf(workbook([{ name: 'S', rows: table }], 'xlsx'))).toBe('xlsx');
    expect(formatOf(workbook([{ name: 'S', rows: table }], 'ods'))).toBe('ods');
  });

  it('reads a compound file as xls, and an encrypted package in one as a password-protected workbook', () => {
    expect(formatOf(workbook([{ name: 'S', rows: table }], 'xls'))).toBe('xls');
    const container = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(container, '/EncryptionInfo', new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0]));
    XLSX.CFB.utils.cfb_add(container, '/EncryptedPackage', new Uint8Array(600).fill(7));
    expect(problemOf(new Uint8Array(XLSX.CFB.write(container, { type: 'array' }) as ArrayBuffer))).toBe('encrypted');
  });

  it('calls a truncated workbook corrupt and a zip of other files not a spreadsheet', () => {
    const whole = workbook([{ name: 'S', rows: table }]);
    expect(problemOf(whole.slice(0, Math.floor(whole.length / 2)))).toBe('corrupt');
    const archive = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(archive, 'readme.txt', utf8('hello'));
    expect(problemOf(new Uint8Array(XLSX.CFB.write(archive, { type: 'array', fileType: 'zip' }) as ArrayBuffer))).toBe('notSpreadsheet');
  });

  it('recognises a web page saved as .xls, after a BOM and blank lines', () => {
    expect(problemOf(utf8('\n  <!DOCTYPE html><html><body><table></table></body></html>', true))).toBe('html');
    expect(problemOf(utf8('<table><tr><td>1</td></tr></table>'))).toBe('html');
  });

  it('rejects images, PDFs and random bytes', () => {
    expect(problemOf(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toBe('notSpreadsheet');
    expect(problemOf(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]))).toBe('notSpreadsheet');
    expect(problemOf(utf8('%PDF-1.7\n%âãÏÓ'))).toBe('notSpreadsheet');
    // A deterministic "random" block: a linear congruential sequence, with NUL bytes bound to occur.
    const noise = new Uint8Array(4096);
    let state = 12345;
    for (let i = 0; i < noise.length; i++) {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      noise[i] = state >> 23;
    }
    expect(problemOf(noise)).toBe('notSpreadsheet');
  });

  it('calls zero bytes, blanks and a lone BOM empty', () => {
    expect(problemOf(new Uint8Array(0))).toBe('empty');
    expect(problemOf(utf8(' \r\n\t\n'))).toBe('empty');
    expect(problemOf(utf8('', true))).toBe('empty');
  });

  it('takes any other text for CSV', () => {
    expect(formatOf(utf8('Клиент;Сумма\r\nИванов;100\r\n'))).toBe('csv');
    expect(formatOf(new Uint8Array([0xca, 0xeb, 0xe8, 0xe5, 0xed, 0xf2, 0x3b, 0x31]))).toBe('csv');
  });

  it('takes UTF-16 text for CSV, with a BOM in either byte order or little-endian without one', () => {
    const text = 'Дата\tКлиент\tСумма\r\n01.03.2024\tИванов\t1 234,56\r\n';
    expect(formatOf(utf16(text))).toBe('csv');
    expect(formatOf(utf16(text, { bigEndian: true }))).toBe('csv');
    expect(formatOf(utf16(text, { bom: false }))).toBe('csv');
  });

  it('judges UTF-16 by its code units: blank, binary behind a BOM, a web page', () => {
    expect(problemOf(new Uint8Array([0xff, 0xfe]))).toBe('empty');
    expect(problemOf(utf16(' \r\n\t\n'))).toBe('empty');
    // A NUL unit, or more than 1 % of stray control units (here 2 of 11), is no text.
    expect(problemOf(utf16('Дата\u0000Сумма'))).toBe('notSpreadsheet');
    expect(problemOf(utf16('Дата\u0001\u0002Сумма'))).toBe('notSpreadsheet');
    expect(problemOf(utf16('\r\n<html><body><table></table></body></html>'))).toBe('html');
  });

  it('still refuses text with zero bytes that is no UTF-16 table', () => {
    // Zero bytes, but "AB" then 00 00: the NUL unit rules out UTF-16, and a zero byte rules out 8-bit text.
    expect(problemOf(new Uint8Array([0x41, 0x42, 0x00, 0x00, 0x0a, 0x00]))).toBe('notSpreadsheet');
  });
});
