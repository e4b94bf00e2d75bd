import type { ExportContext } from '../../src/workbook/contract';
import { decimalCell, enteredDecimals, moneyCell, percentCell, type CellValue, type NumberCell, type SheetSpec } from '../../src/data/sheet';
import { translator, type Translate } from '../../src/i18n/translate';
import { memberListSpec, salesSpec } from './inputs';
import type { RoiState, ProgramInputsDraft } from './state';
import {
  discountBreakEven,
  discountVerdict,
  grossProfitChange,
  programEconomics,
  scenarioResults,
  SCENARIO_IDS,
  tornado,
  type BreakEvenUplift,
  type MonthResult,
  type ProgramInputs,
  type ProgramResult,
} from './model';
import { programReadiness } from './programDraft';
import { SCENARIO_PARAMS, scenarioOverrides } from './scenarioDraft';
import { roiMessages, type RoiMessageKey } from './messages';
import { demoEvaluationData, evaluationSheets, loadEvaluationData, type EvaluationExportData } from './evaluationExport';

type T = Translate<RoiMessageKey>;
type Unit = 'share' | 'points' | 'purchases' | 'members' | 'months' | 'money';

/**
 * Shares are stored as fractions (0.28), so the workbook can compute with them, and shown as percents (28%);
 * percentage points (a retention uplift) are fractions too, so they add to the retention they raise.
 */
const PROGRAM_UNITS: Record<keyof ProgramInputsDraft, Unit> = {
  members: 'members',
  participation: 'share',
  baselineFrequency: 'purchases',
  averageCheck: 'money',
  margin: 'share',
  baselineRetention: 'share',
  frequencyUplift: 'share',
  checkUplift: 'share',
  retentionUplift: 'points',
  rewardRate: 'share',
  breakage: 'share',
  baselineRewardShare: 'share',
  setupCost: 'money',
  monthlyFixedCost: 'money',
  monthlyCostPerMember: 'money',
  horizonMonths: 'months',
};

const MONTH_COLUMNS: Exclude<keyof MonthResult, 'month'>[] = [
  'incrementalSales', 'incrementalGrossProfit', 'rewardCostIncremental', 'rewardCostBaseline', 'otherCost', 'programCost', 'net',
  'cumulativeGrossProfit', 'cumulativeCost', 'cumulativeNet',
];

/** An input as the participant typed it: a share as a percent, an amount in the currency, a count with its decimals. */
function inputCell(value: number | null, kind: Unit): NumberCell | null {
  if (value === null) return null;
  if (kind === 'share' || kind === 'points') return percentCell(value, enteredDecimals(value * 100));
  if (kind === 'money') return moneyCell(value, enteredDecimals(value));
  return decimalCell(value, enteredDecimals(value));
}

// Computed figures as the steps show them: uplifts and ROI signed with one decimal, amounts in whole units.
const uplift = (share: number | null | undefined): NumberCell | null => percentCell(share, 1, { signed: true });
const share = (value: number | null | undefined): NumberCell | null => percentCell(value, 1);
const money = (amount: number | null | undefined): NumberCell | null => moneyCell(amount);

/** What the exercise's toSheets runs: reads the imported sales the evaluation sheet computes with, then writes every sheet. */
export async function roiSheetsWithImports(state: RoiState, context: ExportContext): Promise<SheetSpec[]> {
  const summaries = { sales: context.datasets.summary(salesSpec), list: context.datasets.summary(memberListSpec) };
  return roiSheets(state, context, await loadEvaluationData(state.evaluation, summaries));
}

/** The sheets for rows already at hand; without them the evaluation is computed on the demo shop, and says so. */
export function roiSheets(state: RoiState, context: ExportContext, evaluation: EvaluationExportData = demoEvaluationData(state.evaluation)): SheetSpec[] {
  const { locale, format } = context;
  const t = translator(roiMessages, locale);
  const unit = (kind: Unit) => (kind === 'money' ? format.currency : t(`export.unit.${kind}`));
  const readiness = programReadiness(state.program);
  const program = readiness.kind === 'ready' ? { inputs: readiness.inputs, result: programEconomics(readiness.inputs) } : null;
  const sheets: SheetSpec[] = [inputsSheet(state, t, unit), resultsSheet(state, t, unit, format, program?.result ?? null)];
  // Monthly figures, sensitivity and scenarios need every program input; the Results sheet says why they are absent.
  if (program) {
    sheets.push(monthlySheet(program.result, t, format.currency), sensitivitySheet(program.inputs, t), scenariosSheet(state, program.inputs, t, unit));
  }
  sheets.push(...evaluationSheets(state, evaluation, t, context), conclusionsSheet(state, t));
  return sheets;
}

function inputsSheet(state: RoiState, t: T, unit: (kind: Unit) => string): SheetSpec {
  const { margin, discount, expectedVolumeChange } = state.discount;
  const rows: CellValue[][] = [
    [t('export.parameter'), t('export.value'), t('export.unit')],
    [t('export.section.discount'), null, null],
    [t('discount.margin'), inputCell(margin, 'share'), unit('share')],
    [t('discount.discount'), inputCell(discount, 'share'), unit('share')],
    [t('discount.expected'), inputCell(expectedVolumeChange, 'share'), unit('share')],
    [t('export.section.program'), null, null],
    // Cast: PROGRAM_UNITS is a literal record with exactly the draft's keys.
    ...(Object.keys(PROGRAM_UNITS) as (keyof ProgramInputsDraft)[]).map((key): CellValue[] => [
      t(`economics.${key}`),
      inputCell(state.program[key], PROGRAM_UNITS[key]),
      unit(PROGRAM_UNITS[key]),
    ]),
  ];
  return { name: t('export.sheet.inputs'), rows, columnWidths: [40, 24, 24] };
}

function resultsSheet(state: RoiState, t: T, unit: (kind: Unit) => string, format: ExportContext['format'], result: ProgramResult | null): SheetSpec {
  const rows: CellValue[][] = [[t('export.parameter'), t('export.value'), t('export.unit')], [t('export.section.discount'), null, null]];
  const { margin, discount, expectedVolumeChange } = state.discount;
  if (margin === null || discount === null) {
    rows.push([t('discount.missing'), null, null]);
  } else {
    const breakEven = discountBreakEven(margin, discount);
    const verdict = discountVerdict(margin, discount);
    const required = breakEven.kind === 'ok' ? breakEven.requiredVolumeChange : null;
    rows.push([t('export.requiredVolume'), required === null ? t('discount.suicidalValue') : uplift(required), required === null ? null : unit('share')]);
    if (expectedVolumeChange !== null) {
      rows.push([t('export.profitChange'), uplift(grossProfitChange(margin, discount, expectedVolumeChange)), unit('share')]);
    }
    if (verdict === 'invalid') {
      rows.push([t('export.verdict'), t(breakEven.kind === 'invalid' && breakEven.reason === 'margin-out-of-range' ? 'discount.invalid.margin' : 'discount.invalid.discount'), null]);
    } else {
      const params = { margin: format.percent(margin), discount: format.percent(discount), required: required === null ? '' : format.percent(required) };
      rows.push([t('export.verdict'), t(`discount.verdict.${verdict}`, params), null]);
    }
  }

  rows.push([t('export.section.program'), null, null]);
  if (result === null) {
    rows.push([t('export.incomplete'), null, null]);
    return { name: t('export.sheet.results'), rows, columnWidths: [44, 24, 16] };
  }
  const currency = unit('money');
  const breakEven = (target: BreakEvenUplift): CellValue => (target.kind === 'reachable' ? uplift(target.uplift) : t('results.unreachable'));
  rows.push(
    [t('results.gain'), money(result.incrementalGrossProfit), currency],
    [t('breakdown.rewardsIncremental'), money(result.rewardCostIncremental), currency],
    [t('breakdown.rewardsBaseline'), money(result.rewardCostBaseline), currency],
    [t('breakdown.fixed'), money(result.fixedCost), currency],
    [t('breakdown.members'), money(result.memberCost), currency],
    [t('results.cost'), money(result.programCost), currency],
    [t('results.net'), money(result.net), currency],
    [t('results.roi'), result.roi === null ? t('results.roiNone') : uplift(result.roi), result.roi === null ? null : unit('share')],
    [t('results.payback'), result.paybackMonth ?? t('results.paybackNever'), result.paybackMonth === null ? null : t('export.unit.month')],
    [t('results.breakEvenFrequency'), breakEven(result.breakEven.frequencyUplift), result.breakEven.frequencyUplift.kind === 'reachable' ? unit('share') : null],
    [t('results.breakEvenCheck'), breakEven(result.breakEven.checkUplift), result.breakEven.checkUplift.kind === 'reachable' ? unit('share') : null],
    [t('results.baselineShare'), share(result.shareOfRewardsOnBaseline), unit('share')],
  );
  return { name: t('export.sheet.results'), rows, columnWidths: [44, 24, 16] };
}

function monthlySheet({ months }: ProgramResult, t: T, currency: string): SheetSpec {
  const header = [t('export.month'), ...MONTH_COLUMNS.map((column) => `${t(`export.col.${column}`)}, ${currency}`)];
  const rows: CellValue[][] = [header, ...months.map((month) => [month.month, ...MONTH_COLUMNS.map((column) => money(month[column]))])];
  return { name: t('export.sheet.monthly'), rows };
}

function sensitivitySheet(inputs: ProgramInputs, t: T): SheetSpec {
  const bars = tornado(inputs);
  const rows: CellValue[][] = [
    [t('sensitivity.input'), t('sensitivity.base'), t('export.roiAt', { name: t('sensitivity.low') }), t('export.roiAt', { name: t('sensitivity.high') }), t('sensitivity.swing')],
    // As the tornado chart labels them: the ROI at each end signed, the swing between them as a plain width.
    ...bars.map((bar): CellValue[] => [t(`economics.${bar.key}`), uplift(bar.base), uplift(bar.low), uplift(bar.high), share(bar.swing)]),
  ];
  return { name: t('export.sheet.sensitivity'), rows, columnWidths: [36, 28, 28, 28, 28] };
}

function scenariosSheet(state: RoiState, inputs: ProgramInputs, t: T, unit: (kind: Unit) => string): SheetSpec {
  const overrides = scenarioOverrides(state.scenarios, inputs);
  const results = scenarioResults(inputs, overrides);
  const header: CellValue[] = [t('export.parameter'), ...SCENARIO_IDS.map((id) => t(`sensitivity.scenario.${id}`)), t('export.unit')];
  const paramRows = SCENARIO_PARAMS.map((param): CellValue[] => [
    t(`economics.${param}`),
    ...SCENARIO_IDS.map((id) => inputCell(overrides[id][param] ?? inputs[param], PROGRAM_UNITS[param])),
    unit(PROGRAM_UNITS[param]),
  ]);
  const resultRow = (label: string, pick: (result: ProgramResult) => CellValue, unitText: string | null): CellValue[] => [
    label,
    ...SCENARIO_IDS.map((id) => pick(results[id])),
    unitText,
  ];
  const rows: CellValue[][] = [
    header,
    ...paramRows,
    resultRow(t('results.gain'), (result) => money(result.incrementalGrossProfit), unit('money')),
    resultRow(t('results.cost'), (result) => money(result.programCost), unit('money')),
    resultRow(t('results.net'), (result) => money(result.net), unit('money')),
    resultRow(t('results.roi'), (result) => uplift(result.roi), unit('share')),
    resultRow(t('results.payback'), (result) => result.paybackMonth ?? t('sensitivity.never'), t('export.unit.month')),
  ];
  return { name: t('export.sheet.scenarios'), rows, columnWidths: [36, 18, 18, 18, 24] };
}

function conclusionsSheet(state: RoiState, t: T): SheetSpec {
  const { decision, notes, nextSteps } = state.conclusions;
  const rows: CellValue[][] = [
    [t('export.parameter'), t('export.value')],
    [t('export.decision'), t(`conclusions.decision.${decision}`)],
    [t('conclusions.notes'), notes],
    [t('conclusions.nextSteps'), nextSteps],
  ];
  return { name: t('export.sheet.conclusions'), rows, columnWidths: [28, 80] };
}
