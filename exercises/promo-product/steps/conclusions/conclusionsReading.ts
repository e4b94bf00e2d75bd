import type { Translate } from '../../../../src/i18n/translate';
import type { ReadingText } from '../../../../src/ui/Reading';
import type { BreakEven } from '../../model/promoEconomics';
import type { ConclusionsMessageKey } from '../../messages/conclusions';
import type { ChosenPromo } from '../candidates/chosenPromo';

export interface ConclusionsWords {
  t: Translate<ConclusionsMessageKey>;
  percent: (share: number) => string;
  signedPercent: (share: number) => string;
  signedMoney: (value: number) => string;
  itemName: (label: string) => string;
  list: (names: readonly string[]) => string;
}

export interface ConclusionsFacts {
  chosen: ChosenPromo | null;
  /** Discount as a share. */
  discount: number;
  bundles: { count: number; effect: number | null };
  switchGain: number | null;
  indicators: readonly string[];
}

const reachable = (breakEven: BreakEven | null): number | null => (breakEven?.kind === 'reachable' ? breakEven.volumeChange : null);

/**
 * The exercise's decisions in words: the promo product with its discount and break-evens (or why it cannot pay),
 * the effect at the expected volume, the indicator warning, the bundles' and switches' worth, the indicators kept.
 */
export function conclusionsReading(facts: ConclusionsFacts, words: ConclusionsWords): ReadingText {
  const { t, percent, signedPercent, signedMoney, itemName } = words;
  const sentences: string[] = [];
  const chosen = facts.chosen;
  if (chosen === null || chosen.kind === 'none') sentences.push(t('conclusions.reading.none'));
  else if (chosen.kind === 'ready') {
    const product = itemName(chosen.label);
    const discount = percent(facts.discount);
    const alone = reachable(chosen.economics.breakEven);
    const withHalo = reachable(chosen.economics.breakEvenWithHalo);
    if (alone === null) sentences.push(t('conclusions.reading.suicidal', { discount, margin: percent(chosen.margin) }));
    else sentences.push(t('conclusions.reading.promo', { product, discount, breakEven: signedPercent(alone) }));
    if (withHalo !== null && (alone === null || withHalo < alone)) sentences.push(t('conclusions.reading.promoHalo', { breakEven: signedPercent(withHalo) }));
    const expected = chosen.economics.expected;
    const profit = expected?.profitChangeWithHalo ?? expected?.profitChange ?? null;
    if (chosen.inputs.expectedVolumeChange !== null && profit !== null) {
      sentences.push(t('conclusions.reading.expected', { change: signedPercent(chosen.inputs.expectedVolumeChange), profit: signedMoney(profit) }));
    }
    if (chosen.indicator) sentences.push(t('conclusions.reading.indicator', { product }));
  } else if (chosen.kind === 'noMargin' && chosen.indicator) sentences.push(t('conclusions.reading.indicator', { product: itemName(chosen.label) }));
  if (facts.bundles.count > 0 && facts.bundles.effect !== null) {
    sentences.push(t('conclusions.reading.bundlesEffect', { count: facts.bundles.count, effect: signedMoney(facts.bundles.effect) }));
  }
  if (facts.switchGain !== null && facts.switchGain > 0) sentences.push(t('conclusions.reading.switches', { gain: signedMoney(facts.switchGain) }));
  if (facts.indicators.length > 0) sentences.push(t('conclusions.reading.indicators', { names: words.list(facts.indicators.map(itemName)) }));
  return { sentences, caution: null };
}
