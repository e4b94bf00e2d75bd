import { describe, expect, it } from 'vitest';
import { demoEmotionalState } from '../../../exercises/emotional-loyalty/demo';
import { demoDistributorState } from '../../../exercises/emotional-loyalty/demo/distributor';
import { IDEA_LIBRARY, OCCASION_LIBRARY, QUALITY_LIBRARY } from '../../../exercises/emotional-loyalty/content/library';
import { journeyGaps } from '../../../exercises/emotional-loyalty/model/journey';
import { emotionalStepsDone } from '../../../exercises/emotional-loyalty/progress';
import { emotionalStateSchema, type EmotionalState } from '../../../exercises/emotional-loyalty/state';

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

describe.each([
  ['coffee-shop chain', demoEmotionalState, 'shop', [13, 17], [6, 8]],
  ['B2B distributor', demoDistributorState, 'distributor', [8, 12], [4, 6]],
] as const)('the %s demo', (_name, demo, businessType, ideaRange, chosenRange) => {
  const state = demo();

  it('parses with the exercise’s schema and is the same on every call', () => {
    expect(emotionalStateSchema.parse(state)).toEqual(state);
    expect(demo()).toEqual(state);
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
});
