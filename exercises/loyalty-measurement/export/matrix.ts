import { daysToIsoDate } from '../../../src/data/columnar';
import { salesSpec } from '../../../src/data/salesSpec';
import { dateCell, percentCell, type CellValue, type SheetSpec } from '../../../src/data/sheet';
import { translator } from '../../../src/i18n/translate';
import { runAnalysisOnce } from '../../../src/workbook/analysis/runAnalysis';
import type { DatasetRef } from '../../../src/workbook/analysis/context';
import type { ExportContext } from '../../../src/workbook/contract';
import { datasetLocation } from '../../../src/workbook/exerciseData';
import { LOYALTY_EXERCISE_ID, surveyDatasetKey } from '../inputs';
import { DICK_BASU_CELLS, type LoyaltyState } from '../state';
import { checkEstimatedShares, type CellCounts, type DickBasuResult } from '../model/dickBasu';
import { matrixAnalysis } from '../analysis/matrixSource';
import { matrixRequest } from '../analysis/matrixRequest';
import { matrixMessages } from '../messages/matrix';

/** What the sheet shows: the measured matrix, or else the participant's estimate, as the step decides. */
type MatrixFigures =
  | { kind: 'measured'; result: DickBasuResult; demo: boolean }
  | { kind: 'estimated'; shares: CellCounts }
  | { kind: 'none' };

async function matrixFigures(state: LoyaltyState, context: ExportContext): Promise<{ figures: MatrixFigures; unreadable: boolean }> {
  const salesSummary = context.datasets.summary(salesSpec);
  const salesLocation = datasetLocation(LOYALTY_EXERCISE_ID, salesSpec);
  const sales: DatasetRef | null = salesSummary ? { exerciseId: salesLocation.owner, specId: salesLocation.id, importedAt: salesSummary.importedAt } : null;
  const surveyFiles = state.survey.files.map((file) => {
    const summary = context.datasets.own[surveyDatasetKey(file.id)];
    return summary ? { exerciseId: LOYALTY_EXERCISE_ID, specId: surveyDatasetKey(file.id), importedAt: summary.importedAt } : null;
  });
  const { sources, request } = matrixRequest(state, sales, surveyFiles);
  let unreadable = false;
  if (request !== null) {
    try {
      const analysed = await runAnalysisOnce(matrixAnalysis, request);
      if (analysed.kind === 'ready' && analysed.result.matched > 0) {
        return { figures: { kind: 'measured', result: analysed.result, demo: sources.survey === 'demo' || sources.sales === 'demo' }, unreadable: false };
      }
      unreadable = analysed.kind === 'salesUnreadable';
    } catch {
      unreadable = true;
    }
  }
  const check = checkEstimatedShares(state.matrix.estimatedShares);
  return { figures: check.kind === 'ok' ? { kind: 'estimated', shares: check.shares } : { kind: 'none' }, unreadable };
}

/**
 * The Dick & Basu sheet: where the figures come from (measured, on demo data, or estimated), customers and share per
 * quadrant, the participant's action beside our suggestion, the advocates, and the rules the matrix was drawn by.
 */
export async function matrixSheets(state: LoyaltyState, context: ExportContext): Promise<SheetSpec[]> {
  const t = translator(matrixMessages, context.locale);
  const { figures, unreadable } = await matrixFigures(state, context);
  const measured = figures.kind === 'measured' ? figures.result : null;
  const shares = measured ? measured.shares : figures.kind === 'estimated' ? figures.shares : null;
  const source =
    figures.kind === 'measured' ? (figures.demo ? 'matrix.export.source.measuredDemo' : 'matrix.export.source.measured') : figures.kind === 'estimated' ? 'matrix.export.source.estimated' : 'matrix.export.source.none';
  const rows: CellValue[][] = [[t('matrix.export.source'), t(source)]];
  if (unreadable) rows.push([t('matrix.export.unreadable')]);
  rows.push([]);
  rows.push([t('matrix.export.group'), t('matrix.export.profile'), t('matrix.export.customers'), t('matrix.export.share'), t('matrix.export.action'), t('matrix.export.suggestion')]);
  for (const cell of DICK_BASU_CELLS) {
    rows.push([
      t(`matrix.cell.${cell}.name`),
      t(`matrix.cell.${cell}.profile`),
      measured ? measured.counts[cell] : null,
      shares ? percentCell(shares[cell]) : null,
      state.matrix.actions[cell],
      t(`matrix.cell.${cell}.suggestion`),
    ]);
  }
  if (measured) {
    rows.push([t('matrix.export.advocates'), null, measured.advocates, percentCell(measured.advocates / measured.matched)]);
    rows.push([]);
    rows.push([t('matrix.export.rules')]);
    rows.push([t('matrix.export.attitudeRule'), t('matrix.export.attitudeRuleValue')]);
    rows.push([t('matrix.export.minPurchases'), measured.threshold.minPurchases]);
    rows.push([t('matrix.export.thresholdSource'), t(measured.threshold.source === 'median' ? 'matrix.export.thresholdMedian' : 'matrix.export.thresholdOwn')]);
    if (measured.window) {
      rows.push([t('matrix.export.windowFrom'), dateCell(daysToIsoDate(measured.window.from))]);
      rows.push([t('matrix.export.windowTo'), dateCell(daysToIsoDate(measured.window.to))]);
    }
    rows.push([]);
    rows.push([t('matrix.match.title')]);
    rows.push([t('matrix.match.answers'), measured.answers]);
    rows.push([t('matrix.match.matched'), measured.matched]);
    rows.push([t('matrix.match.withoutId'), measured.withoutId]);
    rows.push([t('matrix.match.notFound'), measured.notFound]);
    rows.push([t('matrix.match.duplicates'), measured.duplicates]);
    rows.push([t('matrix.match.noAttitude'), measured.noAttitude]);
  }
  return [{ name: t('matrix.export.sheet'), rows, columnWidths: [34, 34, 12, 10, 40, 60] }];
}
