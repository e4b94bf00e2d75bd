import { chooseEncoding, decodeInSlices, isValidUtf8 } from '../../../../src/data/import/encoding';
import { cp1251, utf8 } from './fixtures';

function decodeAll(bytes: Uint8Array, encoding: 'utf-8' | 'windows-1251', slice: number): string {
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
