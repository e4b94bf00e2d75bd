import { describe, expect, it } from 'vitest';
import { blankEmotionalState } from '../../../exercises/emotional-loyalty/demo';
import { DEFAULT_JOURNEYS } from '../../../exercises/emotional-loyalty/content/library';
import {
  addTouchpoint,
  defaultJourney,
  insertionIndex,
  journeyGaps,
  moveTouchpoint,
  removeTouchpoint,
  replaceJourney,
  restoreTouchpoint,
  touchpointsToAdd,
} from '../../../exercises/emotional-loyalty/model/journey';
import { newId } from '../../../exercises/emotional-loyalty/model/ids';
import type { EmotionalState, LadderStage, Touchpoint } from '../../../exercises/emotional-loyalty/state';

const point = (id: string, stage: LadderStage, emotion: Touchpoint['emotion'] = 'joy', name: string | null = id): Touchpoint => ({ id, libraryId: null, name, stage, emotion, note: '' });

/** A journey with an idea (and its action) and staff notes on 'b', so a deletion has something hanging on it. */
function withIdeas(): EmotionalState {
  return {
    ...blankEmotionalState(),
    touchpoints: [point('a', 'prospect'), point('b', 'visitor'), point('c', 'regular')],
    ideas: [
      { id: 'i1', touchpointId: 'a', libraryId: null, title: 'A', description: '', cost: null, effect: null, chosen: false },
      { id: 'i2', touchpointId: 'b', libraryId: 'tasting', title: null, description: null, cost: 2, effect: 4, chosen: true },
      { id: 'i3', touchpointId: 'c', libraryId: null, title: 'C', description: '', cost: 1, effect: 1, chosen: false },
    ],
    staff: { b: { qualities: ['expertise'], behaviours: 'Smile' }, c: { qualities: [], behaviours: 'x' } },
    actions: { i2: { date: '2027-03-01', owner: 'Anna', budget: 100, evidence: '', followUp: 'open', observed: '' } },
  };
}

describe('the customer journey model', () => {
  it('makes the default journey from the library, named by it', () => {
    const journey = defaultJourney('service');
    expect(journey.map((touchpoint) => touchpoint.libraryId)).toEqual(DEFAULT_JOURNEYS.service.map((entry) => entry.id));
    expect(journey.every((touchpoint) => touchpoint.name === null && touchpoint.note === '')).toBe(true);
  });

  it('replaces the journey and drops what hung on the old one, keeping the occasions', () => {
    const state = { ...withIdeas(), occasions: [{ id: 'o', date: '2027-03-08', libraryId: 'womens-day', name: null }] };
    const next = replaceJourney(state, 'distributor');
    expect(next.businessType).toBe('distributor');
    expect(next.touchpoints).toHaveLength(DEFAULT_JOURNEYS.distributor.length);
    expect(next.ideas).toEqual([]);
    expect(next.staff).toEqual({});
    expect(next.actions).toEqual({});
    expect(next.occasions).toEqual(state.occasions);
  });

  it('inserts a new touchpoint after the last of its rung, or before the first of a higher rung', () => {
    // prospect(0), visitor(1), regular(2)
    const touchpoints = withIdeas().touchpoints;
    expect(insertionIndex(touchpoints, 'prospect')).toBe(1);
    expect(insertionIndex(touchpoints, 'firstPurchase')).toBe(2);
    expect(insertionIndex(touchpoints, 'advocate')).toBe(3);
    expect(insertionIndex([], 'regular')).toBe(0);
    expect(insertionIndex([point('x', 'regular')], 'prospect')).toBe(0);
  });

  it('adds a library touchpoint once and an own one unnamed, each with a fresh id', () => {
    const start = { ...blankEmotionalState(), touchpoints: defaultJourney('shop').filter((touchpoint) => touchpoint.libraryId !== 'shop-advice') };
    expect(touchpointsToAdd(start).map((entry) => entry.id)).toEqual(['shop-advice']);
    const advice = DEFAULT_JOURNEYS.shop.find((entry) => entry.id === 'shop-advice');
    if (!advice) throw new Error('the shop journey lost its advice touchpoint');
    const { state: added, id } = addTouchpoint(start, advice);
    // The shop's visitor rung: shop-enter is 3rd (index 2), so advice goes to index 3, before the first purchase.
    expect(added.touchpoints.findIndex((touchpoint) => touchpoint.id === id)).toBe(3);
    expect(touchpointsToAdd(added)).toEqual([]);
    const { state: own, id: ownId } = addTouchpoint(added, { stage: 'advocate' });
    expect(own.touchpoints.at(-1)).toEqual({ id: ownId, libraryId: null, name: '', stage: 'advocate', emotion: null, note: '' });
    expect(new Set(own.touchpoints.map((touchpoint) => touchpoint.id)).size).toBe(own.touchpoints.length);
  });

  it('moves a touchpoint and refuses to move past either end', () => {
    const state = withIdeas();
    expect(moveTouchpoint(state, 0, 1).touchpoints.map((touchpoint) => touchpoint.id)).toEqual(['b', 'a', 'c']);
    expect(moveTouchpoint(state, 0, -1)).toBe(state);
    expect(moveTouchpoint(state, 2, 1)).toBe(state);
  });

  it('deletes a touchpoint with its ideas, their actions and its staff, and an undo restores all of it in place', () => {
    const state = withIdeas();
    const { state: next, removed } = removeTouchpoint(state, 'b');
    expect(next.touchpoints.map((touchpoint) => touchpoint.id)).toEqual(['a', 'c']);
    expect(next.ideas.map((idea) => idea.id)).toEqual(['i1', 'i3']);
    expect(next.actions).toEqual({});
    expect(Object.keys(next.staff)).toEqual(['c']);
    expect(removed?.ideas.map(({ idea }) => idea.id)).toEqual(['i2']);
    if (!removed) throw new Error('nothing removed');
    expect(restoreTouchpoint(next, removed)).toEqual(state);
    // A second undo changes nothing.
    expect(restoreTouchpoint(state, removed)).toBe(state);
    expect(removeTouchpoint(state, 'nope').removed).toBeNull();
  });

  it('names what the journey lacks: empty rungs, missing emotions, unnamed own touchpoints, a rung lower than before', () => {
    const gaps = journeyGaps([point('a', 'visitor'), point('b', 'regular', null), point('c', 'visitor', 'calm', '  '), point('d', 'regular')]);
    expect(gaps).toEqual({ emptyStages: ['prospect', 'firstPurchase', 'advocate'], noEmotion: [1], outOfOrder: [2], unnamed: [2] });
    expect(journeyGaps(defaultJourney('shop'))).toEqual({ emptyStages: [], noEmotion: [], outOfOrder: [], unnamed: [] });
  });

  it('never hands out an id already taken', () => {
    const draws = [0.5, 0.5, 0.25];
    const random = () => draws.shift() ?? 0.75;
    const first = newId('tp', new Set(), () => 0.5);
    expect(newId('tp', new Set([first]), random)).not.toBe(first);
  });
});
