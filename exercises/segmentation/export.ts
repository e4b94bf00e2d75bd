import type { SheetSpec } from '../../src/data/sheet';
import type { ExportContext } from '../../src/workbook/contract';
import type { SegmentationState } from './state';

/** PLACEHOLDER — replaced by the export's helper. */
export async function segmentationSheets(_state: SegmentationState, _context: ExportContext): Promise<SheetSpec[]> {
  return [];
}
