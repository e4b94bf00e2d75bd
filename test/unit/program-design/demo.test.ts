import { describe, expect, it } from 'vitest';
import { blankProgramDesignState, demoDistributorState, demoProgramDesignState } from '../../../exercises/program-design/demo';
import { programDesignStateSchema, MISTAKES, RULE_TOPICS, type ProgramDesignState } from '../../../exercises/program-design/state';
import { programDesignStepsDone } from '../../../exercises/program-design/progress';
import { missingFigures } from '../../../exercises/program-design/links';
import { tallyChecklist } from '../../../exercises/program-design/content/mistakes';
import { LOCALES } from '../../../src/i18n/locale';

const seen = { visited: true, datasets: new Set<string>() };
const DEMOS = [
  ['coffee-shop chain', demoProgramDesignState],
  ['B2B distributor', demoDistributorState],
] as const;

/** Every string anywhere in the state: ids and enum values, and each text a participant would write. */
function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(allStrings);
  return [];
}

/** The texts a participant writes, in the order the steps ask for them. */
function freeTexts(state: ProgramDesignState): string[] {
  return [
    state.name,
    state.goalText,
    state.target.description,
    ...state.mechanics.chosen.map((mechanic) => mechanic.rules),
    ...RULE_TOPICS.map((topic) => state.rules[topic]),
    state.channel.partnersSide,
    ...MISTAKES.map((mistake) => state.mistakes[mistake]?.note ?? ''),
    state.followUp.notes,
  ];
}

/** The state with every free text emptied: what must not depend on the language. */
function withoutTexts(state: ProgramDesignState): ProgramDesignState {
  return {
    ...state,
    name: '',
    goalText: '',
    target: { ...state.target, description: '' },
    mechanics: { ...state.mechanics, chosen: state.mechanics.chosen.map((mechanic) => ({ ...mechanic, rules: '' })) },
    rules: { joining: '', earning: '', spending: '', expiry: '', tierChange: '', exclusions: '', communication: '' },
    channel: { ...state.channel, partnersSide: '' },
    mistakes: Object.fromEntries(Object.entries(state.mistakes).map(([mistake, answer]) => [mistake, { ...answer, note: '' }])),
    followUp: { notes: '', changedAt: null },
  };
}

describe('the worked demos of program design', () => {
  it.each(DEMOS.flatMap(([name, demo]) => LOCALES.map((locale) => [name, locale, demo] as const)))(
    'the %s in %s parses with the schema and completes every step',
    (_name, locale, demo) => {
      const state = demo(locale);
      expect(programDesignStateSchema.parse(state)).toEqual(state);
      expect(Object.values(programDesignStepsDone).map((done) => done(state, seen))).toEqual([true, true, true, true, true]);
      expect(missingFigures(state.economics)).toEqual([]);
      expect(RULE_TOPICS.filter((topic) => state.rules[topic].trim() === '')).toEqual([]);
      expect(MISTAKES.filter((mistake) => (state.mistakes[mistake]?.note ?? '').trim() === '')).toEqual([]);
    },
  );

  it.each(DEMOS)('the %s is the same program in every language: only its texts differ, and each is translated', (_name, demo) => {
    const [ru, en, zh] = LOCALES.map((locale) => demo(locale));
    expect(withoutTexts(en!)).toEqual(withoutTexts(ru!));
    expect(withoutTexts(zh!)).toEqual(withoutTexts(ru!));
    // Each text is written anew in each language: none is left as another language's (the empty ones excepted).
    const written = freeTexts(ru!).map((text, index) => [text, freeTexts(en!)[index], freeTexts(zh!)[index]]);
    expect(written.filter(([inRu, inEn, inZh]) => inRu !== '' && (inRu === inEn || inRu === inZh || inEn === inZh))).toEqual([]);
    expect(written.filter((texts) => texts.some((text) => text === '') && texts.some((text) => text !== ''))).toEqual([]);
  });

  it.each(DEMOS.flatMap(([name, demo]) => (['en', 'zh'] as const).map((locale) => [name, locale, demo] as const)))(
    'the %s in %s holds no Russian anywhere',
    (_name, locale, demo) => {
      expect(allStrings(demo(locale)).filter((text) => /[\u0400-\u04ff]/.test(text))).toEqual([]);
    },
  );

  it.each(DEMOS.flatMap(([name, demo]) => (['en', 'zh'] as const).map((locale) => [name, locale, demo] as const)))(
    'the %s in %s names no currency: the page shows money in its own (dollars, yuan) unless roubles are chosen',
    (_name, locale, demo) => {
      expect(allStrings(demo(locale)).filter((text) => /₽|卢布|rouble|ruble/i.test(text))).toEqual([]);
    },
  );

  it.each(DEMOS)('the %s in Chinese writes every text in Chinese', (_name, demo) => {
    expect(freeTexts(demo('zh')).filter((text) => text !== '' && !/\p{Script=Han}/u.test(text))).toEqual([]);
  });

  it('the coffee chain is a B2C program in a mature market with points and tiers, two risks flagged', () => {
    const state = demoProgramDesignState('ru');
    expect(state.name).toBe('Клуб «Зерно»');
    expect([state.market, state.stage]).toEqual(['b2c', 'maturity']);
    expect(state.mechanics.chosen.map((mechanic) => mechanic.type)).toEqual(['points', 'tiers']);
    expect(state.channel.throughPartners).toBe(false);
    expect(tallyChecklist(state.mistakes).flagged).toEqual(['rewardsOnBaseline', 'staffNotReady']);
    expect(state.economics).toMatchObject({ members: 12_000, participation: 0.45, averageCheck: 380, margin: 0.62, baselineRewardShare: 1, horizonMonths: 24 });
    expect([demoProgramDesignState('en').name, demoProgramDesignState('zh').name]).toEqual(['Grain Club', '谷粒俱乐部']);
  });

  it('the distributor sells to businesses through partners whose side is written', () => {
    const state = demoDistributorState('en');
    expect(state.market).toBe('b2b');
    expect(state.channel.throughPartners).toBe(true);
    expect(state.channel.partnersSide).toMatch(/^Shop assistants earn points/);
    expect(tallyChecklist(state.mistakes).flagged).toEqual(['noMeasurement', 'staffNotReady']);
  });

  it('each call gives a fresh copy: editing one demo never changes the next', () => {
    const first = demoProgramDesignState('en');
    first.mechanics.chosen[0]!.rewardRate = 0.9;
    first.rules.joining = 'changed';
    expect(demoProgramDesignState('en').mechanics.chosen[0]!.rewardRate).toBe(0.05);
    expect(demoProgramDesignState('en').rules.joining).not.toBe('changed');
    expect(programDesignStateSchema.parse(blankProgramDesignState()).mistakes).toEqual({});
  });
});
