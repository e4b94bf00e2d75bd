import { dateCell, decimalCell, moneyCell, percentCell, type CellValue, type NumberCell, type SheetSpec } from '../../src/data/sheet';
import type { Translate } from '../../src/i18n/translate';
import type { ExportContext } from '../../src/workbook/contract';
import { datasetLocation, type DatasetSummary } from '../../src/workbook/exerciseData';
import { runAnalysisOnce } from '../../src/workbook/analysis/runAnalysis';
import { evaluationAnalysis } from './analysis/source';
import type { EvaluationAnalysisResult } from './analysis/evaluationAnalysis';
import {
  evaluationEconomics,
  evaluationStatus,
  memberListFromRows,
  salesFromRows,
  type DifferenceInDifferences,
  type EvaluationCounts,
  type EvaluationStatus,
  type SalesOverview,
} from './model';
import type { EvaluationSettings, MemberSource, RoiState } from './state';
import { memberListSpec, salesSpec } from './inputs';
import { demoMemberRows, demoSalesRows } from './demo/evaluationDemo';
import { costReadiness } from './steps/evaluation/costReadiness';
import type { RoiMessageKey } from './messages';

type T = Translate<RoiMessageKey>;

// As the evaluation step shows them (steps/evaluation/signedFigures.ts): changes signed, amounts in whole units,
// purchases with two decimals.
const money = (amount: number): NumberCell | null => moneyCell(amount);
const moneyChange = (amount: number): NumberCell | null => moneyCell(amount, 0, { signed: true });
const purchases = (count: number): NumberCell | null => decimalCell(count, 2);
const purchasesChange = (count: number): NumberCell | null => decimalCell(count, 2, { signed: true });
const uplift = (share: number): NumberCell | null => percentCell(share, 1, { signed: true });

export const ROI_EXERCISE_ID = 'program-roi';

/**
 * What the evaluation sheet shows, found as the step finds it: for imported sales, the step's analysis run
 * once in its worker (no rows on the page); else the demo shop with its own list.
 */
export interface EvaluationExportData {
  source: 'demo' | 'imported';
  status: EvaluationStatus;
  salesFile: string | null;
  listFile: string | null;
  /** Imported data progress lists but IndexedDB could not give back. */
  unreadable: { sales: boolean; list: boolean };
}

type ComparedSettings = Pick<EvaluationSettings, 'launchDate' | 'memberSource' | 'windowMonths'>;

export function demoEvaluationData(settings: ComparedSettings, unreadableSales = false): EvaluationExportData {
  return {
    source: 'demo',
    status: evaluationStatus(salesFromRows(demoSalesRows()), memberListFromRows(demoMemberRows()), settings),
    salesFile: null,
    listFile: null,
    unreadable: { sales: unreadableSales, list: false },
  };
}

/**
 * The comparison over the imported sales (in "My data") and, when members come from one, the member list,
 * as progress names them (null: not imported).
 */
export async function loadEvaluationData(
  settings: ComparedSettings,
  summaries: { sales: DatasetSummary | null; list: DatasetSummary | null },
): Promise<EvaluationExportData> {
  const { sales } = summaries;
  if (!sales) return demoEvaluationData(settings);
  const list = settings.memberSource === 'list' ? summaries.list : null;
  const ref = (spec: typeof salesSpec, summary: DatasetSummary) => {
    const { owner, id } = datasetLocation(ROI_EXERCISE_ID, spec);
    return { exerciseId: owner, specId: id, importedAt: summary.importedAt };
  };
  let result: EvaluationAnalysisResult;
  try {
    result = await runAnalysisOnce(evaluationAnalysis, { sales: ref(salesSpec, sales), list: list ? ref(memberListSpec, list) : null, settings });
  } catch {
    return demoEvaluationData(settings, true);
  }
  if (result.kind === 'salesUnreadable') return demoEvaluationData(settings, true);
  return {
    source: 'imported',
    status: result.status,
    salesFile: sales.fileName,
    listFile: list?.fileName ?? null,
    unreadable: { sales: false, list: result.listUnreadable },
  };
}

const COUNT_KEYS = ['newAfterLaunch', 'inactiveBefore', 'joinedAfterWindow', 'listedWithoutSales'] as const satisfies readonly (keyof EvaluationCounts)[];

/**
 * The "evaluation from data" sheet: settings, which data was compared, and the step's results (windows,
 * groups before and after, the difference in differences, the effect against the cost); with a result,
 * a second sheet holds the monthly series the step charts.
 */
export function evaluationSheets(state: RoiState, data: EvaluationExportData, t: T, { format }: ExportContext): SheetSpec[] {
  const settings = state.evaluation;
  const { launchDate, windowMonths, memberSource, scaleTo } = settings;
  const months = t('export.unit.months');
  const rows: CellValue[][] = [
    [t('export.parameter'), t('export.value'), t('export.unit')],
    [t('evaluation.launchDate'), launchDate === null ? t('evaluation.export.notSet') : dateCell(launchDate), null],
    [t('evaluation.windowMonths'), windowMonths, months],
    [t('evaluation.memberSource'), t(`evaluation.memberSource.${memberSource}`), null],
    [t('evaluation.scaleTo'), t(`evaluation.scaleTo.${scaleTo}`), null],
    [],
  ];
  const view = data.status;
  rows.push(...sourceRows(data, view.overview, memberSource, t), []);

  if (view.kind === 'needList') rows.push([t('evaluation.data.needList')]);
  else if (view.kind === 'needLaunchDate') rows.push([t('evaluation.needLaunchDate')]);
  else if (view.kind === 'notEnoughData') {
    rows.push([t('evaluation.notEnough.title'), t(`evaluation.notEnough.${view.reason}`), null]);
    if (view.counts.customers !== undefined) rows.push([t('evaluation.export.count.customers'), view.counts.customers, t('export.unit.members')]);
    for (const key of COUNT_KEYS) {
      const count = view.counts[key];
      if (count !== undefined) rows.push([t(`evaluation.export.count.${key}`), count, t('export.unit.members')]);
    }
  } else rows.push(...resultRows(state, view.result, t, format.currency));

  const sheets: SheetSpec[] = [{ name: t('evaluation.export.sheet'), rows, columnWidths: [48, 40, 28, 14, 14, 14, 14, 16] }];
  if (view.kind === 'ready') sheets.push(monthlySheet(view.result, t, format.currency));
  return sheets;
}

function sourceRows(data: EvaluationExportData, overview: SalesOverview, memberSource: MemberSource, t: T): CellValue[][] {
  const rows: CellValue[][] = [];
  if (data.unreadable.sales) rows.push([t('evaluation.export.salesUnreadable')]);
  if (data.source === 'demo') {
    rows.push([t('evaluation.data.title'), t('evaluation.export.demo'), null]);
  } else {
    rows.push([t('evaluation.data.title'), t('evaluation.data.imported', { count: overview.sales }), null]);
    rows.push([t('evaluation.export.salesFile'), data.salesFile, null]);
    if (memberSource === 'list' && data.listFile !== null) rows.push([t('evaluation.export.listFile'), data.listFile, null]);
  }
  if (data.unreadable.list) rows.push([t('evaluation.export.listUnreadable')]);
  if (overview.unusableRows > 0) rows.push([t('evaluation.data.unusable', { count: overview.unusableRows })]);
  if (overview.unrecognisedMemberValues > 0 && memberSource === 'column') rows.push([t('evaluation.data.unrecognised', { count: overview.unrecognisedMemberValues })]);
  return rows;
}

function resultRows(state: RoiState, result: DifferenceInDifferences, t: T, currency: string): CellValue[][] {
  const { window, counts } = result;
  const people = t('export.unit.members');
  const perCustomerMonth = t('evaluation.export.unit.perCustomerMonth', { currency });
  const rows: CellValue[][] = [
    [t('evaluation.export.section.window'), null, null],
    [t('evaluation.export.beforeStart'), dateCell(window.beforeStart), null],
    [t('evaluation.export.beforeLast'), dateCell(window.beforeLast), null],
    [t('evaluation.launchDate'), dateCell(window.launch), null],
    [t('evaluation.export.afterLast'), dateCell(window.afterLast), null],
    [t('evaluation.export.windowLength'), window.months, t('export.unit.months')],
    [],
    [t('evaluation.export.section.customers'), null, null],
    [t('evaluation.export.count.customers'), counts.customers, people],
    [t('evaluation.export.count.members'), result.members.customers, people],
    [t('evaluation.export.count.nonMembers'), result.nonMembers.customers, people],
    ...COUNT_KEYS.map((key): CellValue[] => [t(`evaluation.export.count.${key}`), counts[key], people]),
    [],
    [t('evaluation.metrics'), null, null],
    [t('evaluation.did.spend'), moneyChange(result.spendDid), perCustomerMonth],
    [t('evaluation.did.frequency'), purchasesChange(result.frequencyDid), t('evaluation.export.unit.purchasesPerCustomerMonth')],
    [t('evaluation.did.relative'), result.relativeSpendLift === null ? t('evaluation.did.relativeNone') : uplift(result.relativeSpendLift), result.relativeSpendLift === null ? null : t('export.unit.share')],
    [t('evaluation.naive'), moneyChange(result.naiveSpendGap), perCustomerMonth],
    [t('evaluation.selfSelection.title'), t('evaluation.selfSelection.body'), null],
    [],
    [`${t('evaluation.table.caption')}, ${currency}`],
    [
      t('evaluation.table.group'),
      t('evaluation.table.customers'),
      t('evaluation.table.spendBefore'),
      t('evaluation.table.spendAfter'),
      t('evaluation.table.spendChange'),
      t('evaluation.table.purchasesBefore'),
      t('evaluation.table.purchasesAfter'),
      t('evaluation.table.purchasesChange'),
    ],
    ...(['members', 'nonMembers'] as const).map((group): CellValue[] => {
      const figures = result[group];
      return [
        t(`evaluation.group.${group}`),
        figures.customers,
        money(figures.before.spend),
        money(figures.after.spend),
        moneyChange(figures.after.spend - figures.before.spend),
        purchases(figures.before.purchases),
        purchases(figures.after.purchases),
        purchasesChange(figures.after.purchases - figures.before.purchases),
      ];
    }),
    [t('evaluation.group.did'), null, null, null, moneyChange(result.spendDid), null, null, purchasesChange(result.frequencyDid)],
    [],
    [t('evaluation.economics.title'), null, null],
  ];

  const readiness = costReadiness(state.program, state.evaluation.scaleTo);
  if (readiness.kind === 'missing') {
    rows.push([t('evaluation.economics.missing')], ...readiness.fields.map((field): CellValue[] => [t(`economics.${field}`)]));
    return rows;
  }
  const members = state.evaluation.scaleTo === 'program' && readiness.programMembers !== null ? readiness.programMembers : result.members.customers;
  const economics = evaluationEconomics(result, readiness.inputs, members);
  rows.push(
    [t('evaluation.export.membersScaled'), economics.members, people],
    [t('evaluation.export.windowLength'), economics.months, t('export.unit.months')],
    [t('export.col.incrementalSales'), money(economics.incrementalSales), currency],
    [t('evaluation.economics.gain'), money(economics.incrementalGrossProfit), currency],
    [t('evaluation.breakdown.rewards'), money(economics.rewardCost), currency],
    [t('evaluation.breakdown.fixed'), money(economics.fixedCost), currency],
    [t('evaluation.breakdown.members'), money(economics.memberCost), currency],
    [t('evaluation.economics.cost'), money(economics.programCost), currency],
    [t('evaluation.economics.net'), money(economics.net), currency],
    [t('evaluation.economics.roi'), economics.roi === null ? t('evaluation.economics.roiNone') : uplift(economics.roi), economics.roi === null ? null : t('export.unit.share')],
  );
  return rows;
}

/** Every whole month around the launch, as the step's chart shows it; the compared windows are marked. */
function monthlySheet(result: DifferenceInDifferences, t: T, currency: string): SheetSpec {
  const inWindow = (offset: number) => offset >= -result.window.months && offset < result.window.months;
  const rows: CellValue[][] = [
    [
      t('evaluation.export.offset'),
      t('evaluation.export.monthStart'),
      t('evaluation.export.monthlySpend', { group: t('evaluation.group.members'), currency }),
      t('evaluation.export.monthlySpend', { group: t('evaluation.group.nonMembers'), currency }),
      t('evaluation.export.inWindow'),
    ],
    ...result.monthly.map((point): CellValue[] => [
      point.offset,
      dateCell(point.start),
      money(point.members),
      money(point.nonMembers),
      t(inWindow(point.offset) ? 'evaluation.export.yes' : 'evaluation.export.no'),
    ]),
  ];
  return { name: t('evaluation.export.monthlySheet'), rows, columnWidths: [24, 14, 30, 30, 16] };
}
