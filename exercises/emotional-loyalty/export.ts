import type { SheetSpec } from '../../src/data/sheet';
import type { ExportContext } from '../../src/workbook/contract';
import { emotionalNames } from './content/names';
import { followUpSheets } from './export/followUp';
import { ideasSheets } from './export/ideas';
import { journeySheets } from './export/journey';
import { planSheets } from './export/plan';
import type { EmotionalState } from './state';

/** The exercise's Excel export: each step's sheets in the order of the steps, named as the screen names things. */
export function emotionalSheets(state: EmotionalState, context: ExportContext): SheetSpec[] {
  const names = emotionalNames(context.locale);
  return [
    ...journeySheets(state, names, context),
    ...ideasSheets(state, names, context),
    ...planSheets(state, names, context),
    ...followUpSheets(state, names, context),
  ];
}
