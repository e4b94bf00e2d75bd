import type { GroupCell } from '../../handin/format';
import type { Formatters } from '../../i18n/format';
import type { Locale } from '../../i18n/locale';
import { decimalCell, enteredDecimals, moneyCell, percentCell, type CellValue } from '../../data/sheet';
import type { Translate } from '../../i18n/translate';
import type { GroupMessageKey } from './messages';

/** Decimals a kind is shown with when the exercise did not say: a share to one decimal, money whole, months to one. */
const DEFAULT_DECIMALS = { percent: 1, money: 0, months: 1 } as const;

function roundTo(value: number, decimals: number): number {
  return Number(value.toFixed(decimals));
}

/** A team's figure as the page writes it: '—' where the team has none. */
export function cellText(cell: GroupCell | null, format: Formatters, t: Translate<GroupMessageKey>): string {
  if (cell === null) return '—';
  if (cell.kind === 'text') return cell.value[format.locale];
  if (cell.value === null || !Number.isFinite(cell.value)) return '—';
  switch (cell.kind) {
    case 'number':
      return cell.decimals === undefined ? format.number(cell.value) : format.fixed(cell.value, cell.decimals);
    case 'percent':
      return format.percent(cell.value, cell.decimals ?? DEFAULT_DECIMALS.percent);
    case 'money':
      return format.money(cell.value, cell.decimals ?? DEFAULT_DECIMALS.money);
    case 'months':
      // The plural follows the figure as shown: 1 месяц, 2,5 месяца, 7 месяцев.
      return t('group.months', { count: roundTo(cell.value, cell.decimals ?? DEFAULT_DECIMALS.months) });
  }
}

/** The same figure in the exported workbook: a number Excel computes with, formatted as the screen shows it. */
export function cellValue(cell: GroupCell | null, locale: Locale): CellValue {
  if (cell === null) return null;
  if (cell.kind === 'text') return cell.value[locale];
  switch (cell.kind) {
    case 'number':
      return cell.value === null ? null : decimalCell(cell.value, cell.decimals ?? enteredDecimals(cell.value));
    case 'percent':
      return percentCell(cell.value, cell.decimals ?? DEFAULT_DECIMALS.percent);
    case 'money':
      return moneyCell(cell.value, cell.decimals ?? DEFAULT_DECIMALS.money);
    case 'months':
      return cell.value === null ? null : decimalCell(cell.value, cell.decimals ?? enteredDecimals(cell.value, DEFAULT_DECIMALS.months));
  }
}
