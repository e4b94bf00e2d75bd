import { moneyCell, percentCell, type CellValue, type SheetSpec } from '../../../src/data/sheet';
import { translator } from '../../../src/i18n/translate';
import type { ExportContext } from '../../../src/workbook/contract';
import type { SegmentationFigures } from '../analysis/segmentationAnalysis';
import { boundsByCriterion, type SegmentationNames } from '../content/names';
import { segmentsMessages } from '../messages/segments';
import { segmentsTableMessages } from '../messages/segmentsTable';
import { OTHERS_KEY } from '../model/segments';
import type { SegmentationState, SegmentRule } from '../state';
import { crossGrid, profilesByKey, shareOf } from '../steps/segments/segmentFigures';

/**
 * Step 3's sheets: how the segments are defined (the rules in order with their conditions in words, or the
 * cross-tab's two criteria), each segment's customers and revenue with their shares, and for a cross-tab the
 * matrices of customers and of revenue share. `figures` null: the figures could not be computed; the definition is
 * still exported, with a line saying the figures are missing.
 */
export function segmentsSheets(state: SegmentationState, figures: SegmentationFigures | null, names: SegmentationNames, { locale }: ExportContext): SheetSpec[] {
  const t = translator(segmentsTableMessages, locale);
  const ts = translator(segmentsMessages, locale);
  const { mode, rules, crossTab } = state.segments;
  const bounds = boundsByCriterion(figures);
  const byKey = profilesByKey(figures);
  const segmentName = (key: string) => names.segment(key, bounds);

  const conditionsInWords = (rule: SegmentRule) => {
    if (rule.conditions.length === 0) return t('segmentsExport.everyone');
    return rule.conditions
      .map((condition) => {
        const values = condition.values.map((value) => names.value(condition.criterion, value, bounds[condition.criterion] ?? null));
        return t('segmentsExport.condition', { criterion: names.criterion(condition.criterion), values: values.length > 0 ? values.join(', ') : t('segmentsExport.nothingTicked') });
      })
      .join(t('segmentsExport.and'));
  };

  const definition: CellValue[][] = [[t('segmentsExport.mode'), ts(`segments.mode.${mode}`)]];
  if (figures === null) definition.push([t('segmentsExport.noFigures')]);
  definition.push([]);
  if (mode === 'rules') {
    definition.push([t('segmentsExport.position'), t('segmentsExport.segment'), t('segmentsExport.conditions'), t('segmentsExport.customers')]);
    rules.forEach((rule, index) => definition.push([index + 1, segmentName(rule.id), conditionsInWords(rule), byKey.get(rule.id)?.customers ?? null]));
    definition.push(['', segmentName(OTHERS_KEY), t('segmentsExport.othersRule'), byKey.get(OTHERS_KEY)?.customers ?? null]);
  } else {
    const criterion = (id: typeof crossTab.rows) => (id === null ? t('segmentsExport.notChosen') : names.criterion(id));
    definition.push([t('segmentsExport.rows'), criterion(crossTab.rows)], [t('segmentsExport.columns'), criterion(crossTab.columns)]);
  }
  const sheets: SheetSpec[] = [{ name: t('segmentsExport.definition'), rows: definition, columnWidths: [22, 30, 60, 12] }];
  if (figures === null) return sheets;

  const { customers, revenue } = figures.total;
  const line = (name: string, segmentCustomers: number, segmentRevenue: number): CellValue[] => [
    name,
    segmentCustomers,
    percentCell(shareOf(segmentCustomers, customers)),
    moneyCell(segmentRevenue),
    percentCell(shareOf(segmentRevenue, revenue)),
  ];
  sheets.push({
    name: t('segmentsExport.summary'),
    rows: [
      [t('segmentsExport.segment'), t('segmentsExport.customers'), t('segmentsExport.customerShare'), t('segmentsExport.revenue'), t('segmentsExport.revenueShare')],
      ...figures.segments.map((segment) => line(segmentName(segment.key), segment.customers, segment.revenue)),
      line(t('segmentsExport.total'), customers, revenue),
    ],
    columnWidths: [34, 12, 14, 16, 14],
  });

  const grid = mode === 'crossTab' ? crossGrid(figures, crossTab.rows, crossTab.columns) : null;
  if (grid === null || grid.cells === null || crossTab.rows === null || crossTab.columns === null) return sheets;
  const { rows: rowId, columns: columnId } = crossTab;
  const cells = grid.cells;
  const head = [`${names.criterion(rowId)} \\ ${names.criterion(columnId)}`, ...grid.columns.map((column) => names.value(columnId, column.key, bounds[columnId] ?? null)), t('segmentsExport.total')];
  const matrix = (value: (customers: number, revenue: number) => CellValue): CellValue[][] => [
    head,
    ...grid.rows.map((row, r) => [names.value(rowId, row.key, bounds[rowId] ?? null), ...grid.columns.map((_, c) => {
      const cell = cells[r]?.[c];
      return cell ? value(cell.customers, cell.revenue) : null;
    }), value(row.customers, row.revenue)]),
    [t('segmentsExport.total'), ...grid.columns.map((column) => value(column.customers, column.revenue)), value(grid.customers, grid.revenue)],
  ];
  sheets.push({
    name: t('segmentsExport.matrix'),
    rows: [
      [t('segmentsExport.matrixCustomers')],
      ...matrix((cellCustomers) => cellCustomers),
      [],
      [t('segmentsExport.matrixShare')],
      ...matrix((_, cellRevenue) => percentCell(shareOf(cellRevenue, revenue))),
    ],
    columnWidths: [26, ...grid.columns.map(() => 14), 14],
  });
  return sheets;
}
