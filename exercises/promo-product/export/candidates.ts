import { decimalCell, moneyCell, percentCell, type CellValue, type SheetSpec } from '../../../src/data/sheet';
import { translator } from '../../../src/i18n/translate';
import type { ExportContext } from '../../../src/workbook/contract';
import { createAnalysisContext } from '../../../src/workbook/analysis/context';
import { analyseCandidates, type CandidateFigures, type CandidatesAnalysisResult } from '../analysis/candidatesAnalysis';
import { exportItemName, exportReceiptsSource, originOf } from './source';
import { rankCandidates } from '../model/promo';
import { type BreakEven } from '../model/promoEconomics';
import { PROMO_SCORE_FACTORS, type PromoProductState } from '../state';
import { chosenPromo } from '../steps/candidates/chosenPromo';
import type { ReceiptsOrigin } from '../steps/shared/useReceipts';
import { candidatesMessages } from '../messages/candidates';

/** What the candidates' sheets show, found as the step finds it: the participant's receipts, else the demo store's when the exercise runs on it. */
export interface CandidatesExportData {
  origin: ReceiptsOrigin;
  /** null: nothing to analyse (no receipts and no demo, every line left out, or the stored receipts unreadable). */
  figures: CandidateFigures | null;
  unreadable: boolean;
}

/** The step's figures for the export, through the analysis the step's worker runs, here in the page. */
export async function loadCandidatesExportData(state: PromoProductState, context: ExportContext): Promise<CandidatesExportData> {
  const source = exportReceiptsSource(state, context);
  if (source === null) return candidatesExportData(state, context, null);
  return candidatesExportData(state, context, await analyseCandidates({ receipts: { source, basket: state.receipts }, chosen: state.promo.chosen }, createAnalysisContext(() => undefined).context));
}

/** The sheets' data from an analysis already run (the whole export's, in one worker); null: nothing to read. */
export function candidatesExportData(state: PromoProductState, context: ExportContext, result: CandidatesAnalysisResult | null): CandidatesExportData {
  const origin = originOf(exportReceiptsSource(state, context));
  if (result === null) return { origin, figures: null, unreadable: false };
  return { origin, figures: result.kind === 'ready' ? result.figures : null, unreadable: result.kind === 'receiptsUnreadable' };
}

/**
 * Two sheets: the ranked products with every part of the score (figure and place) under the weights used, and the
 * chosen product's promotion (inputs, break-evens alone and with the halo, the profit change, the companions).
 */
export function candidatesSheets(state: PromoProductState, data: CandidatesExportData, { locale }: ExportContext): SheetSpec[] {
  const t = translator(candidatesMessages, locale);
  const name = exportItemName(data.origin, locale);
  const promo = state.promo;
  const assumedMargin = promo.assumedMargin === null ? null : promo.assumedMargin / 100;
  const factorName = (factor: (typeof PROMO_SCORE_FACTORS)[number]) => t(`candidates.factor.${factor}`);

  const list: CellValue[][] = [[t('candidates.export.source'), t(`candidates.export.source.${data.origin}`)]];
  if (data.unreadable) list.push([t('candidates.export.unreadable')]);
  if (data.figures) list.push([t('candidates.export.receipts'), data.figures.receiptCount]);
  for (const factor of PROMO_SCORE_FACTORS) list.push([t('candidates.export.weight', { factor: factorName(factor) }), promo.weights[factor]]);
  list.push([t('candidates.export.method')], []);
  const ranking = data.figures ? rankCandidates(data.figures.items, promo.weights, assumedMargin) : null;
  if (ranking?.kind === 'noWeights') list.push([t('candidates.reading.noWeights')]);
  for (const factor of ranking?.unavailable ?? []) list.push([t(`candidates.unavailable.${factor}`)]);
  if (ranking?.kind === 'ranked') {
    list.push([
      t('candidates.col.rank'),
      t('candidates.col.product'),
      t('candidates.col.score'),
      t('candidates.export.indicator'),
      ...PROMO_SCORE_FACTORS.flatMap((factor) => [t('candidates.export.value', { factor: factorName(factor) }), t('candidates.export.place', { factor: factorName(factor) })]),
      t('candidates.export.marginAssumed'),
    ]);
    for (const row of ranking.rows) {
      list.push([
        row.rank,
        name(row.label),
        decimalCell(row.score, 0),
        state.priceIndicators.includes(row.label) ? t('candidates.export.yes') : null,
        percentCell(row.values.penetration),
        percentCell(row.parts.penetration, 0),
        decimalCell(row.values.pull, 2),
        percentCell(row.parts.pull, 0),
        percentCell(row.values.marginRoom),
        percentCell(row.parts.marginRoom, 0),
        decimalCell(row.values.frequency, 1),
        percentCell(row.parts.frequency, 0),
        row.marginAssumed ? t('candidates.export.yes') : null,
      ]);
    }
  }

  const economics: CellValue[][] = [[t('candidates.export.figure'), t('candidates.export.amount')]];
  economics.push([t('candidates.export.chosen'), promo.chosen === null ? t('candidates.export.notChosen') : name(promo.chosen)]);
  economics.push([t('economics.discount'), percentCell(promo.discount / 100)]);
  economics.push([t('economics.expected'), promo.expectedVolumeChange === null ? t('candidates.export.expectedNone') : percentCell(promo.expectedVolumeChange / 100, 1, { signed: true })]);
  economics.push([t('economics.haloShare'), percentCell(promo.haloShare / 100)]);
  if (assumedMargin !== null) economics.push([t('economics.assumedMargin'), percentCell(assumedMargin)]);
  const chosen = data.figures ? chosenPromo(data.figures, promo, state.priceIndicators) : null;
  if (chosen?.kind === 'missing') economics.push([t('economics.missing', { product: name(chosen.label) })]);
  if (chosen?.kind === 'noMargin') economics.push([t('economics.noMargin', { product: name(chosen.label) })]);
  if ((chosen?.kind === 'noMargin' || chosen?.kind === 'ready') && chosen.indicator) economics.push([t('economics.indicatorTitle', { product: name(chosen.label) }), t('economics.indicatorText')]);
  if (chosen?.kind === 'ready') {
    const { inputs, economics: result, factors, halo } = chosen;
    const volume = (breakEven: BreakEven) => (breakEven.kind === 'reachable' ? percentCell(breakEven.volumeChange, 1, { signed: true }) : t('economics.suicidalValue'));
    economics.push(
      [t('candidates.export.receipts'), factors.receipts],
      [t('economics.price'), moneyCell(factors.averagePrice, 2)],
      [t('economics.margin'), percentCell(inputs.margin), t(chosen.marginAssumed ? 'economics.marginNote.assumed' : 'economics.marginNote.data')],
      [t('economics.breakEven'), volume(result.breakEven)],
    );
    if (result.suicidal) economics.push([t('candidates.export.suicidal')]);
    if (result.breakEvenWithHalo) {
      economics.push(
        [t('economics.breakEvenHalo'), volume(result.breakEvenWithHalo)],
        [t('candidates.export.haloPerReceipt'), moneyCell(inputs.haloPerReceipt, 2)],
        [t('candidates.export.haloPerRevenue'), percentCell(result.haloPerRevenue)],
      );
    }
    if (result.baselineProfit !== null) economics.push([t('candidates.export.baselineProfit'), moneyCell(result.baselineProfit)]);
    if (result.expected) {
      economics.push([t('economics.profit'), result.expected.profitChange === null ? percentCell(result.expected.relative, 1, { signed: true }) : moneyCell(result.expected.profitChange, 0, { signed: true })]);
      if (result.expected.relativeWithHalo !== null) {
        economics.push([t('economics.profitHalo'), moneyCell(result.expected.profitChangeWithHalo, 0, { signed: true }), percentCell(result.expected.relativeWithHalo, 1, { signed: true })]);
      }
    }
    if (halo && halo.contributions.length > 0) {
      const product = name(chosen.label);
      economics.push([], [t('economics.halo.title')], [t('economics.halo.product'), t('economics.halo.confidence', { product }), t('economics.halo.support'), t('economics.halo.lift'), t('economics.halo.margin'), t('economics.halo.perReceipt')]);
      for (const row of halo.contributions) economics.push([name(row.label), percentCell(row.confidence), percentCell(row.support), decimalCell(row.lift, 1), moneyCell(row.marginPerReceipt, 2), moneyCell(row.perReceipt, 2)]);
    }
  }

  return [
    { name: t('candidates.export.sheet'), rows: list, columnWidths: [28, 32, 8, 14, ...PROMO_SCORE_FACTORS.flatMap(() => [14, 14]), 12] },
    { name: t('candidates.export.economicsSheet'), rows: economics, columnWidths: [48, 20, 20, 14, 10, 16, 16] },
  ];
}
