/**
 * Every step's figures for the Excel export, in one worker (export.worker.ts): the overview, ABC/XYZ with every
 * customer's classes, RFM with every customer's scores, the value model's table, the matrices' places, the
 * at-risk list and the directions, all from one reading of the sales. The page builds the requests from the
 * participant's settings and writes the sheets from the answer.
 */
import type { AnalysisContext } from '../../../src/workbook/analysis/context';
import type { AbcSettings, MatrixSettings, RfmBinning, WarningSettings } from '../state';
import type { ScoreRanges } from '../../../src/customers/rfmSegments';
import type { BaseRequest } from '../../../src/customers/read';
import { analyseOverview, type OverviewResult } from './overviewAnalysis';
import { analyseAbcXyzForExport, type AbcXyzExportResult } from './abcXyzAnalysis';
import { rfmCustomerTable, type RfmExportData } from './rfmAnalysis';
import { analyseValue, type ValueRequest, type ValueResult } from './valueAnalysis';
import { analyseMatrices, matricesCustomerTable, type MatricesResult, type MatrixCustomerPlaces } from './matricesAnalysis';
import { analyseWarningsForExport, type WarningsExportResult } from './warningsAnalysis';
import { analysePriorities, type PrioritiesRequest, type PrioritiesResult } from './prioritiesAnalysis';

export interface ExportRequest {
  base: BaseRequest;
  abc: AbcSettings;
  rfm: { binning: RfmBinning; rules: ScoreRanges[] };
  value: ValueRequest;
  matrices: MatrixSettings;
  warnings: WarningSettings;
  priorities: PrioritiesRequest;
}

export interface ExportFigures {
  overview: OverviewResult;
  abcXyz: AbcXyzExportResult;
  rfm: RfmExportData;
  value: ValueResult;
  matrices: { result: MatricesResult; customers: MatrixCustomerPlaces[] };
  warnings: WarningsExportResult;
  priorities: PrioritiesResult;
}

export async function analyseExport(request: ExportRequest, context: AnalysisContext): Promise<ExportFigures> {
  const { base } = request;
  const step = (fraction: number) => context.progress(fraction);
  const overview = await analyseOverview(base, context);
  const abcXyz = await analyseAbcXyzForExport({ ...base, settings: request.abc }, context);
  step(0.2);
  const rfm = await rfmCustomerTable({ ...base, ...request.rfm }, context);
  const warnings = await analyseWarningsForExport({ ...base, settings: request.warnings }, context);
  step(0.35);
  const matricesResult = await analyseMatrices({ ...base, lines: request.matrices, list: null }, context);
  const matrices = { result: matricesResult, customers: matricesResult.kind === 'ready' ? await matricesCustomerTable({ ...base, lines: request.matrices }, context) : [] };
  step(0.5);
  const value = await analyseValue(request.value, context);
  step(0.85);
  const priorities = await analysePriorities(request.priorities, context);
  return { overview, abcXyz, rfm, value, matrices, warnings, priorities };
}
