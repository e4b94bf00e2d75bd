import { decimalCell, type CellValue, type SheetSpec } from '../../../src/data/sheet';
import { translator } from '../../../src/i18n/translate';
import type { ExportContext } from '../../../src/workbook/contract';
import type { EmotionalNames } from '../content/names';
import { ideasMessages } from '../messages/ideas';
import type { EmotionalState, Idea } from '../state';

/**
 * The ideas as a sheet, in journey order: the touchpoint they belong to, their texts whole (the library's in the
 * export's language until edited), where they came from, cost and effect as numbers (1–5), and whether chosen.
 */
export function ideasSheets(state: EmotionalState, names: EmotionalNames, context: Pick<ExportContext, 'locale'>): SheetSpec[] {
  const t = translator(ideasMessages, context.locale);
  const rating = (value: number | null) => decimalCell(value, 0);
  const source = (idea: Idea) => t(idea.libraryId === null ? 'ideas.export.own' : idea.title !== null || idea.description !== null ? 'ideas.export.edited' : 'ideas.export.library');
  const rows: CellValue[][] = [
    [
      t('ideas.export.place'),
      t('ideas.export.touchpoint'),
      t('ideas.export.stage'),
      t('ideas.export.title'),
      t('ideas.export.description'),
      t('ideas.export.source'),
      t('ideas.export.cost'),
      t('ideas.export.effect'),
      t('ideas.export.chosen'),
    ],
    ...state.touchpoints.flatMap((touchpoint, index) =>
      state.ideas
        .filter((idea) => idea.touchpointId === touchpoint.id)
        .map((idea): CellValue[] => [
          decimalCell(index + 1, 0),
          names.touchpoint(touchpoint, index),
          names.stage(touchpoint.stage),
          names.ideaTitle(idea),
          names.ideaDescription(idea),
          source(idea),
          rating(idea.cost),
          rating(idea.effect),
          t(idea.chosen ? 'ideas.export.yes' : 'ideas.export.no'),
        ]),
    ),
  ];
  return [{ name: t('ideas.export.sheet'), rows, columnWidths: [6, 40, 20, 36, 70, 18, 12, 12, 14] }];
}
