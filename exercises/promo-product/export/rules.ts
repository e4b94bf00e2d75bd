import { decimalCell, percentCell, type CellValue, type SheetSpec } from '../../../src/data/sheet';
import { translator } from '../../../src/i18n/translate';
import type { ExportContext } from '../../../src/workbook/contract';
import { createAnalysisContext, type AnalysisContext } from '../../../src/workbook/analysis/context';
import { analyseRules, type RulesAnalysisResult, type RulesRequest } from '../analysis/rulesAnalysis';
import type { ReceiptsSource } from '../analysis/baskets';
import { exportItemName, exportReceiptsSource, originOf } from './source';
import { rulesMessages } from '../messages/rules';
import { rulesResultsMessages } from '../messages/rulesResults';
import type { PromoProductState } from '../state';
import { ruleNames, visibleRules } from '../steps/rules/ruleText';

/** What the rules' sheets show, found as the step finds it: the participant's receipts, else the demo store when the exercise runs on it. */
export interface RulesExportData {
  origin: 'imported' | 'demo' | 'none';
  /** null: nothing to analyse. */
  result: RulesAnalysisResult | null;
}

/**
 * Step 3's figures for the export, through the analysis its worker runs, here in the page. `analysis` may be
 * shared with the other parts' loaders, so the receipts are read and the baskets built once for the whole export.
 */
export async function loadRulesExportData(state: PromoProductState, context: ExportContext, analysis: AnalysisContext = createAnalysisContext(() => undefined).context): Promise<RulesExportData> {
  const source = exportReceiptsSource(state, context);
  if (source === null) return { origin: 'none', result: null };
  return { origin: originOf(source), result: await analyseRules(rulesExportRequest(state, source), analysis) };
}

/** What the rules step's analysis is asked for the export: the participant's thresholds and "bought next" window. */
export function rulesExportRequest(state: PromoProductState, source: ReceiptsSource): RulesRequest {
  const { minSupport, minConfidence, minLift, maxLength, sequenceDays } = state.rules;
  return { baskets: { source, basket: state.receipts }, thresholds: { minSupport, minConfidence, minLift, maxLength }, sequenceDays };
}

/**
 * Two sheets: the rules as the step lists them (redundant ones left out when the participant hides them; items
 * named as on screen), strongest first, and the "bought next" pairs. A sheet says so when there is nothing to list.
 */
export function rulesSheets(state: PromoProductState, data: RulesExportData, { locale, format }: ExportContext): SheetSpec[] {
  const t = translator(rulesResultsMessages, locale);
  const tr = translator(rulesMessages, locale);
  const { minSupport, minConfidence, minLift, maxLength } = state.rules;
  const rows: CellValue[][] = [[t('rulesExport.thresholds', { support: minSupport, confidence: minConfidence, lift: minLift, length: maxLength })], []];
  const sequenceRows: CellValue[][] = [];
  const result = data.result;
  const sheets = () => [
    { name: t('rulesExport.sheet'), rows, columnWidths: [40, 32, 12, 14, 10, 10, 12] },
    { name: t('rulesExport.sequenceSheet'), rows: sequenceRows, columnWidths: [32, 32, 14, 18, 10, 22, 14] },
  ];
  if (result === null || result.kind === 'receiptsUnreadable') {
    const note = result === null ? t('rulesExport.noReceipts') : t('rulesExport.unreadable');
    rows.push([note]);
    sequenceRows.push([note]);
    return sheets();
  }
  // The step's naming rule (useItemName): demo codes in the language, a participant's labels as written.
  const name = exportItemName(data.origin, locale);
  const { outcome } = result;
  if (outcome.kind === 'singleItems') rows.push([tr('rules.singleItems')]);
  else if (outcome.kind === 'none') rows.push([tr('rules.none')], [tr('rules.none.support', { support: format.percent(outcome.suggestion.bestPairSupport, 2) })]);
  else {
    if (outcome.kind === 'tooMany') rows.push([tr('rules.tooMany', { max: result.rules.length })]);
    rows.push([
      t('rulesTable.antecedent'),
      t('rulesTable.consequent'),
      t('rulesTable.support'),
      t('rulesTable.confidence'),
      t('rulesTable.lift'),
      t('rulesTable.count'),
      t('rulesExport.redundant'),
    ]);
    const shown = new Set(visibleRules(result.rules, result.redundant, state.rules.hideRedundant));
    result.rules.forEach((rule, index) => {
      if (!shown.has(rule)) return;
      const names = ruleNames(rule, result.items, name, tr('rules.and'));
      rows.push([names.antecedent, names.consequent, percentCell(rule.support, 2), percentCell(rule.confidence, 1), decimalCell(rule.lift, 2), rule.count, result.redundant[index] ? t('rulesExport.yes') : null]);
    });
  }

  const sequences = result.sequences;
  if (sequences.kind === 'noCustomers') sequenceRows.push([t('rulesSeq.noCustomers')]);
  else if (sequences.kind === 'noDates') sequenceRows.push([t('rulesSeq.noDates')]);
  else if (sequences.kind === 'noReturns') sequenceRows.push([t('rulesSeq.noReturns', { customers: sequences.customers, days: state.rules.sequenceDays })]);
  else {
    sequenceRows.push([t('rulesSeq.summary', { customers: sequences.customers, returning: sequences.returning, days: sequences.days })], []);
    sequenceRows.push([t('rulesSeq.first'), t('rulesSeq.then'), t('rulesSeq.customers'), t('rulesSeq.share'), t('rulesSeq.lift'), t('rulesExport.visits'), t('rulesExport.firstBuyers')]);
    for (const pair of sequences.pairs) {
      sequenceRows.push([name(result.items[pair.first] ?? ''), name(result.items[pair.then] ?? ''), pair.count, percentCell(pair.share, 1), decimalCell(pair.lift, 2), pair.visits, pair.firstBuyers]);
    }
  }
  return sheets();
}
