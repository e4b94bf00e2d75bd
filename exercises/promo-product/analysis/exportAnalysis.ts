/**
 * Every step's figures for the Excel export in one run, in one worker (export.worker.ts): the receipts are read and
 * turned into baskets once for all the sheets, and a million lines never block the page while the file is written.
 */
import type { AnalysisContext } from '../../../src/workbook/analysis/context';
import type { BasketRequest } from './baskets';
import { analyseReceipts, type ReceiptsAnalysisResult } from './receiptsAnalysis';
import { analyseIndicators, type IndicatorsResult } from './indicatorsAnalysis';
import { analyseRules, type RulesAnalysisResult, type RulesRequest } from './rulesAnalysis';
import { analyseCandidates, type CandidatesAnalysisResult } from './candidatesAnalysis';
import { analyseBundles, type BundlesRequest, type BundlesResult } from './bundlesAnalysis';

export interface ExportRequest {
  receipts: BasketRequest;
  rules: RulesRequest;
  chosen: string | null;
  bundles: BundlesRequest;
}

export interface ExportFigures {
  receipts: ReceiptsAnalysisResult;
  indicators: IndicatorsResult;
  rules: RulesAnalysisResult;
  candidates: CandidatesAnalysisResult;
  bundles: BundlesResult;
}

export async function analyseForExport(request: ExportRequest, context: AnalysisContext): Promise<ExportFigures> {
  const receipts = await analyseReceipts(request.receipts, context);
  context.progress(0.2);
  const indicators = await analyseIndicators(request.receipts, context);
  context.progress(0.4);
  const rules = await analyseRules(request.rules, context);
  context.progress(0.6);
  const candidates = await analyseCandidates({ receipts: request.receipts, chosen: request.chosen }, context);
  context.progress(0.8);
  const bundles = await analyseBundles(request.bundles, context);
  return { receipts, indicators, rules, candidates, bundles };
}
