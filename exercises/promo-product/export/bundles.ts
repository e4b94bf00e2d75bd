import { decimalCell, moneyCell, percentCell, type CellValue, type SheetSpec } from '../../../src/data/sheet';
import { translator } from '../../../src/i18n/translate';
import { runAnalysisOnce } from '../../../src/workbook/analysis/runAnalysis';
import type { ExportContext } from '../../../src/workbook/contract';
import type { ReceiptsSource } from '../analysis/baskets';
import { exportItemName, exportReceiptsSource, originOf } from './source';
import type { PromoProductState } from '../state';
import { type BundleEconomics, type BundleThresholds } from '../model/bundles';
import { expectedTogether } from '../model/switching';
import { bundlesAnalysis } from '../analysis/bundlesSource';
import type { BundlesRequest, BundlesResult } from '../analysis/bundlesAnalysis';
import { assumedMarginShare, bundleDiscount, keptBundleFigures, keptSwitchFigures, proposalFigures, type ReadyBundles } from '../analysis/bundlesFigures';
import { bundlesMessages } from '../messages/bundles';
import { switchingMessages } from '../messages/bundlesSwitching';
import type { ReceiptsOrigin } from '../steps/shared/useReceipts';

/** What the bundles sheets need besides the state: the step's analysis at the default search, and where the receipts came from. */
export interface BundlesExportData {
  origin: ReceiptsOrigin;
  /** null: no receipts, or they could not be read; the sheets then hold the participant's decisions only. */
  result: ReadyBundles | null;
  thresholds: BundleThresholds;
}

/** The step's analysis for the export, in a worker of its own, at the default search (the step's search is not saved). */
export async function loadBundlesExportData(state: PromoProductState, context: ExportContext): Promise<BundlesExportData> {
  const source = exportReceiptsSource(state, context);
  if (source === null) return bundlesExportData(state, context, null);
  let result: BundlesResult | null;
  try {
    result = await runAnalysisOnce(bundlesAnalysis, bundlesExportRequest(state, source));
  } catch {
    // The worker failed: the sheets still carry every decision, with a line saying the figures are missing.
    result = null;
  }
  return bundlesExportData(state, context, result);
}

/** The participant's search (state.bundleSearch, in %) as the model's shares. */
const bundleThresholds = (state: PromoProductState): BundleThresholds => ({ minSupport: state.bundleSearch.minSupport / 100, minLift: state.bundleSearch.minLift });

/** What the bundles step's analysis is asked for the export: the participant's search and bundles. */
export function bundlesExportRequest(state: PromoProductState, source: ReceiptsSource): BundlesRequest {
  return { receipts: { source, basket: state.receipts }, thresholds: bundleThresholds(state), assumedMargin: assumedMarginShare(state), kept: state.bundles.map((bundle) => bundle.items) };
}

/** The sheets' data from an analysis already run (the whole export's, in one worker); null: none ran or it failed. */
export function bundlesExportData(state: PromoProductState, context: ExportContext, result: BundlesResult | null): BundlesExportData {
  return { origin: originOf(exportReceiptsSource(state, context)), result: result?.kind === 'ready' ? result : null, thresholds: bundleThresholds(state) };
}

const percentOrNull = (value: number | null) => (value === null ? null : percentCell(value / 100));
const breakEvenCell = (economics: BundleEconomics, never: string): CellValue =>
  economics.breakEven === null ? null : economics.breakEven.kind === 'never' ? never : percentCell(economics.breakEven.share);

/**
 * Two sheets: "Bundles" (the participant's bundles with price, margin, take-up, bundles sold, cannibalisation and
 * effect; then the proposals at the participant's search and discount) and "Switching" (the participant's pairs with
 * their gain; then the suggested substitute pairs).
 */
export function bundlesSheets(state: PromoProductState, data: BundlesExportData, context: ExportContext): SheetSpec[] {
  const t = translator(bundlesMessages, context.locale);
  const ts = translator(switchingMessages, context.locale);
  const name = exportItemName(data.origin, context.locale);
  const joined = (labels: readonly string[]) => labels.map(name).join(' + ');
  const { result } = data;
  const assumedMargin = assumedMarginShare(state);

  const bundleRows: CellValue[][] = [];
  if (result === null) bundleRows.push([ts('bundles.export.noData')], []);
  bundleRows.push([ts('bundles.export.thresholds'), percentCell(data.thresholds.minSupport, 2), decimalCell(data.thresholds.minLift, 1)]);
  bundleRows.push([ts('bundles.export.assumedMargin'), percentOrNull(state.promo.assumedMargin)]);
  bundleRows.push([]);
  bundleRows.push([ts('bundles.export.kept')]);
  bundleRows.push([
    t('bundles.col.items'),
    ts('bundles.export.lead'),
    t('bundles.col.together'),
    t('bundles.col.lift'),
    t('bundles.col.today'),
    t('bundles.col.regular'),
    ts('bundles.export.discount'),
    t('bundles.col.price'),
    t('bundles.col.margin'),
    ts('bundles.export.takeUp'),
    ts('bundles.export.sold'),
    ts('bundles.export.new'),
    ts('bundles.export.cannibalised'),
    ts('bundles.export.cannibalisedMargin'),
    ts('bundles.export.effect'),
    ts('bundles.export.breakEven'),
  ]);
  const kept = result ? keptBundleFigures(state, result) : state.bundles.map((bundle) => ({ bundle, figures: null }));
  for (const { bundle, figures } of kept) {
    const decisions = { discount: percentCell(bundleDiscount(bundle) / 100), takeUp: percentOrNull(bundle.takeUp) };
    if (figures === null) {
      bundleRows.push([joined(bundle.items), name(bundle.items[0] ?? ''), result ? ts('bundles.export.missing') : null, null, null, null, decisions.discount, moneyCell(bundle.price, 2), null, decisions.takeUp]);
      continue;
    }
    const economics = figures.economics;
    bundleRows.push([
      joined(bundle.items),
      name(bundle.items[0] ?? ''),
      figures.count,
      decimalCell(figures.lift, 1),
      percentCell(economics.todayShare),
      moneyCell(economics.regularPrice, 2),
      percentCell(economics.discount),
      moneyCell(economics.price, 2),
      moneyCell(economics.bundleMargin, 2),
      decisions.takeUp,
      economics.bundlesSold === null ? null : decimalCell(economics.bundlesSold, 0),
      economics.newBundles === null ? null : decimalCell(economics.newBundles, 0),
      economics.cannibalised,
      moneyCell(economics.cannibalisedMargin === null ? null : -economics.cannibalisedMargin, 0, { signed: true }),
      moneyCell(economics.effect, 0, { signed: true }),
      breakEvenCell(economics, t('bundles.never')),
    ]);
  }
  if (result && result.search.kind === 'bundles') {
    bundleRows.push([]);
    bundleRows.push([ts('bundles.export.proposals'), null, null, null, null, null, percentCell(state.bundleSearch.discount / 100)]);
    bundleRows.push([t('bundles.col.rank'), t('bundles.col.items'), ts('bundles.export.lead'), t('bundles.col.together'), t('bundles.col.lift'), t('bundles.col.today'), t('bundles.col.regular'), t('bundles.col.price'), t('bundles.col.margin'), t('bundles.col.breakEven')]);
    result.search.candidates.forEach((candidate, rank) => {
      const { labels, economics } = proposalFigures(result, candidate, state.bundleSearch.discount, assumedMargin);
      bundleRows.push([
        rank + 1,
        joined(labels),
        name(labels[0] ?? ''),
        candidate.count,
        decimalCell(candidate.lift, 1),
        percentCell(economics.todayShare),
        moneyCell(economics.regularPrice, 2),
        moneyCell(economics.price, 2),
        moneyCell(economics.bundleMargin, 2),
        breakEvenCell(economics, t('bundles.never')),
      ]);
    });
  } else if (result) bundleRows.push([], [t('bundles.proposals.tooMany')]);

  const switchRows: CellValue[][] = [[ts('switching.kept.title')]];
  switchRows.push([
    ts('bundles.export.from'),
    ts('bundles.export.to'),
    ts('switching.col.rate'),
    ts('bundles.export.fromMargin'),
    ts('bundles.export.toMargin'),
    ts('switching.col.perUnit'),
    ts('switching.col.units'),
    ts('switching.col.gain'),
  ]);
  const switches = result ? keptSwitchFigures(state, result) : state.switches.map((proposal) => ({ proposal, figures: null }));
  for (const { proposal, figures } of switches) {
    switchRows.push([
      name(proposal.from),
      name(proposal.to),
      percentOrNull(proposal.switchRate),
      moneyCell(figures?.fromMargin, 2),
      moneyCell(figures?.toMargin, 2),
      moneyCell(figures?.perUnit, 2, { signed: true }),
      figures ? decimalCell(figures.fromUnits, 0) : null,
      moneyCell(figures?.gain, 0, { signed: true }),
    ]);
  }
  if (result && result.substitutes.length > 0) {
    switchRows.push([]);
    switchRows.push([ts('bundles.export.suggestions')]);
    switchRows.push([ts('bundles.export.from'), ts('bundles.export.to'), ts('switching.col.category'), ts('switching.col.together'), ts('bundles.export.chance'), t('bundles.col.lift'), ts('switching.col.perUnit'), ts('switching.col.units'), ts('switching.col.atTen')]);
    for (const suggestion of result.substitutes) {
      const from = result.items[suggestion.from];
      const to = result.items[suggestion.to];
      if (!from || !to) continue;
      switchRows.push([
        name(from.label),
        name(to.label),
        name(suggestion.category),
        suggestion.together,
        decimalCell(expectedTogether(suggestion), 1),
        decimalCell(suggestion.lift, 2),
        moneyCell(suggestion.perUnit, 2),
        decimalCell(from.quantity, 0),
        moneyCell(suggestion.potential * 0.1, 0, { signed: true }),
      ]);
    }
  }
  return [
    { name: ts('bundles.export.sheet'), rows: bundleRows, columnWidths: [40, 24, 12, 8, 12, 12, 10, 12, 12, 10, 12, 10, 14, 16, 14, 14] },
    { name: ts('bundles.export.switchSheet'), rows: switchRows, columnWidths: [28, 28, 20, 12, 14, 10, 14, 16, 16] },
  ];
}
