import { moneyCell, percentCell, type CellValue, type SheetSpec } from '../../../src/data/sheet';
import { translator } from '../../../src/i18n/translate';
import type { ExportContext } from '../../../src/workbook/contract';
import type { PromoProductState } from '../state';
import { conclusionsMessages } from '../messages/conclusions';
import type { BreakEven } from '../model/promoEconomics';
import { bundleDiscount, keptBundleFigures, keptSwitchFigures } from '../analysis/bundlesFigures';
import { chosenPromo } from '../steps/candidates/chosenPromo';
import { joinItems } from '../steps/bundles/shared';
import type { CandidatesExportData } from './candidates';
import type { BundlesExportData } from './bundles';
import { exportItemName } from './source';

/**
 * The conclusions sheet: the exercise's decisions on one sheet, as the step shows them: the promo product with its
 * terms and break-evens, the bundles and switches with their effect, the price indicators, the notes.
 */
export function conclusionsSheets(state: PromoProductState, candidates: CandidatesExportData, bundles: BundlesExportData, { locale }: Pick<ExportContext, 'locale'>): SheetSpec[] {
  const t = translator(conclusionsMessages, locale);
  const name = exportItemName(candidates.origin, locale);
  const breakEvenCell = (value: BreakEven | null): CellValue => (value === null ? null : value.kind === 'suicidal' ? t('conclusions.suicidal') : percentCell(value.volumeChange, 1, { signed: true }));
  const rows: CellValue[][] = [[t('conclusions.promoTitle')]];
  const chosen = candidates.figures === null ? null : chosenPromo(candidates.figures, state.promo, state.priceIndicators);
  if (state.promo.chosen === null) rows.push([t('conclusions.promoNone')]);
  else {
    rows.push([t('conclusions.product'), name(state.promo.chosen)], [t('conclusions.discount'), percentCell(state.promo.discount / 100)]);
    if (chosen?.kind === 'ready') {
      const expected = chosen.economics.expected;
      rows.push(
        [t('conclusions.margin'), percentCell(chosen.margin)],
        [t('conclusions.breakEven'), breakEvenCell(chosen.economics.breakEven)],
        [t('conclusions.breakEvenHalo'), breakEvenCell(chosen.economics.breakEvenWithHalo)],
        [t('conclusions.expectedChange'), chosen.inputs.expectedVolumeChange === null ? t('conclusions.notEstimated') : percentCell(chosen.inputs.expectedVolumeChange, 1, { signed: true })],
        [t('conclusions.profitChange'), moneyCell(expected?.profitChangeWithHalo ?? expected?.profitChange ?? null, 0, { signed: true })],
      );
      if (chosen.indicator) rows.push([t('conclusions.reading.indicator', { product: name(chosen.label) })]);
    } else if (chosen?.kind === 'missing') rows.push([t('conclusions.missing', { product: name(chosen.label) })]);
  }

  rows.push([], [t('conclusions.bundlesTitle')]);
  if (state.bundles.length === 0) rows.push([t('conclusions.bundlesNone')]);
  else {
    rows.push([t('conclusions.bundle'), t('conclusions.discount'), t('conclusions.bundlePrice'), t('conclusions.takeUp'), t('conclusions.effect')]);
    const figures = bundles.result === null ? null : keptBundleFigures(state, bundles.result);
    state.bundles.forEach((bundle, index) => {
      const economics = figures?.[index]?.figures?.economics ?? null;
      rows.push([
        joinItems(bundle.items, name),
        percentCell(bundleDiscount(bundle) / 100),
        moneyCell(economics?.price ?? bundle.price, 2),
        bundle.takeUp === null ? null : percentCell(bundle.takeUp / 100),
        figures !== null && figures[index]?.figures === null ? t('conclusions.gone') : moneyCell(economics?.effect ?? null, 0, { signed: true }),
      ]);
    });
  }

  rows.push([], [t('conclusions.switchesTitle')]);
  if (state.switches.length === 0) rows.push([t('conclusions.switchesNone')]);
  else {
    rows.push([t('conclusions.switch'), t('conclusions.switchRate'), t('conclusions.gain')]);
    const figures = bundles.result === null ? null : keptSwitchFigures(state, bundles.result);
    state.switches.forEach((proposal, index) => {
      const gain = figures?.[index]?.figures?.gain ?? null;
      rows.push([
        `${name(proposal.from)} → ${name(proposal.to)}`,
        proposal.switchRate === null ? null : percentCell(proposal.switchRate / 100),
        figures !== null && figures[index]?.figures === null ? t('conclusions.gone') : moneyCell(gain, 0, { signed: true }),
      ]);
    });
  }

  rows.push([], [t('conclusions.indicatorsTitle')]);
  if (state.priceIndicators.length === 0) rows.push([t('conclusions.indicatorsNone')]);
  else {
    for (const label of state.priceIndicators) rows.push([name(label)]);
    rows.push([t('conclusions.indicatorsAdvice')]);
  }
  rows.push([], [t('conclusions.notes'), state.conclusions.notes.trim() === '' ? null : state.conclusions.notes]);
  return [{ name: t('conclusions.export.sheet'), rows, columnWidths: [46, 14, 16, 16, 18] }];
}
