import type { SheetSpec } from '../../src/data/sheet';
import type { ExportContext } from '../../src/workbook/contract';
import type { LoyaltyState } from './state';
import { planSheets } from './export/plan';
import { surveySheets } from './export/survey';
import { behaviourSheets, loadBehaviourExportData } from './export/behaviour';
import { matrixSheets } from './export/matrix';

/** The workbook in the order of the steps; each part builds its own sheets from the state and the stored files. */
export async function loyaltySheets(state: LoyaltyState, context: ExportContext): Promise<SheetSpec[]> {
  return [
    ...planSheets(state, context),
    ...(await surveySheets(state, context)),
    ...behaviourSheets(state, await loadBehaviourExportData(state, context), context),
    ...(await matrixSheets(state, context)),
  ];
}
