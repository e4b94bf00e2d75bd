import { decimalCell, moneyCell, percentCell, type CellValue, type SheetSpec } from '../../../src/data/sheet';
import type { Locale } from '../../../src/i18n/locale';
import { translator } from '../../../src/i18n/translate';
import type { ExportContext } from '../../../src/workbook/contract';
import type { PrioritiesResult, PriorityRow } from '../analysis/prioritiesAnalysis';
import { prioritiesMessages } from '../messages/priorities';
import { rfmSegmentMessages, segmentName } from '../../../src/customers/rfmSegmentNames';
import { warningsMessages } from '../messages/warnings';
import { OTHERS } from '../../../src/customers/rfmSegments';
import { DIRECTIONS, type CustomerBaseState } from '../state';

/**
 * Step 7 as sheets: "Priorities" (each direction's customers, yearly revenue, share, reasons and the participant's
 * action) and "Priorities by customer" (every customer, one row each, with the columns a CRM import takes:
 * id, name, direction, reason, classes, scores and figures). The step's Excel and CSV downloads are the second.
 */

// Casts in this file: Object.entries loses the reasons' key type; the keys are PriorityReason by construction.

/** One row per customer, headed, the figures as numbers: the CRM table of the step's downloads and the export. */
export function priorityCustomerRows(state: CustomerBaseState, rows: readonly PriorityRow[], locale: Locale): CellValue[][] {
  const t = translator(prioritiesMessages, locale);
  const ts = translator(rfmSegmentMessages, locale);
  const tw = translator(warningsMessages, locale);
  const header: CellValue[] = [
    t('priorities.col.customer'),
    t('export.name'),
    t('priorities.col.direction'),
    t('priorities.col.reason'),
    'ABC',
    'XYZ',
    'R',
    'F',
    'M',
    t('export.segment'),
    t('priorities.col.revenue'),
    t('export.profit'),
    t('priorities.col.wallet'),
    t('priorities.col.value'),
    t('export.pAlive'),
    t('export.stage'),
    t('priorities.col.warnings'),
  ];
  return [
    header,
    ...rows.map((row): CellValue[] => [
      row.id,
      row.name,
      t(`priorities.direction.${row.direction}`),
      t(`priorities.reason.${row.reason}`, { abc: row.abc }),
      row.abc,
      row.xyz === 'new' ? null : row.xyz,
      row.r || null,
      row.f || null,
      row.m || null,
      row.segment === OTHERS && row.r === 0 ? null : segmentName(ts, state.rfm.segments, row.segment),
      moneyCell(row.revenue),
      moneyCell(row.profit),
      percentCell(row.wallet),
      moneyCell(row.expectedValue),
      percentCell(row.pAlive),
      row.stage === null ? null : tw(`stage.${row.stage}`),
      row.warnings.map((rule) => t(`priorities.warning.${rule}`)).join(', ') || null,
    ]),
  ];
}

export function prioritiesSheets(state: CustomerBaseState, result: PrioritiesResult | null, context: ExportContext): SheetSpec[] {
  const t = translator(prioritiesMessages, context.locale);
  if (result === null || result.kind !== 'ready') {
    return [{ name: t('export.sheet'), rows: [[t('export.none')], ...DIRECTIONS.map((direction) => [t(`priorities.direction.${direction}`), t('export.action'), state.priorities.actions[direction]])] }];
  }
  const summary: CellValue[][] = [
    [t('priorities.col.direction'), t('priorities.col.customers'), t('priorities.col.atStake'), t('priorities.col.share'), t('export.action')],
    ...result.summary.map((row) => [t(`priorities.direction.${row.direction}`), row.customers, moneyCell(row.revenueAtStake), percentCell(row.shareOfRevenue), state.priorities.actions[row.direction]]),
    [],
    [t('priorities.col.why'), t('priorities.col.customers')],
    ...Object.entries(result.reasons).map(([reason, count]) => [t(`priorities.reason.${reason as PriorityRow['reason']}`, { abc: 'A/B' }), decimalCell(count, 0)]),
  ];
  if (!result.modelUsed) summary.push([], [t('priorities.note.noModel')]);
  if (!result.walletUsed) summary.push([t('priorities.note.noWallet')]);
  if (!result.hasProfit) summary.push([t('priorities.note.noProfit')]);
  if (state.conclusions.notes.trim() !== '') summary.push([], [t('priorities.notes'), state.conclusions.notes]);
  return [
    { name: t('export.sheet'), rows: summary, columnWidths: [34, 12, 18, 14, 60] },
    { name: t('export.sheetCustomers'), rows: priorityCustomerRows(state, result.list.rows, context.locale), columnWidths: [14, 28, 20, 36, 6, 6, 4, 4, 4, 22, 16, 16, 12, 16, 12, 14, 24] },
  ];
}
