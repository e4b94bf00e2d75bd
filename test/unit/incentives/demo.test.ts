import { describe, expect, it } from 'vitest';
import { blankIncentivesState, demoDistributorState, demoIncentivesState } from '../../../exercises/incentives/demo';
import { incentivesStateSchema, LEVERS, type IncentivesState } from '../../../exercises/incentives/state';
import { incentivesStepsDone } from '../../../exercises/incentives/progress';
import { incentiveMechanics } from '../../../exercises/incentives/links';
import { fitLevels } from '../../../exercises/incentives/model/fit';
import { rankProgramTypes, shortList } from '../../../exercises/incentives/model/ranking';
import { discountBreakEven } from '../../../src/economics/discount';
import { PROGRAM_TYPES } from '../../../src/results/programTypes';
import { LOCALES } from '../../../src/i18n/locale';

function expectWhole(state: IncentivesState) {
  expect(incentivesStateSchema.parse(state)).toEqual(state);
  for (const type of PROGRAM_TYPES) {
    const score = state.scores[type];
    expect([score.customerValue, score.affordability, score.simplicity], type).not.toContain(null);
    expect(score.note.trim(), `${type} note`).not.toBe('');
  }
  for (const lever of LEVERS) {
    expect(state.levers[lever]?.rating, lever).toEqual(expect.any(Number));
    expect(state.levers[lever]?.how.trim(), lever).not.toBe('');
  }
  expect(state.discounts).toHaveLength(3);
  // Exactly one discount at or above the margin: the "suicidal" one the check must call out.
  const verdicts = state.discounts.map((line) => discountBreakEven(state.margin ?? 0, line.discount ?? 0).kind);
  expect(verdicts.filter((kind) => kind === 'suicidal')).toHaveLength(1);
  expect(incentivesStepsDone.types(state)).toBe(true);
  expect(incentivesStepsDone.levers(state)).toBe(true);
  expect(incentivesStepsDone.mechanics(state)).toBe(true);
}

const CYRILLIC = /[\u0400-\u04ff]/;

/** Every string anywhere in the state: ids and enum values too, so nothing Russian hides outside the free texts. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

/** The texts the participant reads and may rewrite, in a fixed order (the empty conclusions left out). */
function freeTexts(state: IncentivesState): string[] {
  return [
    ...PROGRAM_TYPES.map((type) => state.scores[type].note),
    ...LEVERS.map((lever) => state.levers[lever]?.how ?? ''),
    ...state.mechanics.map((mechanic) => mechanic.rules),
    ...state.discounts.map((line) => line.name),
  ];
}

/** The state with its free texts blanked: what must be the same in every language. */
function withoutTexts(state: IncentivesState): IncentivesState {
  const copy = structuredClone(state);
  for (const type of PROGRAM_TYPES) copy.scores[type].note = '';
  for (const lever of LEVERS) {
    const entry = copy.levers[lever];
    if (entry) entry.how = '';
  }
  for (const mechanic of copy.mechanics) mechanic.rules = '';
  for (const line of copy.discounts) line.name = '';
  copy.conclusions.notes = '';
  return copy;
}

describe('the worked demos', () => {
  it('the coffee-shop chain fills the whole state and short-lists points, tiers and gamification', () => {
    const state = demoIncentivesState('ru');
    expectWhole(state);
    expect(state).toMatchObject({ market: 'b2c', stage: 'maturity', loyaltyTypes: ['price', 'experience'], margin: 0.62 });
    expect(state.mechanics.map((mechanic) => mechanic.type)).toEqual(['points', 'tiers']);
    expect(state.mechanics[0]).toMatchObject({ rewardRate: 0.05, threshold: 150, expiryMonths: 6 });
    // Points 4+4+4 = 12; tiers 5+3+3 = 11 and gamification 4+3+4 = 11, tiers first by fit (good against possible).
    const ranked = rankProgramTypes(state.scores, fitLevels(state));
    expect(shortList(ranked).map((entry) => [entry.type, entry.total])).toEqual([
      ['points', 12],
      ['tiers', 11],
      ['gamification', 11],
    ]);
    expect(incentiveMechanics(state)?.shortList).toEqual(['points', 'tiers', 'gamification']);
  });

  it('the B2B distributor fills the whole state and short-lists tiers, partner privileges and cashback', () => {
    const state = demoDistributorState('ru');
    expectWhole(state);
    expect(state).toMatchObject({ market: 'b2b', stage: 'growth', margin: 0.18 });
    // Tiers 13, partner privileges 12; discount 4+2+5 = 11 and cashback 4+3+4 = 11: cashback fits (good), the discount is possible.
    expect(incentiveMechanics(state)?.shortList).toEqual(['tiers', 'partnerPrivileges', 'cashback']);
  });

  it.each(LOCALES)('in %s both examples parse with the schema and complete every step', (locale) => {
    expectWhole(demoIncentivesState(locale));
    expectWhole(demoDistributorState(locale));
  });

  it.each([
    ['coffee-shop chain', demoIncentivesState],
    ['B2B distributor', demoDistributorState],
  ])('the %s writes its texts in English and Chinese, with the same figures as in Russian', (_name, demo) => {
    const ru = demo('ru');
    for (const locale of ['en', 'zh'] as const) {
      const state = demo(locale);
      expect(withoutTexts(state), locale).toEqual(withoutTexts(ru));
      expect(stringsIn(state).filter((text) => CYRILLIC.test(text)), `${locale}: Russian left in`).toEqual([]);
      // An English or Chinese page shows money in dollars or yuan unless roubles are chosen: the texts name no currency.
      expect(stringsIn(state).filter((text) => /₽|卢布|rouble|ruble/i.test(text)), `${locale}: a currency named`).toEqual([]);
      // Every free text is translated, not copied over from another language.
      const texts = freeTexts(state);
      const ruTexts = freeTexts(ru);
      texts.forEach((text, index) => expect(text, `${locale} text ${index}`).not.toBe(ruTexts[index]));
      if (locale === 'zh') {
        const en = freeTexts(demo('en'));
        expect(texts.filter((text) => !/[\u4e00-\u9fff]/.test(text))).toEqual([]);
        texts.forEach((text, index) => expect(text, `zh text ${index}`).not.toBe(en[index]));
      }
    }
    expect(freeTexts(ru).filter((text) => !CYRILLIC.test(text))).toEqual([]);
  });

  it('the blank start has nothing done', () => {
    const state = blankIncentivesState();
    expect(incentivesStateSchema.parse(state)).toEqual(state);
    expect(incentivesStepsDone.types(state)).toBe(false);
  });
});
