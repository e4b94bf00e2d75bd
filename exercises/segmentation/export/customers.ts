import { dateCell, moneyCell, type CellValue, type SheetSpec } from '../../../src/data/sheet';
import type { Locale } from '../../../src/i18n/locale';
import { translator } from '../../../src/i18n/translate';
import type { ExportContext } from '../../../src/workbook/contract';
import type { SegmentationCustomerTable, SegmentationFigures } from '../analysis/segmentationAnalysis';
import { boundsByCriterion, type SegmentationNames } from '../content/names';
import { targetsMessages } from '../messages/targets';
import type { CriterionId, SegmentationState } from '../state';

/**
 * Every customer, one row each, with the columns a CRM import takes: id, name, segment, revenue, orders, last
 * purchase, each chosen criterion's value by name, and whether the segment is a target with its strategy. The
 * step's Excel and CSV downloads and the workbook's "Customers by segment" sheet are this table.
 */
export function customerRows(table: SegmentationCustomerTable, figures: SegmentationFigures, names: SegmentationNames, state: SegmentationState, locale: Locale): CellValue[][] {
  const t = translator(targetsMessages, locale);
  const bounds = boundsByCriterion(figures);
  const chosen = state.criteria.chosen;
  // Segment and value names repeat over 100,000 customers: each is named once.
  const segmentNames = new Map(table.keys.map((key) => [key, names.segment(key, bounds)]));
  const valueNames = new Map<string, string>();
  const valueName = (id: CriterionId, key: string) => {
    const slot = `${id}\u0000${key}`;
    let name = valueNames.get(slot);
    if (name === undefined) {
      name = names.value(id, key, bounds[id] ?? null);
      valueNames.set(slot, name);
    }
    return name;
  };
  const header: CellValue[] = [
    t('col.customer'),
    t('col.name'),
    t('col.segment'),
    t('col.revenue'),
    t('col.orders'),
    t('col.lastPurchase'),
    ...chosen.map((id) => names.criterion(id)),
    t('col.target'),
    t('col.strategy'),
  ];
  return [
    header,
    ...table.rows.map((row): CellValue[] => {
      const target = state.targets[row.segment];
      const targeted = target?.target === true;
      return [
        row.id,
        row.name,
        segmentNames.get(row.segment) ?? names.segment(row.segment, bounds),
        moneyCell(row.revenue),
        row.orders,
        dateCell(row.lastPurchase),
        ...chosen.map((id) => {
          const key = row.values[id];
          return key === undefined ? null : valueName(id, key);
        }),
        targeted ? t('export.yes') : null,
        targeted && target.strategy !== null ? names.strategy(target.strategy) : null,
      ];
    }),
  ];
}

/** The customers as one sheet; none when the table could not be computed (the targets sheet says so). */
export function customersSheets(state: SegmentationState, data: { figures: SegmentationFigures; table: SegmentationCustomerTable } | null, names: SegmentationNames, context: ExportContext): SheetSpec[] {
  if (data === null) return [];
  const t = translator(targetsMessages, context.locale);
  return [
    {
      name: t('export.sheetCustomers'),
      rows: customerRows(data.table, data.figures, names, state, context.locale),
      columnWidths: [14, 28, 26, 14, 9, 14, ...state.criteria.chosen.map(() => 20), 9, 20],
    },
  ];
}
