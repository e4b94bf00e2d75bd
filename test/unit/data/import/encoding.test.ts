import { chooseEncoding, decodeInSlices } from '../../../../src/data/import/encoding';
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
