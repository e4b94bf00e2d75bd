import type { SheetSpec } from '../../src/data/sheet';
import type { ExportContext } from '../../src/workbook/contract';
import type { IncentivesState } from './state';
import { leversSheets } from './export/levers';
import { mechanicsSheets } from './export/mechanics';
import { typesSheets } from './export/types';

/** The exercise's Excel export: one part per step, in the steps' order. */
export function incentivesSheets(state: IncentivesState, context: ExportContext): SheetSpec[] {
  return [
    ...typesSheets(state, context),
    ...leversSheets(state, context),
    ...mechanicsSheets(state, context),
  ];
}
