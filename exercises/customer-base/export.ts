import type { SheetSpec } from '../../src/data/sheet';
import type { ExportContext } from '../../src/workbook/contract';
import type { CustomerBaseState } from './state';

/**
 * The workbook in the order of the steps. The lead assembles it from each step's `export/<part>.ts` once they land;
 * until then it carries the participant's settings and decisions.
 */
export async function customerBaseSheets(_state: CustomerBaseState, _context: ExportContext): Promise<SheetSpec[]> {
  return [];
}
