import { dateCell, decimalCell, moneyCell, percentCell, type CellValue, type SheetSpec } from '../../../src/data/sheet';
import { salesSpec } from '../../../src/data/salesSpec';
import { calendarDayIso } from '../../../src/i18n/format';
import { translator, type Translate } from '../../../src/i18n/translate';
import type { ExportContext } from '../../../src/workbook/contract';
import { createAnalysisContext } from '../../../src/workbook/analysis/context';
import { datasetLocation } from '../../../src/workbook/exerciseData';
import { analyseStoredBehaviour } from '../analysis/behaviourAnalysis';
import { analyseBehaviour, behaviourOptions, behaviourSalesFromRows, cohortSummary, demoDay, type BehaviourFigures, type BehaviourResult } from '../model/behaviour';
import { intervalBinLabel } from '../steps/behaviour/intervalBins';
import { LOYALTY_EXERCISE_ID } from '../inputs';
import type { LoyaltyState } from '../state';
import { behaviourMessages, type BehaviourMessageKey } from '../messages/behaviour';

type T = Translate<BehaviourMessageKey>;

/** What the behaviour sheets show, found as the step finds it: the participant's sales, else the demo retailer when the exercise runs on it. */
export interface BehaviourExportData {
  source: 'imported' | 'demo' | 'none';
  /** null: nothing to analyse (no file and no demo, or the stored file could not be read). */
  result: BehaviourResult | null;
  salesFile: string | null;
  unreadable: boolean;
}

/**
 * The step's figures for the export, through the same pure analysis the step's worker runs, here in the page:
 * the stored sales columns are read once, the page gets the figures. `today` as the step takes it.
 */
export async function loadBehaviourExportData(state: LoyaltyState, context: ExportContext, today = calendarDayIso(new Date())): Promise<BehaviourExportData> {
  const options = behaviourOptions(state);
  const summary = context.datasets.summary(salesSpec);
  if (summary !== null) {
    const { owner, id } = datasetLocation(LOYALTY_EXERCISE_ID, salesSpec);
    const sales = { exerciseId: owner, specId: id, importedAt: summary.importedAt };
    const analysed = await analyseStoredBehaviour({ sales, options, today }, createAnalysisContext(() => undefined).context);
    return analysed.kind === 'result'
      ? { source: 'imported', result: analysed.result, salesFile: summary.fileName, unreadable: false }
      : { source: 'imported', result: null, salesFile: summary.fileName, unreadable: true };
  }
  if (!state.useDemoData) return { source: 'none', result: null, salesFile: null, unreadable: false };
  const { demoSalesRows, DEMO_SALES_TO } = await import('../demo/retailer');
  return { source: 'demo', result: analyseBehaviour(behaviourSalesFromRows(demoSalesRows()), options, demoDay(today, DEMO_SALES_TO)), salesFile: null, unreadable: false };
}

/** The behaviour sheets: a summary with the settings and the figures; with figures, retention, cohorts, intervals and the ladder. */
export function behaviourSheets(state: LoyaltyState, data: BehaviourExportData, { locale, format }: ExportContext): SheetSpec[] {
  const t = translator(behaviourMessages, locale);
  const options = behaviourOptions(state);
  const unit = (key: 'customers' | 'purchases' | 'rows' | 'share' | 'days' | 'factor') => t(`behaviour.export.unit.${key}`);
  const rows: CellValue[][] = [
    [t('behaviour.export.figure'), t('behaviour.export.value'), t('behaviour.export.unit')],
    [t('behaviour.data.title'), data.source === 'demo' ? t('behaviour.export.demo') : data.source === 'none' ? t('behaviour.export.none') : data.salesFile, null],
  ];
  if (data.unreadable) rows.push([t('behaviour.export.unreadable')]);
  rows.push(
    [t('behaviour.windowFrom'), options.windowFrom === null ? t('behaviour.export.windowDefault') : dateCell(options.windowFrom), null],
    [t('behaviour.windowTo'), options.windowTo === null ? t('behaviour.export.windowDefault') : dateCell(options.windowTo), null],
    [t('behaviour.period'), t(`behaviour.period.${options.period}`), null],
    [t('behaviour.lapseFactor'), decimalCell(options.lapseFactor, 1), unit('factor')],
    [t('behaviour.oneTimeLapseDays'), options.oneTimeLapseDays, unit('days')],
    [t('behaviour.export.purchase'), t(options.countRowsAsPurchases ? 'behaviour.export.purchase.row' : 'behaviour.export.purchase.day'), null],
    [],
  );
  const result = data.result;
  if (result === null) return [{ name: t('behaviour.export.sheet'), rows, columnWidths: [48, 40, 16] }];
  const counts = result.kind === 'ready' ? result.figures.rowCounts : result.rowCounts;
  if (counts.futureRows > 0) rows.push([t('behaviour.data.future', { count: counts.futureRows })]);
  if (counts.unusableRows > 0) rows.push([t('behaviour.data.unusable', { count: counts.unusableRows })]);
  const date = (iso: string) => format.date(iso);
  if (result.kind === 'noSales') rows.push([t('behaviour.noSales.title'), t('behaviour.noSales.body'), null]);
  if (result.kind === 'emptyWindow') {
    const text = t(`behaviour.emptyWindow.${result.reason}`, { from: date(result.window.from), to: date(result.window.to), dataFrom: date(result.data.from), dataTo: date(result.data.to) });
    rows.push([t('behaviour.emptyWindow.title'), text, null]);
  }
  if (result.kind === 'oneTimeOnly') rows.push([t('behaviour.oneTime.title'), t(result.inWholeData ? 'behaviour.oneTime.file' : 'behaviour.oneTime.window', { customers: result.customers }), null]);
  if (result.kind !== 'ready') return [{ name: t('behaviour.export.sheet'), rows, columnWidths: [48, 60, 16] }];

  const figures = result.figures;
  rows.push(...summaryRows(figures, t, unit, format.currency));
  return [
    { name: t('behaviour.export.sheet'), rows, columnWidths: [48, 40, 16] },
    retentionSheet(figures, t),
    cohortSheet(figures, t),
    {
      name: t('behaviour.export.intervalSheet'),
      rows: [[t('behaviour.intervals.interval'), t('behaviour.intervals.customers')], ...figures.intervalBins.map((bin): CellValue[] => [intervalBinLabel(bin, t), bin.customers])],
      columnWidths: [24, 14],
    },
    {
      name: t('behaviour.export.ladderSheet'),
      rows: [
        [t('behaviour.ladder.stage'), t('behaviour.ladder.customers'), unit('share')],
        ...(['firstPurchase', 'repeat', 'regular'] as const).map((stage): CellValue[] => [t(`behaviour.ladder.${stage}`), figures.ladder[stage], percentCell(figures.ladder[stage] / figures.customers)]),
        [],
        [t('behaviour.ladder.definition', { period: t(`behaviour.period.${figures.period}`) })],
        [t('behaviour.ladder.advocates')],
      ],
      columnWidths: [28, 14, 12],
    },
  ];
}

function summaryRows(figures: BehaviourFigures, t: T, unit: (key: 'customers' | 'purchases' | 'rows' | 'share' | 'days') => string, currency: string): CellValue[][] {
  const retention = figures.retention.mean;
  return [
    [t('behaviour.export.windowUsedFrom'), dateCell(figures.window.from), null],
    [t('behaviour.export.windowUsedTo'), dateCell(figures.window.to), null],
    [t('behaviour.export.rowsUsed'), figures.rowCounts.rows, unit('rows')],
    [t('behaviour.export.rowsMerged'), figures.rowCounts.mergedRows, unit('rows')],
    [t('behaviour.metric.customers'), figures.customers, unit('customers')],
    [t('behaviour.export.purchases'), figures.purchases, unit('purchases')],
    [t('behaviour.export.repeatCustomers'), figures.repeatCustomers, unit('customers')],
    [t('behaviour.metric.repeatRate'), percentCell(figures.repeatRate), unit('share')],
    [t(`behaviour.metric.retention.${figures.period}`), percentCell(retention), unit('share')],
    [t('behaviour.export.churn'), percentCell(retention === null ? null : 1 - retention), unit('share')],
    [t(`behaviour.metric.frequency.${figures.period}`), decimalCell(figures.frequency, 2), unit('purchases')],
    [t('behaviour.metric.averageCheck'), moneyCell(figures.averageCheck), currency],
    [t('behaviour.export.revenue'), moneyCell(figures.revenue), currency],
    [t('behaviour.metric.interval'), decimalCell(figures.medianInterval, 1), unit('days')],
    [t('behaviour.metric.lapsed'), figures.lapsed.total, unit('customers')],
    [t('behaviour.export.lapsedRepeat'), figures.lapsed.repeatBuyers, unit('customers')],
    [t('behaviour.export.lapsedOneTime'), figures.lapsed.oneTimeBuyers, unit('customers')],
  ];
}

function retentionSheet(figures: BehaviourFigures, t: T): SheetSpec {
  const rows: CellValue[][] = [
    [t('behaviour.retention.period'), t('behaviour.retention.active'), t('behaviour.retention.retention'), t('behaviour.retention.churn')],
    ...figures.retention.periods.map((period): CellValue[] => [
      dateCell(period.start),
      period.active,
      percentCell(period.retention),
      percentCell(period.retention === null ? null : 1 - period.retention),
    ]),
  ];
  return { name: t('behaviour.export.retentionSheet'), rows, columnWidths: [14, 20, 14, 14] };
}

function cohortSheet(figures: BehaviourFigures, t: T): SheetSpec {
  const { cohorts } = figures;
  const months = Array.from({ length: cohorts.columns }, (_, month) => t('behaviour.cohort.since', { n: String(month) }));
  const summary = cohortSummary(cohorts);
  const rows: CellValue[][] = [
    [t('behaviour.cohort.month'), t('behaviour.cohort.size'), ...months],
    ...cohorts.rows.map((row): CellValue[] => [dateCell(row.month), row.size, ...row.shares.map((share) => percentCell(share, 0))]),
    [t('behaviour.cohort.all'), summary.size[0] ?? 0, ...summary.shares.map((share) => percentCell(share, 0))],
  ];
  return { name: t('behaviour.export.cohortSheet'), rows, columnWidths: [20, 12, ...months.map(() => 10)] };
}
