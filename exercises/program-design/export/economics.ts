import { decimalCell, enteredDecimals, moneyCell, percentCell, type CellValue, type NumberCell, type SheetSpec } from '../../../src/data/sheet';
import { translator } from '../../../src/i18n/translate';
import type { ExportContext } from '../../../src/workbook/contract';
import { figureMark, figuresFromDesign, type FigureKey } from '../model/economics';
import { economicsMessages } from '../messages/economics';
import type { ProgramDesignState } from '../state';
import { hintText, originText, type DesignWords } from '../steps/economics/designWords';
import { FIGURE_CODECS, FIGURE_GROUPS, figureSuffix } from '../steps/economics/figureFields';

/** A figure as the participant typed it: a share as a percent, an amount in the currency, a count as it is. */
function figureCell(key: FigureKey, value: number | null): NumberCell | null {
  if (value === null) return null;
  const unit = FIGURE_CODECS[key].unit;
  if (unit === 'percent') return percentCell(value, enteredDecimals(value * 100));
  if (unit === 'money') return moneyCell(value, enteredDecimals(value));
  return decimalCell(value, enteredDecimals(value));
}

/**
 * Step 4 on a sheet: every figure in the ROI form's order with its value, its unit, where it came from (the
 * design's mechanics, or entered by hand), and the design's own value and hint beside it where it gives one.
 */
export function economicsSheets(state: ProgramDesignState, context: ExportContext): SheetSpec[] {
  const t = translator(economicsMessages, context.locale);
  const words: DesignWords = { t, format: context.format, text: (text) => text[context.locale] };
  const fromDesign = figuresFromDesign(state.mechanics.chosen);
  const currency = context.format.currency;
  const header: CellValue[] = [
    t('economics.export.figure'),
    t('economics.export.value'),
    t('economics.export.unit'),
    t('economics.export.source'),
    t('economics.export.designValue'),
    t('economics.export.designHint'),
  ];
  const rows = FIGURE_GROUPS.flatMap((group) =>
    group.figures.map((key): CellValue[] => {
      const value = state.economics[key];
      const mark = figureMark(key, state.economics, fromDesign);
      const source =
        value === null
          ? t('economics.export.notEntered')
          : mark.kind === 'fromDesign'
            ? t('economics.mark.fromDesign', { origin: originText(mark.design.origin, words) })
            : t('economics.export.entered');
      const hint = fromDesign.hints[key];
      const designValue = fromDesign.figures[key]?.value ?? null;
      return [
        t(`economics.figure.${key}`),
        figureCell(key, value),
        figureSuffix(key, t, currency) ?? '',
        source,
        figureCell(key, designValue),
        hint ? hintText(hint, words) : mark.kind === 'designDiffers' ? originText(mark.design.origin, words) : '',
      ];
    }),
  );
  return [{ name: t('economics.export.sheet'), rows: [header, ...rows], columnWidths: [40, 14, 10, 60, 14, 60] }];
}
