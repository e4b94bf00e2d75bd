import { dateCell, moneyCell, type CellValue, type SheetSpec } from '../../../src/data/sheet';
import { translator } from '../../../src/i18n/translate';
import type { ExportContext } from '../../../src/workbook/contract';
import type { EmotionalNames } from '../content/names';
import { followUpMessages } from '../messages/followUp';
import { planMessages } from '../messages/plan';
import { followUpSummary, plannedActions } from '../model/rating';
import type { EmotionalState } from '../state';

/** Step 4 in the Excel export: each planned action with its mark and what was observed, then the counts and the budget spent. */
export function followUpSheets(state: EmotionalState, names: EmotionalNames, context: ExportContext): SheetSpec[] {
  const t = translator(followUpMessages, context.locale);
  const p = translator(planMessages, context.locale);
  const summary = followUpSummary(state);
  const rows: CellValue[][] = [
    [p('plan.date'), p('rating.idea'), p('plan.owner'), p('plan.budget'), t('export.status'), t('export.observed')],
    ...plannedActions(state).map(({ idea, action }) => [dateCell(action.date), names.ideaTitle(idea), action.owner, moneyCell(action.budget), names.followUp(action.followUp), action.observed]),
    [],
    [t('summary.done'), summary.done],
    [t('summary.notDone'), summary.notDone],
    [t('summary.open'), summary.open],
    [t('export.spentBudget'), moneyCell(summary.spent)],
    [t('export.plannedBudget'), moneyCell(summary.planned)],
  ];
  return [{ name: t('export.followUp'), rows, columnWidths: [24, 40, 20, 14, 14, 60] }];
}
