import { describe, expect, it } from 'vitest';
import { declaredUnpackedBytes } from '../../../../src/data/import/zipDirectory';
import { importBytes, inspectBytes } from '../../../../src/data/import/pipeline';
import { IMPORT_LIMITS } from '../../../../src/data/import/types';
import { SALES, TODAY, utf8, workbook } from './fixtures';

const SMALL = workbook([{ name: 'Продажи', rows: [['Дата', 'Клиент', 'Сумма'], [new Date(Date.UTC(2024, 2, 1)), 'Иванов', 100]] }]);

/** The same workbook with every central-directory entry claiming `size` unpacked bytes, as a zip bomb's does. */
function claiming(bytes: Uint8Array, size: number): Uint8Array {
  const copy = bytes.slice();
  const view = new DataView(copy.buffer);
  for (let at = 0; at + 46 <= copy.length; at++) {
    if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, size, true);
  }
  return copy;
}

describe('what a zip says it unpacks to', () => {
  it('adds up the sizes its directory declares, before anything is inflated', () => {
    const declared = declaredUnpackedBytes(SMALL);
    // A tiny workbook: a few kilobytes of XML across its parts (SheetJS stores them uncompressed, so about the file's size).
    expect(declared).toBeGreaterThan(SMALL.length / 2);
    expect(declared).toBeLessThan(SMALL.length);
    expect(declaredUnpackedBytes(claiming(SMALL, 0xffffffff))).toBe(Number.POSITIVE_INFINITY);
    expect(declaredUnpackedBytes(utf8('Дата;Клиент\n'))).toBeNull();
  });

  it('refuses a workbook that would unpack past the limit, at inspection and at import, without reading it', () => {
    const bomb = claiming(SMALL, 400 * 1024 * 1024);
    const inspected = inspectBytes(bomb, 'bomb.xlsx');
    expect(inspected.ok).toBe(false);
    expect(!inspected.ok && inspected.problem.code).toBe('tooLarge');
    expect(!inspected.ok && inspected.problem.details?.limitBytes).toBe(IMPORT_LIMITS.maxUnpackedBytes);
    expect(!inspected.ok && Number(inspected.problem.details?.unpackedBytes)).toBeGreaterThan(IMPORT_LIMITS.maxUnpackedBytes);
    const imported = importBytes(bomb, 'bomb.xlsx', SALES, { date: 0, customer: 1, amount: 2, member: null }, { today: TODAY, locale: 'ru' });
    expect(!imported.ok && imported.problem.code).toBe('tooLarge');
    // The real workbook is read as before.
    expect(inspectBytes(SMALL, 'small.xlsx').ok).toBe(true);
  });
});
