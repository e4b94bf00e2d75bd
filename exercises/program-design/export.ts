import type { SheetSpec } from '../../src/data/sheet';
import type { ExportContext } from '../../src/workbook/contract';
import type { ProgramDesignState } from './state';
import { mistakesSheets } from './export/mistakes';
import { onePageSheets } from './export/onePage';
import { economicsSheets } from './export/economics';

/** The design's Excel export: each step's sheets in the steps' order, texts whole, figures as numbers. */
export function programDesignSheets(state: ProgramDesignState, context: ExportContext): SheetSpec[] {
  return [
    // LEAD: the parts written on other branches go here, in step order:
    //   ...goalSheets(state, context),       from './export/goal'
    //   ...mechanicsSheets(state, context),  from './export/mechanics'
    ...mistakesSheets(state, context),
    ...economicsSheets(state, context),
    ...onePageSheets(state, context),
  ];
}
