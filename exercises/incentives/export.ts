import type { SheetSpec } from '../../src/data/sheet';
import type { ExportContext } from '../../src/workbook/contract';

/** Placeholder until the export is assembled from the steps' parts. */
export function incentivesSheets(_state: unknown, _context: ExportContext): SheetSpec[] {
  return [];
}
