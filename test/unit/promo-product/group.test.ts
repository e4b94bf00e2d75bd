import { describe, expect, it } from 'vitest';
import { promoProductGroup } from '../../../exercises/promo-product/group';
import { blankPromoState, demoPromoState } from '../../../exercises/promo-product/demo';
import { DEMO_RECEIPTS } from '../../../exercises/promo-product/demo/grocer';
import { receiptsSpec } from '../../../exercises/promo-product/inputs';
import { cellOf, expectCompleteSummary, NO_DATASETS, rowKeys, valueOf } from '../../builders/groupChecks';
import { datasetSummary } from '../../builders/datasets';

describe('the promo product’s figures for the trainer’s group view', () => {
  it('ranks the demo store’s candidates and works out the chosen product’s promotion', async () => {
    const demo = demoPromoState();
    const unchosen = await promoProductGroup.summarize({ state: demo, datasets: NO_DATASETS });
    const top = cellOf(unchosen, 'ranking', 'place-1');
    if (top?.kind !== 'text') throw new Error('the demo ranks its candidates');
    expect(rowKeys(unchosen, 'ranking')).toEqual(['place-1', 'place-2', 'place-3', 'place-4', 'place-5']);
    expect(cellOf(unchosen, 'promotion', 'chosen')).toEqual({ kind: 'text', value: { ru: 'не выбран', en: expect.any(String), zh: expect.any(String) } });

    // The team picks classic pasta (the store's codes are named in each language) and expects +60 % at 15 % off.
    const state = { ...demo, promo: { ...demo.promo, chosen: 'pasta.classic', expectedVolumeChange: 60 } };
    const summary = await promoProductGroup.summarize({ state, datasets: NO_DATASETS });
    expectCompleteSummary(summary);
    expect(cellOf(summary, 'promotion', 'chosen')).toEqual({ kind: 'text', value: { ru: expect.stringMatching(/^Макароны/), en: expect.stringMatching(/^Pasta/), zh: expect.any(String) } });
    expect(cellOf(summary, 'promotion', 'discount')).toEqual({ kind: 'percent', value: 0.15, decimals: 1 });
    expect(valueOf(summary, 'promotion', 'expected')).toBe(0.6);
    // The classic line's margin is 24 % (content/demoProducts.ts); break-even alone d / (m − d) = 0.15 / 0.09 = +166.7 %.
    expect(valueOf(summary, 'promotion', 'margin')).toBeCloseTo(0.24, 2);
    expect(valueOf(summary, 'promotion', 'breakEven')).toBeCloseTo(0.15 / 0.09, 1);
    // The tomato sauce, cheese and mince pasta brings along lower the growth it needs.
    expect(valueOf(summary, 'promotion', 'breakEvenHalo')).toBeLessThan(0.15 / 0.09);
    expect(valueOf(summary, 'promotion', 'profit')).not.toBeNull();
    expect(valueOf(summary, 'data', 'receipts')).toBe(DEMO_RECEIPTS);
    // The demo marks classic milk as a price indicator.
    expect(valueOf(summary, 'data', 'indicators')).toBe(1);
  });

  it('leaves the break-even blank for a suicidal discount: 15 % off milk at a 12 % margin', async () => {
    const demo = demoPromoState();
    const state = { ...demo, promo: { ...demo.promo, chosen: 'milk.classic' } };
    const summary = await promoProductGroup.summarize({ state, datasets: NO_DATASETS });
    expect(valueOf(summary, 'promotion', 'margin')).toBeCloseTo(0.12, 2);
    expect(valueOf(summary, 'promotion', 'breakEven')).toBeNull();
  });

  it('keeps the team’s choices when its receipts cannot be read, figures blank', async () => {
    const state = { ...blankPromoState(), promo: { ...blankPromoState().promo, chosen: 'Кофе зерновой', discount: 10 } };
    // The progress names a receipts file whose rows are not in this browser's storage.
    const datasets = { ...NO_DATASETS, summary: (spec: { id: string }) => (spec.id === receiptsSpec.id ? datasetSummary('receipts.csv', 1000) : null) };
    const summary = await promoProductGroup.summarize({ state, datasets });
    expectCompleteSummary(summary);
    // A participant's own label is the same in every language.
    expect(cellOf(summary, 'promotion', 'chosen')).toEqual({ kind: 'text', value: { ru: 'Кофе зерновой', en: 'Кофе зерновой', zh: 'Кофе зерновой' } });
    expect(valueOf(summary, 'promotion', 'discount')).toBe(0.1);
    expect(valueOf(summary, 'promotion', 'breakEven')).toBeNull();
    expect(valueOf(summary, 'data', 'receipts')).toBeNull();
    expect(rowKeys(summary, 'ranking')).toEqual([]);
  });

  it('gives the same rows, blank, when there are neither receipts nor the demo', async () => {
    const summary = await promoProductGroup.summarize({ state: blankPromoState(), datasets: NO_DATASETS });
    expectCompleteSummary(summary);
    expect(rowKeys(summary, 'promotion')).toEqual(['chosen', 'discount', 'expected', 'margin', 'breakEven', 'breakEvenHalo', 'profit']);
    expect(rowKeys(summary, 'data')).toEqual(['receipts', 'indicators', 'bundles', 'switches']);
    expect(valueOf(summary, 'promotion', 'margin')).toBeNull();
  });
});
