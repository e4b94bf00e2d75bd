import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n/translate';
import { createFormatters } from '../../../src/i18n/format';
import type { CandidateFigures } from '../../../exercises/promo-product/analysis/candidatesAnalysis';
import { rankCandidates, type CandidateFactors } from '../../../exercises/promo-product/model/promo';
import { blankPromoState } from '../../../exercises/promo-product/demo';
import { candidatesMessages } from '../../../exercises/promo-product/messages/candidates';
import { chosenPromo } from '../../../exercises/promo-product/steps/candidates/chosenPromo';
import { candidatesReading, type CandidatesWords } from '../../../exercises/promo-product/steps/candidates/candidatesReading';

const format = createFormatters('en', 'USD');
const words: CandidatesWords = {
  t: translator(candidatesMessages, 'en'),
  percent: (share) => format.percent(share),
  wholePercent: (share) => format.percent(share, 0),
  signedPercent: (share) => format.signedPercent(share),
  signedMoney: (value) => (value > 0 ? `+${format.money(value)}` : format.money(value)),
  itemName: (label) => label,
};

const item = (label: string, receipts: number, pull: number, marginRate: number): CandidateFactors => ({
  label,
  receipts,
  penetration: receipts / 100,
  frequency: null,
  pull,
  revenue: receipts * 10,
  marginRate,
  averagePrice: 10,
});

// 100 receipts. Milk is in 40 of them at a 10 % margin; Pasta in 20, pulling most; Tea in 10.
const ITEMS = [item('Milk', 40, 0.5, 0.1), item('Pasta', 20, 0.9, 0.3), item('Tea', 10, 0.2, 0.3)];
const figures = (chosen: CandidateFigures['chosen'], chosenLabel: string | null, multiItemReceipts = 60): CandidateFigures => ({
  receiptCount: 100,
  multiItemReceipts,
  items: ITEMS,
  hasMoney: true,
  hasCost: true,
  hasCustomers: false,
  chosenLabel,
  chosen,
});

describe('the candidates’ reading', () => {
  it('steps over a price indicator at the top and says why the next one leads', () => {
    const promo = { ...blankPromoState().promo, weights: { penetration: 10, pull: 0, marginRoom: 0, frequency: 0 } };
    const data = figures(null, null);
    const ranking = rankCandidates(ITEMS, promo.weights, null);
    // By penetration alone: Milk (part 1), Pasta (0.5), Tea (0). Milk is an indicator: Pasta leads, ahead of 50 %.
    const reading = candidatesReading(data, ranking, chosenPromo(data, promo, ['Milk']), promo, ['Milk'], words);
    expect(reading.sentences).toEqual([
      'At your weights the best promo candidates are Milk, Pasta and Tea.',
      'Milk is a price indicator: a discount on it teaches customers to wait for promotions and cuts the margin on your most-bought product. Keep a steady low price on it and promote the next one, Pasta.',
      'Pasta leads on penetration: it is bought more widely than 50% of products.',
      'Choose a product in the list to see how much more it must sell for its discount to pay.',
    ]);
    expect(reading.caution).toBe('Only 100 receipts: pairs of products and places in the list are largely chance here.');
  });

  it('calls a discount above the margin suicidal and names what only the halo could pay', () => {
    // Milk: m = 10 %, d = 15 %. Its receipts bring Pasta in 20 of 40 (conf 0.5, supp 0.2): (0.5 − 0.2) × 0.3 × 200 / 20 = 0.9
    // of margin per receipt; k = 0.5 × 0.9 / 10 = 0.045; m − d + k = −0.005: still suicidal with the halo.
    const promo = { ...blankPromoState().promo, chosen: 'Milk' };
    const data = figures({ index: 0, companions: [{ item: 1, together: 20 }] }, 'Milk', 0);
    const reading = candidatesReading(data, rankCandidates(ITEMS, promo.weights, null), chosenPromo(data, promo, ['Milk']), promo, ['Milk'], words);
    expect(reading.sentences).toContain('A 15% discount on Milk is suicidal: it is not below the margin (10%), so each unit sells for nothing or at a loss, and no growth in sales makes up for it.');
    expect(reading.sentences.some((sentence) => sentence.startsWith('Only the products it brings along'))).toBe(false);
    expect(reading.sentences.at(-1)).toMatch(/^Milk is a price indicator/);
    expect(reading.caution).toBe('Every receipt holds a single product: no product pulls another, and the halo cannot be computed.');

    // At 12 %: m − d + k = 0.1 − 0.12 + 0.045 = 0.025 → the halo pays at 0.12 / 0.025 = +480 %.
    const smaller = { ...promo, discount: 12 };
    const paid = candidatesReading(data, rankCandidates(ITEMS, smaller.weights, null), chosenPromo(data, smaller, ['Milk']), smaller, ['Milk'], words);
    expect(paid.sentences).toContain('Only the products it brings along could pay for it, at +480% volume.');
  });
});
