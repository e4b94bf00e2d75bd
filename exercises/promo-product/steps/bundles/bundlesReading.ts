import type { Translate } from '../../../../src/i18n/translate';
import type { ReadingText } from '../../../../src/ui/Reading';
import type { BundleCandidate, BundleThresholds } from '../../model/bundles';
import type { SwitchingMessageKey } from '../../messages/bundlesSwitching';
import { knownSum, proposalFigures, type KeptBundleFigures, type KeptSwitchFigures, type ReadyBundles } from '../../analysis/bundlesFigures';

export interface BundlesReadingWords {
  t: Translate<SwitchingMessageKey>;
  name: (label: string) => string;
  percent: (share: number) => string;
  money: (amount: number) => string;
  signedMoney: (amount: number) => string;
  number: (value: number) => string;
}

export interface BundlesReadingInput {
  result: ReadyBundles;
  thresholds: BundleThresholds;
  /** The default discount of proposals, %. */
  discount: number;
  assumedMargin: number | null;
  kept: readonly KeptBundleFigures[];
  switches: readonly KeptSwitchFigures[];
}

const bundleName = (labels: readonly string[], name: (label: string) => string) => labels.map(name).join(' + ');

/** The strongest proposal and whether its discount pays; the participant's bundles' effect; the biggest switching gain. */
export function bundlesReading(input: BundlesReadingInput, words: BundlesReadingWords): ReadingText {
  const { result, thresholds } = input;
  const { t, name, percent } = words;
  const sentences: string[] = [];
  if (result.search.kind === 'tooMany') sentences.push(t('bundles.reading.tooMany'));
  else if (result.search.candidates.length === 0) sentences.push(t('bundles.reading.none', { support: percent(thresholds.minSupport), lift: words.number(thresholds.minLift) }));
  else {
    const best = proposalFigures(result, result.search.candidates[0] as BundleCandidate, input.discount, input.assumedMargin); // Cast: the list is not empty.
    const { candidate, labels, economics } = best;
    sentences.push(t('bundles.reading.best', { name: bundleName(labels, name), count: candidate.count, share: percent(candidate.support), lift: words.number(candidate.lift) }));
    // Cast: a bundle has at least two items.
    sentences.push(t('bundles.reading.bestToday', { today: percent(economics.todayShare), lead: name(labels[0] as string) }));
    const discount = percent(input.discount / 100);
    if (economics.breakEven?.kind === 'never') sentences.push(t('bundles.reading.bestNever', { discount }));
    else if (economics.breakEven?.kind === 'takeUp') sentences.push(t('bundles.reading.bestPays', { discount, breakEven: percent(economics.breakEven.share) }));
  }

  const effects = input.kept.map((entry) => entry.figures?.economics.effect ?? null);
  const effect = knownSum(effects);
  if (effect !== null) sentences.push(t('bundles.reading.kept', { count: effects.filter((value) => value !== null).length, effect: words.signedMoney(effect) }));

  const keptGains = input.switches.filter((entry) => entry.figures?.gain != null).sort((a, b) => (b.figures?.gain ?? 0) - (a.figures?.gain ?? 0));
  const topKept = keptGains[0];
  const topSuggestion = result.substitutes[0];
  if (topKept?.figures?.gain != null) {
    sentences.push(t('bundles.reading.switchKept', { from: name(topKept.proposal.from), to: name(topKept.proposal.to), gain: words.signedMoney(topKept.figures.gain) }));
  } else if (topSuggestion) {
    const from = result.items[topSuggestion.from];
    const to = result.items[topSuggestion.to];
    if (from && to) sentences.push(t('bundles.reading.switchSuggested', { from: name(from.label), to: name(to.label), perUnit: words.money(topSuggestion.perUnit), gain: words.signedMoney(topSuggestion.potential * 0.1) }));
  }

  const caution = !result.hasMoney ? t('bundles.reading.noMoney') : !result.hasCost && input.assumedMargin !== null ? t('bundles.reading.assumed', { margin: percent(input.assumedMargin) }) : null;
  return { sentences, caution };
}
