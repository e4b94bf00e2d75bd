import type { Translate } from '../../../../src/i18n/translate';
import type { ReadingText } from '../../../../src/ui/Reading';
import type { CandidateFigures } from '../../analysis/candidatesAnalysis';
import type { CandidateRanking, CandidateRow } from '../../model/promo';
import type { BreakEven } from '../../model/promoEconomics';
import { PROMO_SCORE_FACTORS, type PromoScoreFactor, type PromoSettings } from '../../state';
import type { CandidatesMessageKey } from '../../messages/candidates';
import type { ChosenPromo } from './chosenPromo';

export interface CandidatesWords {
  t: Translate<CandidatesMessageKey>;
  percent: (share: number) => string;
  /** A place among the products, whole: "86 %", not "85.9 %". */
  wholePercent: (share: number) => string;
  signedPercent: (share: number) => string;
  signedMoney: (value: number) => string;
  itemName: (label: string) => string;
}

/** Fewer receipts than this and one shopper's habits move a product's pull and rank. */
export const FEW_RECEIPTS = 200;

/** The part that lifts a product most: the largest weight × place among the products. */
function strongestPart(row: CandidateRow, weights: Readonly<Record<PromoScoreFactor, number>>, unavailable: readonly PromoScoreFactor[]): PromoScoreFactor | null {
  let best: PromoScoreFactor | null = null;
  let bestValue = 0;
  for (const factor of PROMO_SCORE_FACTORS) {
    if (unavailable.includes(factor)) continue;
    const value = weights[factor] * row.parts[factor];
    if (value > bestValue) {
      best = factor;
      bestValue = value;
    }
  }
  return best;
}

function listNames(names: readonly string[], t: CandidatesWords['t']): string {
  if (names.length <= 1) return names[0] ?? '';
  return t('candidates.reading.list', { first: names.slice(0, -1).join(t('candidates.reading.separator')), last: names.at(-1) ?? '' });
}

/**
 * The step in words: the best candidates at the participant's weights and why the first one leads (a price
 * indicator on top is named and stepped over), then the chosen product's break-evens, the suicidal warning,
 * the profit change at the expected volume, and the indicator warning.
 */
export function candidatesReading(figures: CandidateFigures, ranking: CandidateRanking, chosen: ChosenPromo, promo: PromoSettings, priceIndicators: readonly string[], words: CandidatesWords): ReadingText {
  const { t, percent, wholePercent, signedPercent, itemName } = words;
  const sentences: string[] = [];
  if (ranking.kind === 'noWeights') sentences.push(t('candidates.reading.noWeights'));
  else {
    const top = ranking.rows.slice(0, 3);
    sentences.push(t('candidates.reading.top', { products: listNames(top.map((row) => itemName(row.label)), t) }));
    const first = top[0];
    const leader = ranking.rows.find((row) => !priceIndicators.includes(row.label));
    if (first && priceIndicators.includes(first.label)) {
      sentences.push(t('candidates.reading.indicatorTop', { product: itemName(first.label), next: leader ? itemName(leader.label) : '—' }));
    }
    const strongest = leader ? strongestPart(leader, promo.weights, ranking.unavailable) : null;
    if (leader && strongest) {
      sentences.push(t(`candidates.reading.why.${strongest}`, { product: itemName(leader.label), share: wholePercent(leader.parts[strongest]) }));
    }
  }

  if (chosen.kind === 'none') sentences.push(t('candidates.reading.choose'));
  else if (chosen.kind === 'missing') sentences.push(t('economics.missing', { product: itemName(chosen.label) }));
  else if (chosen.kind === 'noMargin') sentences.push(t('economics.noMargin', { product: itemName(chosen.label) }));
  else if (chosen.kind === 'ready') {
    const product = itemName(chosen.label);
    const { economics, inputs } = chosen;
    const discount = percent(inputs.discount);
    const volume = (breakEven: BreakEven) => (breakEven.kind === 'reachable' ? signedPercent(breakEven.volumeChange) : null);
    const alone = volume(economics.breakEven);
    const halo = economics.breakEvenWithHalo === null ? undefined : volume(economics.breakEvenWithHalo);
    if (alone === null) {
      sentences.push(t('candidates.reading.suicidal', { discount, margin: percent(inputs.margin), product }));
      if (halo) sentences.push(t('candidates.reading.suicidalHalo', { halo }));
    } else if (halo) sentences.push(t('candidates.reading.breakEven', { discount, product, alone, halo }));
    else if (halo === null) sentences.push(t('candidates.reading.breakEvenHaloSuicidal', { discount, product, alone }));
    else sentences.push(t('candidates.reading.breakEvenNoHalo', { discount, product, alone }));
    const expected = economics.expected;
    if (expected && inputs.expectedVolumeChange !== null) {
      const at = signedPercent(inputs.expectedVolumeChange);
      const change = (money: number | null, relative: number) => (money !== null ? words.signedMoney(money) : signedPercent(relative));
      const best = expected.relativeWithHalo ?? expected.relative;
      sentences.push(
        t(best >= 0 ? 'candidates.reading.expectedGain' : 'candidates.reading.expectedLoss', {
          expected: at,
          change: expected.relativeWithHalo === null ? change(expected.profitChange, expected.relative) : change(expected.profitChangeWithHalo, expected.relativeWithHalo),
        }),
      );
    } else sentences.push(t('candidates.reading.noExpected'));
    if (chosen.indicator) sentences.push(t('candidates.reading.indicatorChosen', { product }));
  }

  const caution =
    figures.multiItemReceipts === 0
      ? t('candidates.reading.singleItems')
      : figures.receiptCount < FEW_RECEIPTS
        ? t('candidates.reading.fewReceipts', { count: figures.receiptCount })
        : null;
  return { sentences, caution };
}
