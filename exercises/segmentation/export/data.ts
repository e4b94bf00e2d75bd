import { moneyCell, percentCell, type SheetSpec } from '../../../src/data/sheet';
import { translator } from '../../../src/i18n/translate';
import type { ExportContext } from '../../../src/workbook/contract';
import { salesDataSheetName, salesSourceRows, windowRows, type SalesFiles } from '../../../src/customers/dataExport';
import type { SegmentationFigures } from '../analysis/segmentationAnalysis';
import type { SegmentationNames } from '../content/names';
import { dataMessages } from '../messages/data';
import type { SegmentationState } from '../state';
import { criteriaAvailability } from '../steps/data/dataFigures';

/**
 * One sheet: the source of the sales, the period's settings, the window's customers and revenue with the halves
 * growth and retention compare, and which criteria the files allow (ready, or the column each needs). With no
 * figures (null), the settings are still exported and the sheet says the figures are missing.
 */
export function dataSheets(state: SegmentationState, figures: SegmentationFigures | null, names: SegmentationNames, { locale }: ExportContext, files: SalesFiles): SheetSpec[] {
  const t = translator(dataMessages, locale);
  const rows = salesSourceRows(state, files, locale, t('export.noCustomersFile'));
  if (figures === null) {
    if (files.origin !== 'none') rows.push([t('export.noFigures')]);
    return [{ name: salesDataSheetName(locale), rows, columnWidths: [44, 28] }];
  }
  const { total } = figures;
  rows.push(
    ...windowRows(figures.startDay, figures.analysisDay, figures.months, locale),
    [t('export.halfMonths'), figures.halfMonths === 0 ? t('figures.halvesNoneNote') : figures.halfMonths],
    [t('figures.customers'), total.customers],
    [`${t('figures.revenue')} (${t('figures.revenueNote')})`, moneyCell(total.revenue)],
    [t('figures.margin'), total.margin === null ? t('figures.marginAbsent') : moneyCell(total.margin), total.margin !== null && total.revenue > 0 ? percentCell(total.margin / total.revenue) : null],
    [],
    [t('export.criteria')],
    [t('criteria.criterion'), t('criteria.from'), t('criteria.status'), t('export.values'), t('export.notGiven')],
  );
  for (const row of criteriaAvailability(figures)) {
    rows.push(
      row.ready
        ? [names.criterion(row.id), t(`from.${row.source}`), t('export.ready'), row.values, row.notGiven]
        : [names.criterion(row.id), t(`from.${row.source}`), names.missing(row.missing), null, null],
    );
  }
  return [{ name: salesDataSheetName(locale), rows, columnWidths: [44, 28, 44, 10, 14] }];
}
