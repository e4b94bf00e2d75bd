import type { SheetSpec } from '../../src/data/sheet';
import type { ExportContext } from '../../src/workbook/contract';
import type { ProgramDesignState } from './state';
import { goalSheets } from './export/goal';
import { mechanicsSheets } from './export/mechanics';
import { mistakesSheets } from './export/mistakes';
import { onePageSheets } from './export/onePage';
import { economicsSheets } from './export/economics';

/** The design's Excel export: each step's sheets in the steps' order, texts whole, figures as numbers. */
export function programDesignSheets(state: ProgramDesignState, context: ExportContext): SheetSpec[] {
  return [
    ...goalSheets(state, context),
    ...mechanicsSheets(state, context),
    ...mistakesSheets(state, context),
    ...economicsSheets(state, context),
    ...onePageSheets(state, context),
  ];
}
