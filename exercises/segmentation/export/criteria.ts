import { dateCell, moneyCell, percentCell, type CellValue, type SheetSpec } from '../../../src/data/sheet';
import { translator } from '../../../src/i18n/translate';
import type { ExportContext } from '../../../src/workbook/contract';
import type { SegmentationFigures } from '../analysis/segmentationAnalysis';
import type { SegmentationNames } from '../content/names';
import { criteriaMessages } from '../messages/criteria';
import { DEFAULT_BOUNDS } from '../model/criteria';
import { BANDED_CRITERIA, type SegmentationState } from '../state';
import { boundsText } from '../steps/criteria/boundsCodec';
import { valueShares } from '../steps/criteria/valueShares';

/**
 * Step 2's sheets: the criteria chosen (in the order chosen, each said available or with the column it needs), every
 * banded criterion's bounds as typed and as used with the bands they make, the behaviour settings, and each chosen
 * criterion's values with customers and revenue. `figures` is null when the sales could not be read: the settings
 * are still written, and the values sheet is left out.
 */
export function criteriaSheets(state: SegmentationState, figures: SegmentationFigures | null, names: SegmentationNames, { locale }: ExportContext): SheetSpec[] {
  const t = translator(criteriaMessages, locale);
  const bounds = (values: readonly number[]) => boundsText(values, locale);
  const rows: CellValue[][] = [
    ...(figures
      ? [
          [t('criteriaExport.source'), t('criteriaExport.source.ready')],
          [t('criteriaExport.start'), dateCell(figures.startDay)],
          [t('criteriaExport.end'), dateCell(figures.analysisDay)],
        ]
      : [[t('criteriaExport.source'), t('criteriaExport.source.none')]]),
    [],
    [t('criteriaExport.chosen')],
    [t('criteriaExport.position'), t('criteriaExport.criterion'), t('criteriaExport.available')],
  ];
  state.criteria.chosen.forEach((criterion, index) => {
    const summary = figures?.criteria[criterion] ?? null;
    rows.push([index + 1, names.criterion(criterion), summary === null ? null : summary.ok ? t('criteriaExport.yes') : names.missing(summary.missing)]);
  });

  rows.push([], [t('criteriaExport.bounds')], [t('criteriaExport.criterion'), t('criteriaExport.typed'), t('criteriaExport.used'), t('criteria.col.value')]);
  for (const criterion of BANDED_CRITERIA) {
    const typed = state.criteria.bands[criterion];
    const summary = figures?.criteria[criterion] ?? null;
    const used = summary?.ok ? summary.bounds : null;
    const fallback = DEFAULT_BOUNDS[criterion];
    const defaultText = `${t('criteriaExport.default')}: ${fallback === 'terciles' ? t('criteriaExport.terciles') : bounds(fallback)}`;
    const bands = used === null ? null : Array.from({ length: used.length + 1 }, (_, band) => names.value(criterion, `b${band}`, used)).join('; ');
    rows.push([names.criterion(criterion), typed && typed.length > 0 ? bounds(typed) : defaultText, used === null ? (summary && !summary.ok ? names.missing(summary.missing) : null) : bounds(used), bands]);
  }

  const { behaviour } = state;
  rows.push(
    [],
    [t('criteriaExport.behaviour')],
    [t('criteriaExport.abcA'), behaviour.abcA],
    [t('criteriaExport.abcB'), behaviour.abcB],
    [t('criteriaExport.binning'), `${t(`criteria.behaviour.binning.${behaviour.rfmBinning}`)}: ${t(`criteria.behaviour.binning.${behaviour.rfmBinning}.hint`)}`],
    [t('criteriaExport.k'), behaviour.stageK],
  );
  const sheets: SheetSpec[] = [{ name: t('criteriaExport.settings'), rows, columnWidths: [34, 40, 24, 60] }];
  if (figures === null) return sheets;

  const values: CellValue[][] = [];
  for (const criterion of state.criteria.chosen) {
    const summary = figures.criteria[criterion];
    if (values.length > 0) values.push([]);
    if (!summary.ok) {
      values.push([names.criterion(criterion), names.missing(summary.missing)]);
      continue;
    }
    values.push([names.criterion(criterion)], [t('criteria.col.value'), t('criteria.col.customers'), t('criteria.col.customerShare'), t('criteria.col.revenueShare'), t('criteria.col.perCustomer')]);
    for (const row of valueShares(summary.values)) {
      values.push([names.value(criterion, row.key, summary.bounds), row.customers, percentCell(row.customerShare), percentCell(row.revenueShare), moneyCell(row.perCustomer)]);
    }
  }
  sheets.push({ name: t('criteriaExport.values'), rows: values, columnWidths: [34, 12, 16, 16, 18] });
  return sheets;
}
