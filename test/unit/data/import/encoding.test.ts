import { chooseEncoding, decodeHead, decodeInSlices, isValidUtf8, utf16WithoutBom } from '../../../../src/data/import/encoding';
import type { TextEncoding } from '../../../../src/data/import/types';
import { cp1251, utf16, utf8 } from './fixtures';

function decodeAll(bytes: Uint8Array, encoding: TextEncoding, slice: number): string {
  let text = '';
  decodeInSlices(bytes, encoding, slice, (piece) => {
    text += piece;
  });
  return text;
}

describe('chooseEncoding', () => {
  it('takes a BOM as UTF-8 and says it was there', () => {
    expect(chooseEncoding(utf8('Клиент;Сумма', true))).toEqual({ used: 'utf-8', detected: 'utf-8', hadBom: true });
  });

  it('takes strictly valid UTF-8 without a BOM as UTF-8', () => {
    expect(chooseEncoding(utf8('Клиент;Сумма'))).toEqual({ used: 'utf-8', detected: 'utf-8', hadBom: false });
  });

  it('takes Cyrillic that is not valid UTF-8 as Windows-1251', () => {
    expect(chooseEncoding(cp1251('Клиент;Сумма')).detected).toBe('windows-1251');
  });

  it('lets the user override what was detected', () => {
    expect(chooseEncoding(cp1251('Ёлка'), 'utf-8')).toEqual({ used: 'utf-8', detected: 'windows-1251', hadBom: false });
  });
});

describe('decodeInSlices', () => {
  it('keeps a two-byte letter whole when a slice boundary falls inside it, and drops the BOM', () => {
    const bytes = utf8('ёЁж', true);
    // BOM (3 bytes) then ё = d1 91: a slice of 4 ends in the middle of ё.
    expect(decodeAll(bytes, 'utf-8', 4)).toBe('ёЁж');
  });

  it('decodes Windows-1251 in any slicing', () => {
    expect(decodeAll(cp1251('Покупатель Ёжиков'), 'windows-1251', 3)).toBe('Покупатель Ёжиков');
  });
});

describe('isValidUtf8', () => {
  function fatalDecoderAccepts(bytes: Uint8Array): boolean {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      return true;
    } catch {
      return false;
    }
  }

  it('accepts and rejects exactly what a fatal TextDecoder does', () => {
    const cases: number[][] = [
      [],
      [0x41, 0x42],
      [0xd0, 0x9a], // К
      [0xe2, 0x82, 0xbd], // ₽
      [0xf0, 0x9f, 0x98, 0x80], // U+1F600
      [0xf4, 0x8f, 0xbf, 0xbf], // U+10FFFF, the last code point
      [0xc0, 0x80], // overlong NUL
      [0xc1, 0xbf], // overlong
      [0xe0, 0x80, 0x80], // overlong three-byte form
      [0xe0, 0xa0, 0x80], // U+0800, the first three-byte code point
      [0xed, 0xa0, 0x80], // a surrogate
      [0xed, 0x9f, 0xbf], // U+D7FF, just below the surrogates
      [0xf0, 0x80, 0x80, 0x80], // overlong four-byte form
      [0xf4, 0x90, 0x80, 0x80], // above U+10FFFF
      [0xf5, 0x80, 0x80, 0x80],
      [0xd0], // cut off at the end
      [0xe2, 0x82],
      [0x41, 0x80], // a stray continuation byte
      [0xd0, 0x41],
      [0xca, 0xeb, 0xe8, 0xe5, 0xed, 0xf2], // "Клиент" in Windows-1251
    ];
    for (const bytes of cases) expect(isValidUtf8(new Uint8Array(bytes))).toBe(fatalDecoderAccepts(new Uint8Array(bytes)));
  });
});

describe('decodeInSlices ending at line feeds', () => {
  it('ends a slice just after its last line feed, and mid-line only when the slice holds none', () => {
    // One byte per letter in Windows-1251: 'я;б\n' is bytes 0–3, 'ввв;г\n' 4–9, twenty д 10–29, '\n' 30, 'е\n' 31–32.
    // Slices of 8: [0,8) ends after the line feed at 3; [4,12) after the one at 9; [10,18) and [18,26) hold
    // none and stay whole; [26,33) is the end of the file.
    const text = `я;б\nввв;г\n${'д'.repeat(20)}\nе\n`;
    const pieces: string[] = [];
    decodeInSlices(cp1251(text), 'windows-1251', 8, (piece) => void pieces.push(piece), { endAtLineFeed: true });
    expect(pieces).toEqual(['я;б\n', 'ввв;г\n', 'дддддддд', 'дддддддд', 'дддд\nе\n']);
  });
});

describe('UTF-16, as Excel writes "Текст Юникод"', () => {
  const table = 'Дата\tКлиент\tСумма\r\n01.03.2024\tИванов\t1 234,56\r\n';

  it('is taken from its BOM, in either byte order', () => {
    expect(chooseEncoding(utf16(table))).toEqual({ used: 'utf-16le', detected: 'utf-16le', hadBom: true });
    expect(chooseEncoding(utf16(table, { bigEndian: true }))).toEqual({ used: 'utf-16be', detected: 'utf-16be', hadBom: true });
  });

  it('is recognised without a BOM from its zero bytes and Cyrillic high bytes', () => {
    expect(chooseEncoding(utf16(table, { bom: false }))).toEqual({ used: 'utf-16le', detected: 'utf-16le', hadBom: false });
    expect(chooseEncoding(utf16(table, { bom: false, bigEndian: true })).detected).toBe('utf-16be');
  });

  it('is not guessed without a BOM when a unit is no table text, or when no tab or line feed shows the zero bytes', () => {
    // 日 is U+65E5: Chinese needs the BOM Excel always writes.
    expect(utf16WithoutBom(utf16('日期\t金额\r\n', { bom: false }))).toBeNull();
    // A NUL unit (two zero bytes) is binary, not text.
    expect(utf16WithoutBom(utf16('Дата\t\u0000Сумма\r\n', { bom: false }))).toBeNull();
    // No tab and no line feed: nothing marks this as a table rather than chance.
    expect(utf16WithoutBom(utf16('Клиент', { bom: false }))).toBeNull();
  });

  it('never takes UTF-8 or Windows-1251 text for UTF-16, even when every other byte is a space', () => {
    // Read as UTF-16LE, "1 ", "\t ", "\r ", "\n " are the units 0x2031, 0x2009, 0x200D, 0x200A: all punctuation,
    // so plausible, yet none is the tab or line feed unit whose zero byte only UTF-16 text holds.
    const spaced = utf8('1 2 3 \t 4 5 6 \r \n ');
    expect(utf16WithoutBom(spaced)).toBeNull();
    expect(chooseEncoding(spaced).detected).toBe('utf-8');
    expect(chooseEncoding(cp1251('Клиент\tСумма\r\nИванов\t100\r\n')).detected).toBe('windows-1251');
  });

  it('decodes the same in every slicing, the BOM dropped, with a surrogate pair cut between slices', () => {
    const text = 'Ёж 😀\tЊ\n';
    const bytes = utf16(text);
    // 2 bytes of BOM, then 8 units (😀 is two), 16 bytes: slices of 1 to 17 bytes cut everywhere, odd sizes included.
    for (let slice = 1; slice <= 17; slice++) expect(decodeAll(bytes, 'utf-16le', slice)).toBe(text);
    for (let slice = 1; slice <= 17; slice++) expect(decodeAll(utf16(text, { bigEndian: true }), 'utf-16be', slice)).toBe(text);
  });

  it('keeps slices to whole code units, counted from the end of the BOM', () => {
    // BOM (2 bytes) + «абв» (6 bytes): a slice of 5 bytes is cut to 4, so the slices end at bytes 6 and 8.
    const done: number[] = [];
    decodeInSlices(utf16('абв'), 'utf-16le', 5, (_text, bytesDone) => void done.push(bytesDone));
    expect(done).toEqual([6, 8]);
  });

  it('ends slices at line-feed units only, not at the byte 0x0A inside «Њ» (U+040A)', () => {
    // BOM 0–1, а 2–3, Њ 4–5 (bytes 0A 04), б 6–7, LF 8–9, в 10–11, LF 12–13.
    // Slices of 6: [2,8) holds the byte 0x0A of Њ but no line feed, so it stays whole; [8,14) is the end of the file.
    const pieces: string[] = [];
    decodeInSlices(utf16('аЊб\nв\n'), 'utf-16le', 6, (piece) => void pieces.push(piece), { endAtLineFeed: true });
    expect(pieces).toEqual(['аЊб', '\nв\n']);
    // Slices of 8: [2,10) ends just after the line feed unit at 8–9.
    const longer: string[] = [];
    decodeInSlices(utf16('аЊб\nв\n'), 'utf-16le', 8, (piece) => void longer.push(piece), { endAtLineFeed: true });
    expect(longer).toEqual(['аЊб\n', 'в\n']);
  });

  it('finds big-endian line feeds, whose 0x0A is the second byte of the unit', () => {
    // BOM 0–1, я 2–3, LF 4–5 (00 0A), ю 6–7, ж 8–9, LF 10–11. Slices of 6: [2,8) ends after the LF at 4–5,
    // [6,12) is the end of the file.
    const pieces: string[] = [];
    decodeInSlices(utf16('я\nюж\n', { bigEndian: true }), 'utf-16be', 6, (piece) => void pieces.push(piece), { endAtLineFeed: true });
    expect(pieces).toEqual(['я\n', 'юж\n']);
  });

  it('keeps the letters «яю» at the start of a Windows-1251 file read as Windows-1251', () => {
    // FF FE is «яю» in Windows-1251: detection takes it for a BOM, but a user's override reads it back.
    const bytes = cp1251('яю;б\n');
    expect(chooseEncoding(bytes).detected).toBe('utf-16le');
    expect(decodeAll(bytes, 'windows-1251', 4)).toBe('яю;б\n');
    expect(decodeHead(bytes, 'windows-1251', 100)).toBe('яю;б\n');
  });
});
