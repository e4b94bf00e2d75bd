import { describe, expect, it } from 'vitest';
import { blankEmotionalState } from '../../../exercises/emotional-loyalty/demo';
import { IDEA_LIBRARY } from '../../../exercises/emotional-loyalty/content/library';
import { defaultJourney } from '../../../exercises/emotional-loyalty/model/journey';
import {
  addOwnIdea,
  editIdea,
  ideasGaps,
  removeIdea,
  restoreIdea,
  setBehaviours,
  staffOf,
  suggestedIdeas,
  takeIdea,
  toggleQuality,
} from '../../../exercises/emotional-loyalty/model/ideas';
import type { EmotionalState } from '../../../exercises/emotional-loyalty/state';

const shop = (): EmotionalState => ({ ...blankEmotionalState(), touchpoints: defaultJourney('shop') });
const libraryIdea = (id: string) => {
  const entry = IDEA_LIBRARY.find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`no library idea ${id}`);
  return entry;
};

describe('ideas and staff model', () => {
  it('suggests the ideas written for a library touchpoint, and by rung for an own one', () => {
    const forComplaint = suggestedIdeas({ libraryId: 'shop-complaint', stage: 'regular' }).map((entry) => entry.id);
    expect(forComplaint).toEqual(['complaint-gift', 'complaint-callback']);
    const own = suggestedIdeas({ libraryId: null, stage: 'advocate' });
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((entry) => entry.stages.includes('advocate'))).toBe(true);
    expect(own.map((entry) => entry.id)).toContain('referral-thanks');
  });

  it('takes a library idea with the library’s texts (null) and its first guess of cost and effect', () => {
    const { state, id } = takeIdea(shop(), 'shop-advice', libraryIdea('tasting'));
    expect(state.ideas).toEqual([{ id, touchpointId: 'shop-advice', libraryId: 'tasting', title: null, description: null, cost: 2, effect: 4, chosen: false }]);
    const edited = editIdea(state, id, { title: 'Дегустация по субботам' });
    expect(edited.ideas[0]).toMatchObject({ title: 'Дегустация по субботам', description: null, cost: 2, effect: 4 });
  });

  it('adds an own idea without ratings, and deletes and restores an idea with its action', () => {
    const { state: withOwn, id } = addOwnIdea(shop(), 'shop-enter');
    expect(withOwn.ideas[0]).toMatchObject({ libraryId: null, title: '', cost: null, effect: null });
    const planned = { ...withOwn, actions: { [id]: { date: '2027-05-01', owner: 'Oleg', budget: 0, evidence: '', followUp: 'open' as const, observed: '' } } };
    const { state: gone, removed } = removeIdea(planned, id);
    expect(gone.ideas).toEqual([]);
    expect(gone.actions).toEqual({});
    if (!removed) throw new Error('nothing removed');
    expect(restoreIdea(gone, removed)).toEqual(planned);
    // Its touchpoint deleted meanwhile: the idea does not come back orphaned.
    const noTouchpoint = { ...gone, touchpoints: gone.touchpoints.filter((touchpoint) => touchpoint.id !== 'shop-enter') };
    expect(restoreIdea(noTouchpoint, removed)).toBe(noTouchpoint);
  });

  it('ticks and unticks qualities once each, and keeps behaviours as typed', () => {
    let state = toggleQuality(shop(), 'shop-enter', 'sincere', true);
    state = toggleQuality(state, 'shop-enter', 'sincere', true);
    state = toggleQuality(state, 'shop-enter', 'memory', true);
    state = setBehaviours(state, 'shop-enter', 'Здороваться первым ');
    expect(staffOf(state, 'shop-enter')).toEqual({ qualities: ['sincere', 'memory'], behaviours: 'Здороваться первым ' });
    expect(staffOf(toggleQuality(state, 'shop-enter', 'sincere', false), 'shop-enter').qualities).toEqual(['memory']);
    expect(staffOf(state, 'shop-club')).toEqual({ qualities: [], behaviours: '' });
  });

  it('counts ideas and finds touchpoints without ideas or staff notes', () => {
    let state = takeIdea(shop(), 'shop-enter', libraryIdea('kids-corner')).state;
    state = addOwnIdea(state, 'shop-enter').state;
    state = takeIdea(state, 'shop-recommend', libraryIdea('referral-thanks')).state;
    state = setBehaviours(state, 'shop-hear', 'x');
    const gaps = ideasGaps(state);
    expect(gaps.ideaCount).toBe(3);
    expect(gaps.ownCount).toBe(1);
    // 10 shop touchpoints; ideas on places 2 (shop-enter) and 9 (shop-recommend).
    expect(gaps.withoutIdeas).toEqual([0, 1, 3, 4, 5, 6, 7, 8]);
    expect(gaps.withoutStaff).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});
