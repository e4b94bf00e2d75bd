import type { CellValue, SheetSpec } from '../../../src/data/sheet';
import type { ExportContext } from '../../../src/workbook/contract';
import { translator } from '../../../src/i18n/translate';
import { LIFE_CYCLE_STAGE_NAMES, MARKET_NAMES } from '../../../src/results/programTypes';
import { goalMessages } from '../messages/goal';
import { namesMessages } from '../messages/names';
import type { ProgramDesignState } from '../state';

/**
 * Step 1 as a sheet: the program's name and goals, market and stage, and the target customers. The segments are
 * written by their keys in the segmentation (the export gets this exercise's state only; their names are the
 * segmentation's, in its own export), beside the participant's description, written whole.
 */
export function goalSheets(state: ProgramDesignState, context: ExportContext): SheetSpec[] {
  const { locale } = context;
  const t = translator(goalMessages, locale);
  const names = translator(namesMessages, locale);
  const notChosen = t('export.goal.notChosen');
  const rows: CellValue[][] = [
    [t('export.goal.item'), t('export.goal.value')],
    [t('export.goal.name'), state.name],
    [t('export.goal.goalCount'), state.goals.length],
    ...state.goals.map((goal, index): CellValue[] => [index === 0 ? t('export.goal.goals') : '', names(`goal.${goal}`)]),
    [t('export.goal.goalText'), state.goalText],
    [t('export.goal.market'), state.market === null ? notChosen : MARKET_NAMES[state.market][locale]],
    [t('export.goal.stage'), state.stage === null ? notChosen : LIFE_CYCLE_STAGE_NAMES[state.stage][locale]],
    [t('export.goal.source'), t(`goal.source.${state.target.source}`)],
    [t('export.goal.segmentCount'), state.target.segmentKeys.length],
    ...state.target.segmentKeys.map((key, index): CellValue[] => [index === 0 ? t('export.goal.segments') : '', key]),
    [t('export.goal.description'), state.target.description],
  ];
  return [{ name: t('export.goal.sheet'), rows, columnWidths: [38, 90] }];
}
