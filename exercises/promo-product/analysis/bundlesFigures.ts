/**
 * The figures the bundles step, its reading and its export show, from the analysis's result and the participant's
 * choices: one place, so the screen and the workbook always say the same.
 */
import type { BundleProposal, PromoProductState, SwitchProposal } from '../state';
import { DEFAULT_BUNDLE_DISCOUNT, bundleEconomics, type BundleCandidate, type BundleEconomics } from '../model/bundles';
import { switchGain, type ItemFigures, type SwitchFigures } from '../model/switching';
import type { BundlesResult } from './bundlesAnalysis';

export type ReadyBundles = Extract<BundlesResult, { kind: 'ready' }>;

/** The switch rate a new pair starts with, %: a modest guess the participant replaces. */
export const DEFAULT_SWITCH_RATE = 10;
/** A new bundle's take-up starts this many points above today's share of the lead's receipts. */
export const TAKE_UP_HEADROOM = 5;

/** state.promo.assumedMargin is a percentage as typed; the model takes shares. */
export const assumedMarginShare = (state: PromoProductState) => (state.promo.assumedMargin === null ? null : state.promo.assumedMargin / 100);

/** A bundle's discount as a percentage: its own, else the default. */
export const bundleDiscount = (bundle: BundleProposal) => bundle.discount ?? DEFAULT_BUNDLE_DISCOUNT;

/** The same bundle whatever the order of its items. */
export const bundleKey = (items: readonly string[]) => [...items].sort().join('\u0000');

export interface ProposalFigures {
  candidate: BundleCandidate;
  labels: string[];
  economics: BundleEconomics;
}

/** A proposal at the default discount, before any take-up is guessed. */
export function proposalFigures(result: ReadyBundles, candidate: BundleCandidate, discountPercent: number, assumedMargin: number | null): ProposalFigures {
  const items = candidate.items.map((id) => result.items[id] as ItemFigures); // Cast: candidate ids index the result's items.
  return {
    candidate,
    labels: items.map((item) => item.label),
    economics: bundleEconomics({ items, count: candidate.count, leadCount: candidate.leadCount, discount: discountPercent / 100, price: null, takeUp: null, assumedMargin }),
  };
}

/** What the participant's bundle adds to state.bundles: its items (lead first) at the chosen discount, take-up a little above today's. */
export function newBundle(candidate: BundleCandidate, labels: string[], discountPercent: number): BundleProposal {
  const today = candidate.leadCount > 0 ? (candidate.count / candidate.leadCount) * 100 : 0;
  return { items: labels, price: null, discount: discountPercent, takeUp: Math.min(100, Math.ceil(today) + TAKE_UP_HEADROOM) };
}

export interface KeptBundleFigures {
  bundle: BundleProposal;
  /** null: an item is no longer in the receipts. */
  figures: { items: ItemFigures[]; count: number; leadCount: number; lift: number | null; economics: BundleEconomics } | null;
}

export function keptBundleFigures(state: PromoProductState, result: ReadyBundles): KeptBundleFigures[] {
  const byLabel = new Map(result.items.map((item) => [item.label, item]));
  const assumedMargin = assumedMarginShare(state);
  return state.bundles.map((bundle, index) => {
    const counts = result.kept[index] ?? null;
    const items = bundle.items.map((label) => byLabel.get(label));
    if (counts === null || items.some((item) => item === undefined)) return { bundle, figures: null };
    const known = items as ItemFigures[]; // Cast: every item was found.
    const economics = bundleEconomics({
      items: known,
      count: counts.count,
      leadCount: counts.leadCount,
      discount: bundleDiscount(bundle) / 100,
      price: bundle.price,
      takeUp: bundle.takeUp === null ? null : bundle.takeUp / 100,
      assumedMargin,
    });
    return { bundle, figures: { items: known, count: counts.count, leadCount: counts.leadCount, lift: counts.lift, economics } };
  });
}

export interface KeptSwitchFigures {
  proposal: SwitchProposal;
  figures: SwitchFigures | null;
}

export function keptSwitchFigures(state: PromoProductState, result: ReadyBundles): KeptSwitchFigures[] {
  const byLabel = new Map(result.items.map((item) => [item.label, item]));
  const assumedMargin = assumedMarginShare(state);
  return state.switches.map((proposal) => {
    const from = byLabel.get(proposal.from);
    const to = byLabel.get(proposal.to);
    if (!from || !to) return { proposal, figures: null };
    return { proposal, figures: switchGain(from, to, proposal.switchRate === null ? null : proposal.switchRate / 100, assumedMargin) };
  });
}

/** The sum of the known figures, or null when none is known. */
export function knownSum(values: readonly (number | null)[]): number | null {
  const known = values.filter((value): value is number => value !== null);
  return known.length === 0 ? null : known.reduce((sum, value) => sum + value, 0);
}
