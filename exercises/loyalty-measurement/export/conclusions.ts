import { dateCell, decimalCell, moneyCell, percentCell, type CellValue, type SheetSpec } from '../../../src/data/sheet';
import { translator } from '../../../src/i18n/translate';
import type { ExportContext } from '../../../src/workbook/contract';
import type { LoyaltyState } from '../state';
import { conclusionsMessages } from '../messages/conclusions';
import { compareWithBaseline, FOLLOW_UP_FIGURES, type FollowUpFigure, type MeasuredValues } from '../model/followUp';

/** A follow-up figure as a typed cell: shares as percents, money in the currency, NPS with one decimal. */
function figureCell(figure: FollowUpFigure, value: number | null, signed = false): CellValue {
  switch (figure) {
    case 'csat':
    case 'repeatRate':
    case 'retention':
    case 'cohortRetention':
      return percentCell(value, 1, { signed });
    case 'averageCheck':
      return moneyCell(value, 0, { signed });
    case 'customers':
      return decimalCell(value, 0, { signed });
    case 'nps':
      return decimalCell(value, 1, { signed });
    case 'ces':
    case 'frequency':
      return decimalCell(value, 2, { signed });
  }
}

/**
 * The follow-up sheet: the values now, the first measurement with its date, what moved (NPS with the margin of both
 * samples), the next measurement's date and the participant's notes. The plan itself is on the plan's sheets.
 */
export function conclusionsSheets(state: LoyaltyState, measured: MeasuredValues, { locale, format }: Pick<ExportContext, 'locale' | 'format'>): SheetSpec[] {
  const t = translator(conclusionsMessages, locale);
  const { baseline, nextMeasurement, notes } = state.conclusions;
  const rows: CellValue[][] = [];
  if (baseline === null) {
    rows.push([t('conclusions.col.figure'), t('conclusions.col.now')]);
    for (const figure of FOLLOW_UP_FIGURES) rows.push([t(`conclusions.figure.${figure}`), figureCell(figure, figure === 'nps' ? (measured.nps?.score ?? null) : measured[figure])]);
  } else {
    rows.push([
      t('conclusions.col.figure'),
      t('conclusions.col.first', { date: format.date(baseline.recordedAt) }),
      t('conclusions.col.now'),
      t('conclusions.col.change'),
      t('conclusions.export.margin'),
      t('conclusions.export.verdict'),
    ]);
    for (const row of compareWithBaseline(baseline, measured)) {
      rows.push([
        t(`conclusions.figure.${row.figure}`),
        figureCell(row.figure, row.first),
        figureCell(row.figure, row.now),
        // A share's change is in percentage points: the same percent format, signed.
        figureCell(row.figure, row.change, true),
        row.nps ? decimalCell(row.nps.margin, 1) : null,
        row.nps ? (row.nps.significant ? t('conclusions.npsReal') : t('conclusions.npsNoise')) : null,
      ]);
    }
  }
  rows.push([]);
  rows.push([t('conclusions.export.recordedOn'), baseline ? dateCell(baseline.recordedAt) : t('conclusions.export.notRecorded')]);
  rows.push([t('conclusions.nextDate'), nextMeasurement ? dateCell(nextMeasurement) : null]);
  rows.push([t('conclusions.notes'), notes.trim() === '' ? null : notes]);
  return [{ name: t('conclusions.export.sheet'), rows, columnWidths: [34, 18, 14, 14, 12, 36] }];
}
