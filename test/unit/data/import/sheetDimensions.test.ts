import { describe, expect, it } from 'vitest';
import { declaredSheetRows } from '../../../../src/data/import/sheetDimensions';
import { ImportSession } from '../../../../src/data/import/session';
import { IMPORT_LIMITS } from '../../../../src/data/import/types';
import { workbookDeclaring } from '../../../fixtures/craftedWorkbook';

describe('rows a workbook declares, read before it is parsed', () => {
  it.each([true, false])('reads the sheet’s dimension from its first bytes (compressed: %s)', async (deflate) => {
    expect(await declaredSheetRows(workbookDeclaring(3_000_000, deflate))).toBe(3_000_000);
    expect(await declaredSheetRows(workbookDeclaring(2, deflate))).toBe(2);
  });

  it('refuses a workbook of three million declared rows at inspection, without handing it to SheetJS', async () => {
    let loaded = false;
    const session = new ImportSession(async () => {
      loaded = true;
      return import('../../../../src/data/import/sheetSource');
    });
    const file = new Blob([workbookDeclaring(3_000_000, true) as Uint8Array<ArrayBuffer>]);
    const outcome = await session.inspect({ token: 1, file, fileName: 'много.xlsx' }, {});
    expect(outcome).toEqual({ ok: false, problem: { code: 'tooManyRows', details: { rows: 2_999_999, limit: IMPORT_LIMITS.maxRows } } });
    expect(loaded).toBe(false);
    // The same workbook with its real two rows goes on to SheetJS.
    const small = await new ImportSession(async () => {
      loaded = true;
      return import('../../../../src/data/import/sheetSource');
    }).inspect({ token: 2, file: new Blob([workbookDeclaring(2, true) as Uint8Array<ArrayBuffer>]), fileName: 'мало.xlsx' }, {});
    expect(loaded).toBe(true);
    expect(small.ok || small.problem.code).not.toBe('tooManyRows');
  });
});
