import { dateCell, type CellValue } from '../data/sheet';
import type { Locale } from '../i18n/locale';
import { translator } from '../i18n/translate';
import { salesDataMessages } from './dataMessages';
import type { SalesChoice, SalesOrigin } from './useSales';

/** Where an export's sales come from: the files in "My data" by name, or a demo business, or nothing. */
export interface SalesFiles {
  origin: SalesOrigin;
  salesFile: string | null;
  customersFile: string | null;
}

/** The name of the "Sales data" sheet of every exercise that reads the shared sales. */
export function salesDataSheetName(locale: Locale): string {
  return translator(salesDataMessages, locale)('export.sheet');
}

/**
 * The opening rows of a "Sales data" sheet: the header, where the sales come from, the customer list's file
 * (`noList` when there is none: what the exercise misses without it), the analysis date and the window as typed.
 */
export function salesSourceRows(state: Pick<SalesChoice, 'demoBusiness' | 'period'>, files: SalesFiles, locale: Locale, noList: string): CellValue[][] {
  const t = translator(salesDataMessages, locale);
  const source = files.origin === 'demo' ? t(state.demoBusiness === 'shop' ? 'export.demo.shop' : 'export.demo.distributor') : files.origin === 'none' ? t('export.none') : files.salesFile;
  const rows: CellValue[][] = [
    [t('export.figure'), t('export.value')],
    [t('export.source'), source],
  ];
  if (files.origin === 'imported') rows.push([t('export.customersFile'), files.customersFile ?? noList]);
  rows.push(
    [t('export.analysisDate'), state.period.analysisDate === null ? t('export.analysisDateAuto') : dateCell(state.period.analysisDate)],
    [t('export.window'), state.period.windowMonths],
  );
  return rows;
}

/** The window the figures were read over: its first and last day (ISO) and its months. */
export function windowRows(startDay: string, analysisDay: string, months: number, locale: Locale): CellValue[][] {
  const t = translator(salesDataMessages, locale);
  return [
    [t('export.windowFrom'), dateCell(startDay)],
    [t('export.windowTo'), dateCell(analysisDay)],
    [t('export.months'), months],
  ];
}
