import { moneyCell, percentCell, decimalCell, type CellValue, type SheetSpec } from '../../../src/data/sheet';
import { translator } from '../../../src/i18n/translate';
import type { ExportContext } from '../../../src/workbook/contract';
import { spansAMonth, type ItemIndicators } from '../model/indicators';
import { priceProfiles, suggestPriceIndicators, type PriceProfile } from '../model/priceIndicators';
import type { PromoProductState } from '../state';
import { priceIndicatorsMessages } from '../messages/priceIndicators';
import { indicatorsExportMessages } from '../messages/indicatorsExport';
import { profileReason } from '../steps/priceIndicators/priceReading';
import { receiptsSummaryRows, type IndicatorsExportData } from './indicators';
import { exportItemName } from './source';

/**
 * The "Price indicators" sheet: the marked products with their figures and why they are indicators (the same
 * reason the step writes), then the receipts' suggestions not marked. Takes the data `loadIndicatorsExportData` gives.
 */
export function priceIndicatorsSheets(state: PromoProductState, data: IndicatorsExportData, { locale, format }: ExportContext): SheetSpec[] {
  const t = translator(priceIndicatorsMessages, locale);
  const x = translator(indicatorsExportMessages, locale);
  const name = exportItemName(data.origin, locale);
  const rows = receiptsSummaryRows(state, data, locale);
  rows.push([]);
  const result = data.result?.kind === 'ready' ? data.result : null;
  const marked = state.priceIndicators;
  if (marked.length === 0) rows.push([x('indicatorsExport.noneMarked')]);
  if (result === null) {
    rows.push([x('indicatorsExport.marked')], ...marked.map((label) => [name(label)]));
    return [{ name: x('indicatorsExport.priceSheet'), rows, columnWidths: [36, 48] }];
  }
  const { items, totals } = result;
  const profiles = priceProfiles(items, totals.days);
  const suggestions = suggestPriceIndicators(items, totals.days);
  const suggested = new Set(suggestions.map((suggestion) => suggestion.label));
  const byLabel = new Map(items.map((item) => [item.label, item]));
  const words = { t, percent: (share: number) => format.percent(share), wholePercent: (share: number) => format.percent(share, 0), number: (value: number) => format.number(value, 1) };
  const separator = locale === 'zh' ? '，' : ', ';
  const perMonth = spansAMonth(totals.days);
  const head = [
    t('priceIndicators.col.product'),
    t('priceIndicators.col.penetration'),
    t(perMonth ? 'priceIndicators.col.frequencyMonth' : 'priceIndicators.col.frequency'),
    t('priceIndicators.col.cheaperThan'),
    x('indicatorsExport.col.averagePrice'),
    x('indicatorsExport.col.suggested'),
    x('indicatorsExport.col.reason'),
  ];
  const row = (label: string, profile: PriceProfile | null, item: ItemIndicators | null): CellValue[] =>
    profile === null
      ? [name(label), null, null, null, null, x('indicatorsExport.no'), t('priceIndicators.list.absent')]
      : [
          name(label),
          percentCell(profile.penetration),
          decimalCell(perMonth ? profile.frequencyPerMonth : profile.frequency, 1),
          percentCell(profile.cheaperThan, 0),
          moneyCell(item?.averagePrice ?? null, 2),
          x(suggested.has(label) ? 'indicatorsExport.yes' : 'indicatorsExport.no'),
          profileReason(profile, words, separator),
        ];
  if (marked.length > 0) {
    rows.push([x('indicatorsExport.marked')], head);
    for (const label of marked) rows.push(row(label, profiles.get(label) ?? null, byLabel.get(label) ?? null));
  }
  const unmarked = suggestions.filter((suggestion) => !marked.includes(suggestion.label));
  if (unmarked.length > 0) {
    rows.push([], [x('indicatorsExport.suggestedOnly')], head);
    for (const suggestion of unmarked) rows.push(row(suggestion.label, suggestion, byLabel.get(suggestion.label) ?? null));
  }
  return [{ name: x('indicatorsExport.priceSheet'), rows, columnWidths: [36, 12, 16, 16, 12, 12, 70] }];
}
