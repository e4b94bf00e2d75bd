import type { SheetSpec } from '../../src/data/sheet';
import type { ExportContext } from '../../src/workbook/contract';
import type { PromoProductState } from './state';

/** The workbook in the order of the steps; each part builds its own sheets from the state and the receipts' analysis. */
export async function promoSheets(_state: PromoProductState, _context: ExportContext): Promise<SheetSpec[]> {
  return [];
}
