import { describe, expect, it } from 'vitest';
import { demoEmotionalState } from '../../../exercises/emotional-loyalty/demo';
import { demoDistributorState } from '../../../exercises/emotional-loyalty/demo/distributor';
import { IDEA_LIBRARY, OCCASION_LIBRARY, QUALITY_LIBRARY } from '../../../exercises/emotional-loyalty/content/library';
import { journeyGaps } from '../../../exercises/emotional-loyalty/model/journey';
import { emotionalStepsDone } from '../../../exercises/emotional-loyalty/progress';
import { emotionalStateSchema, type EmotionalState } from '../../../exercises/emotional-loyalty/state';
import { LOCALES } from '../../../src/i18n/locale';

/** Every id a demo refers to, that is not in the demo or the libraries. */
function danglingReferences(state: EmotionalState): string[] {
  const touchpoints = new Set(state.touchpoints.map((touchpoint) => touchpoint.id));
  const ideas = new Set(state.ideas.map((idea) => idea.id));
  const libraryIdeas = new Set(IDEA_LIBRARY.map((entry) => entry.id));
  const qualities = new Set(QUALITY_LIBRARY.map((entry) => entry.id));
  const occasions = new Set(OCCASION_LIBRARY.map((entry) => entry.id));
  return [
    ...state.ideas.filter((idea) => !touchpoints.has(idea.touchpointId)).map((idea) => `idea ${idea.id} → touchpoint ${idea.touchpointId}`),
    ...state.ideas.filter((idea) => idea.libraryId !== null && !libraryIdeas.has(idea.libraryId)).map((idea) => `idea ${idea.id} → library ${idea.libraryId}`),
    ...Object.keys(state.staff).filter((id) => !touchpoints.has(id)).map((id) => `staff → touchpoint ${id}`),
    ...Object.values(state.staff).flatMap((staff) => staff.qualities.filter((id) => !qualities.has(id)).map((id) => `quality ${id}`)),
    ...Object.keys(state.actions).filter((id) => !ideas.has(id)).map((id) => `action → idea ${id}`),
    ...state.occasions.filter((occasion) => occasion.libraryId !== null && !occasions.has(occasion.libraryId)).map((occasion) => `occasion ${occasion.libraryId}`),
  ];
}

/** The texts a participant would type, in the order the state holds them; null is a library text, left out. */
function freeTexts(state: EmotionalState): string[] {
  const texts = [
    ...state.touchpoints.flatMap((touchpoint) => [touchpoint.name, touchpoint.note]),
    ...state.ideas.flatMap((idea) => [idea.title, idea.description]),
    ...Object.values(state.staff).map((staff) => staff.behaviours),
    ...Object.values(state.actions).flatMap((action) => [action.owner, action.evidence, action.observed]),
    ...state.occasions.map((occasion) => occasion.name),
    state.conclusions.notes,
  ];
  return texts.filter((text): text is string => text !== null);
}

/** The state with each text written replaced by a mark, an empty one kept empty: what every language must share. */
function withoutTexts(state: EmotionalState): EmotionalState {
  const mark = <T extends string | null>(text: T) => (text === null || text === '' ? text : 'text');
  return {
    ...state,
    touchpoints: state.touchpoints.map((touchpoint) => ({ ...touchpoint, name: mark(touchpoint.name), note: mark(touchpoint.note) })),
    ideas: state.ideas.map((idea) => ({ ...idea, title: mark(idea.title), description: mark(idea.description) })),
    staff: Object.fromEntries(Object.entries(state.staff).map(([id, staff]) => [id, { ...staff, behaviours: mark(staff.behaviours) }])),
    actions: Object.fromEntries(
      Object.entries(state.actions).map(([id, action]) => [id, { ...action, owner: mark(action.owner), evidence: mark(action.evidence), observed: mark(action.observed) }]),
    ),
    occasions: state.occasions.map((occasion) => ({ ...occasion, name: mark(occasion.name) })),
    conclusions: { notes: mark(state.conclusions.notes) },
  };
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
const HAN = /\p{Script=Han}/u;

describe.each([
  ['coffee-shop chain', demoEmotionalState, 'shop', [13, 17], [6, 8]],
  ['B2B distributor', demoDistributorState, 'distributor', [8, 12], [4, 6]],
] as const)('the %s demo', (_name, demo, businessType, ideaRange, chosenRange) => {
  describe.each(LOCALES)('in %s', (locale) => {
    const state = demo(locale);

    it('parses with the exercise’s schema and is the same on every call', () => {
      expect(emotionalStateSchema.parse(state)).toEqual(state);
      expect(demo(locale)).toEqual(state);
      expect(state.businessType).toBe(businessType);
    });

    it('refers only to ids that exist', () => {
      expect(danglingReferences(state)).toEqual([]);
      expect(new Set(state.ideas.map((idea) => idea.id)).size).toBe(state.ideas.length);
    });

    it('holds a complete journey, rated ideas and chosen ones planned across 2027', () => {
      expect(journeyGaps(state.touchpoints)).toEqual({ emptyStages: [], noEmotion: [], outOfOrder: [], unnamed: [] });
      expect(state.ideas.length).toBeGreaterThanOrEqual(ideaRange[0]);
      expect(state.ideas.length).toBeLessThanOrEqual(ideaRange[1]);
      expect(state.ideas.every((idea) => idea.cost !== null && idea.effect !== null)).toBe(true);
      const chosen = state.ideas.filter((idea) => idea.chosen);
      expect(chosen.length).toBeGreaterThanOrEqual(chosenRange[0]);
      expect(chosen.length).toBeLessThanOrEqual(chosenRange[1]);
      for (const idea of chosen) {
        const action = state.actions[idea.id];
        expect(action?.date, idea.id).toMatch(/^2027-/);
        expect(action?.owner.trim(), idea.id).not.toBe('');
        expect(action?.budget, idea.id).not.toBeNull();
        expect(action?.evidence.trim(), idea.id).not.toBe('');
      }
      expect(state.occasions.length).toBeGreaterThanOrEqual(4);
      expect(state.occasions.every((occasion) => occasion.date.startsWith('2027-'))).toBe(true);
      expect(Object.keys(state.staff).length).toBeGreaterThanOrEqual(3);
    });

    it('counts the journey, ideas and plan steps as done', () => {
      expect(emotionalStepsDone.journey(state)).toBe(true);
      expect(emotionalStepsDone.ideas(state)).toBe(true);
      expect(emotionalStepsDone.plan(state)).toBe(true);
    });

    it('is the Russian demo apart from its texts', () => {
      expect(withoutTexts(state)).toEqual(withoutTexts(demo('ru')));
    });
  });

  it('writes its own texts in the page’s language', () => {
    const written = (locale: (typeof LOCALES)[number]) => freeTexts(demo(locale)).filter((text) => text !== '');
    expect(written('ru').length).toBeGreaterThanOrEqual(10);
    // No brand or other Latin name in the Russian demo: any Latin letter there is an untranslated text.
    expect(written('ru').filter((text) => LATIN.test(text))).toEqual([]);
    expect(written('ru').filter((text) => !CYRILLIC.test(text))).toEqual([]);
    expect(JSON.stringify(demo('en'))).not.toMatch(CYRILLIC);
    expect(written('en').filter((text) => HAN.test(text) || !LATIN.test(text))).toEqual([]);
    expect(JSON.stringify(demo('zh'))).not.toMatch(CYRILLIC);
    expect(written('zh').filter((text) => LATIN.test(text) || !HAN.test(text))).toEqual([]);
  });
});
