import type { Formatters } from '../../../../src/i18n/format';
import type { BasketTotals, IndicatorSortKey, ItemIndicators } from '../../model/indicators';

export type FigureKey = Exclude<IndicatorSortKey, 'name'>;

export interface FigureColumn {
  key: FigureKey;
  /** The figure as the table writes it; '—' where the item has none (no receipt without it, say). */
  text: (item: ItemIndicators, format: Formatters) => string;
}

const blank = (value: number | null, render: (value: number) => string) => (value === null ? '—' : render(value));

const ALL: readonly FigureColumn[] = [
  { key: 'penetration', text: (item, format) => format.percent(item.penetration) },
  { key: 'buyers', text: (item, format) => blank(item.buyers, format.integer) },
  { key: 'frequency', text: (item, format) => blank(item.frequency, (value) => format.fixed(value, 2)) },
  { key: 'revenueShare', text: (item, format) => blank(item.revenueShare, (value) => format.percent(value)) },
  { key: 'marginShare', text: (item, format) => blank(item.marginShare, (value) => format.percent(value)) },
  { key: 'receiptWith', text: (item, format) => blank(item.receiptWith, (value) => format.money(value)) },
  { key: 'receiptWithout', text: (item, format) => blank(item.receiptWithout, (value) => format.money(value)) },
  { key: 'attachment', text: (item, format) => format.fixed(item.attachment, 1) },
];

/** What the file allows: customers give buyers and frequency; money gives shares and receipts; cost gives margin. */
export interface FileHas {
  customers: boolean;
  money: boolean;
  cost: boolean;
}

export function fileHas(items: readonly ItemIndicators[], totals: BasketTotals): FileHas {
  return { customers: totals.customers !== null, money: totals.revenue !== null, cost: items.some((item) => item.margin !== null) };
}

const NEEDS: Partial<Record<FigureKey, keyof FileHas>> = {
  buyers: 'customers',
  frequency: 'customers',
  revenueShare: 'money',
  receiptWith: 'money',
  receiptWithout: 'money',
  marginShare: 'cost',
};

/** The figure columns the file has data for, in the table's order: the screen's and the export's. */
export function figureColumns(has: FileHas): FigureColumn[] {
  return ALL.filter((column) => {
    const need = NEEDS[column.key];
    return need === undefined || has[need];
  });
}
