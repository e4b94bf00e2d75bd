import { dateCell, decimalCell, moneyCell, percentCell, type CellValue, type SheetSpec } from '../../../src/data/sheet';
import { translator } from '../../../src/i18n/translate';
import type { ExportContext } from '../../../src/workbook/contract';
import type { SegmentationFigures } from '../analysis/segmentationAnalysis';
import { boundsByCriterion, type SegmentationNames } from '../content/names';
import { profilesMessages, type ProfilesMessageKey } from '../messages/profiles';
import type { SegmentationState } from '../state';
import { halfPeriods, profileRows, type ProfileRow } from '../steps/profiles/profileRows';

/**
 * Step 4's sheet: the profile table as the screen shows it (every segment, then the whole base), numbers as
 * numbers and shares as percentages, with the margin columns only when the sales carry a cost, and the period and
 * the halves growth and retention compare. `figures` null: the figures could not be computed (said on the sheet).
 */
export function profilesSheets(_state: SegmentationState, figures: SegmentationFigures | null, names: SegmentationNames, { locale, format }: ExportContext): SheetSpec[] {
  const t = translator(profilesMessages, locale);
  const sheet = t('export.sheet');
  if (figures === null) return [{ name: sheet, rows: [[t('table.title')], [t('export.missing')]], columnWidths: [90] }];

  const bounds = boundsByCriterion(figures);
  const { rows, total } = profileRows(figures, (key) => names.segment(key, bounds));
  const margin = figures.hasMargin;
  const header: CellValue[] = [
    t('col.segment'),
    t('col.customers'),
    t('col.customerShare'),
    t('col.revenue'),
    t('col.revenueShare'),
    ...(margin ? [t('col.margin'), t('col.marginShare'), t('col.marginRate')] : []),
    t('col.averageCheck'),
    t('col.ordersPerCustomer'),
    t('col.revenuePerCustomer'),
    t('col.growth'),
    t('col.retention'),
  ];
  const line = (name: string, { totals, metrics }: ProfileRow): CellValue[] => [
    name,
    totals.customers,
    percentCell(metrics.customerShare),
    moneyCell(totals.revenue),
    percentCell(metrics.revenueShare),
    ...(margin ? [moneyCell(totals.margin), percentCell(metrics.marginShare), percentCell(metrics.marginRate)] : []),
    moneyCell(metrics.averageCheck),
    decimalCell(metrics.ordersPerCustomer, 1),
    moneyCell(metrics.revenuePerCustomer),
    percentCell(metrics.growth, 1, { signed: true }),
    percentCell(metrics.retention),
  ];
  const halves = halfPeriods(figures.analysisDay, figures.halfMonths);
  const result: CellValue[][] = [
    [t('table.title')],
    [t('export.period'), dateCell(figures.startDay), dateCell(figures.analysisDay)],
    [
      t('export.halves'),
      halves === null
        ? t('table.noHalves')
        : t('table.halves', { months: format.integer(figures.halfMonths), secondFrom: format.date(halves.second.from), secondTo: format.date(halves.second.to), firstFrom: format.date(halves.first.from), firstTo: format.date(halves.first.to) }),
    ],
    ...(margin ? [] : [[t('export.noMargin')]]),
    [],
    header,
    ...rows.map((row) => line(row.name, row)),
    line(t('table.total'), total),
  ];
  // The legend under the table, so the file explains its columns without the screen.
  const legend: [string, ProfilesMessageKey][] = [
    [t('col.customerShare'), 'legend.customerShare'],
    [t('col.revenueShare'), 'legend.revenueShare'],
    ...(margin ? ([[t('col.margin'), 'legend.margin'], [t('col.marginRate'), 'legend.marginRate']] satisfies [string, ProfilesMessageKey][]) : []),
    [t('col.averageCheck'), 'legend.averageCheck'],
    [t('col.ordersPerCustomer'), 'legend.ordersPerCustomer'],
    [t('col.revenuePerCustomer'), 'legend.revenuePerCustomer'],
    [t('col.growth'), halves === null ? 'table.noHalves' : 'legend.growth'],
    [t('col.retention'), 'legend.retention'],
  ];
  result.push([], [t('legend.title')], ...legend.map(([term, text]) => [term, t(text)]));
  return [{ name: sheet, rows: result, columnWidths: [30, 11, 12, 16, 12, ...(margin ? [16, 12, 14] : []), 14, 12, 16, 11, 12] }];
}
