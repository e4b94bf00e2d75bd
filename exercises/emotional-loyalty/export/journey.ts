import { decimalCell, type CellValue, type SheetSpec } from '../../../src/data/sheet';
import { translator } from '../../../src/i18n/translate';
import type { ExportContext } from '../../../src/workbook/contract';
import type { EmotionalNames } from '../content/names';
import { journeyMessages } from '../messages/journey';
import { staffOf } from '../model/ideas';
import type { EmotionalState } from '../state';

/**
 * The journey and the staff as sheets: each touchpoint by its place, rung, emotion and note, with how many ideas
 * hang on it; then what the staff at each need. Names in the export's language, texts whole; counts are numbers.
 */
export function journeySheets(state: EmotionalState, names: EmotionalNames, context: Pick<ExportContext, 'locale'>): SheetSpec[] {
  const t = translator(journeyMessages, context.locale);
  const count = (value: number) => decimalCell(value, 0);
  const journeyRows: CellValue[][] = [
    [t('journey.export.business'), names.business(state.businessType)],
    [],
    [t('journey.export.place'), t('journey.export.touchpoint'), t('journey.export.stage'), t('journey.export.emotion'), t('journey.export.note'), t('journey.export.source'), t('journey.export.ideas')],
    ...state.touchpoints.map((touchpoint, index): CellValue[] => [
      count(index + 1),
      names.touchpoint(touchpoint, index),
      names.stage(touchpoint.stage),
      touchpoint.emotion === null ? null : names.emotion(touchpoint.emotion),
      touchpoint.note,
      t(touchpoint.libraryId === null ? 'journey.export.own' : 'journey.export.library'),
      count(state.ideas.filter((idea) => idea.touchpointId === touchpoint.id).length),
    ]),
  ];
  const staffRows: CellValue[][] = [
    [t('journey.export.place'), t('journey.export.touchpoint'), t('journey.export.qualityCount'), t('journey.export.qualities'), t('journey.export.behaviours')],
    ...state.touchpoints.map((touchpoint, index): CellValue[] => {
      const staff = staffOf(state, touchpoint.id);
      return [count(index + 1), names.touchpoint(touchpoint, index), count(staff.qualities.length), staff.qualities.map((id) => names.quality(id)).join('; '), staff.behaviours];
    }),
  ];
  return [
    { name: t('journey.export.sheet'), rows: journeyRows, columnWidths: [6, 44, 22, 20, 50, 16, 8] },
    { name: t('journey.export.staffSheet'), rows: staffRows, columnWidths: [6, 44, 10, 60, 60] },
  ];
}
