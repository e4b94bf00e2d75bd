import type { SheetSpec } from '../../src/data/sheet';
import type { ExportContext } from '../../src/workbook/contract';
import { emotionalNames } from './content/names';
import { followUpSheets } from './export/followUp';
import { planSheets } from './export/plan';
import type { EmotionalState } from './state';

/** The exercise's Excel export: each step's sheets in the order of the steps, named as the screen names things. */
export function emotionalSheets(state: EmotionalState, context: ExportContext): SheetSpec[] {
  const names = emotionalNames(context.locale);
  return [
    // ▶ Steps 1 and 2 (journey, ideas) go here, before the plan, when their parts are merged:
    //   ...journeySheets(state, names, context),   // export/journey.ts
    //   ...ideasSheets(state, names, context),     // export/ideas.ts
    ...planSheets(state, names, context),
    ...followUpSheets(state, names, context),
  ];
}
