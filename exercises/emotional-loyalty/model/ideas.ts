import { IDEA_LIBRARY, type LibraryIdea } from '../content/library';
import type { Action, EmotionalState, Idea, Staff, Touchpoint } from '../state';
import { newId, takenIds } from './ids';

/**
 * The library's ideas for a touchpoint: those written for its library touchpoint; for the participant's own
 * touchpoint, or one the library has nothing written for, those that suit its rung of the ladder.
 */
export function suggestedIdeas(touchpoint: Pick<Touchpoint, 'libraryId' | 'stage'>, library: readonly LibraryIdea[] = IDEA_LIBRARY): LibraryIdea[] {
  const byTouchpoint = touchpoint.libraryId === null ? [] : library.filter((entry) => entry.touchpoints.includes(touchpoint.libraryId ?? ''));
  if (byTouchpoint.length > 0) return byTouchpoint;
  return library.filter((entry) => entry.stages.includes(touchpoint.stage));
}

/**
 * A library idea taken for a touchpoint: its texts stay the library's (null) until edited, and it starts with the
 * library's guess of cost and effect, which the plan step rates over.
 */
export function takeIdea(state: EmotionalState, touchpointId: string, entry: LibraryIdea): { state: EmotionalState; id: string } {
  const id = newId('idea', takenIds(state));
  const idea: Idea = { id, touchpointId, libraryId: entry.id, title: null, description: null, cost: entry.cost, effect: entry.effect, chosen: false };
  return { state: { ...state, ideas: [...state.ideas, idea] }, id };
}

/** The participant's own idea: no texts and no ratings yet. */
export function addOwnIdea(state: EmotionalState, touchpointId: string): { state: EmotionalState; id: string } {
  const id = newId('idea', takenIds(state));
  const idea: Idea = { id, touchpointId, libraryId: null, title: '', description: '', cost: null, effect: null, chosen: false };
  return { state: { ...state, ideas: [...state.ideas, idea] }, id };
}

/**
 * An edit of a title or a description. The other text, if still the library's, stays null and keeps following the
 * page's language; the edited one is stored as typed.
 */
export function editIdea(state: EmotionalState, id: string, patch: Partial<Pick<Idea, 'title' | 'description'>>): EmotionalState {
  return { ...state, ideas: state.ideas.map((idea) => (idea.id === id ? { ...idea, ...patch } : idea)) };
}

export interface RemovedIdea {
  idea: Idea;
  index: number;
  action: Action | null;
}

/** Deletes an idea with its action (kept for the undo). */
export function removeIdea(state: EmotionalState, id: string): { state: EmotionalState; removed: RemovedIdea | null } {
  const index = state.ideas.findIndex((idea) => idea.id === id);
  const idea = state.ideas[index];
  if (idea === undefined) return { state, removed: null };
  const action = Object.hasOwn(state.actions, id) ? (state.actions[id] ?? null) : null;
  return {
    state: {
      ...state,
      ideas: state.ideas.filter((entry) => entry.id !== id),
      actions: Object.fromEntries(Object.entries(state.actions).filter(([ideaId]) => ideaId !== id)),
    },
    removed: { idea, index, action },
  };
}

/** Puts a deleted idea back, unless its touchpoint has gone meanwhile (an idea is never left orphaned). */
export function restoreIdea(state: EmotionalState, removed: RemovedIdea): EmotionalState {
  if (state.ideas.some((idea) => idea.id === removed.idea.id)) return state;
  if (!state.touchpoints.some((touchpoint) => touchpoint.id === removed.idea.touchpointId)) return state;
  const ideas = [...state.ideas];
  ideas.splice(Math.min(removed.index, ideas.length), 0, removed.idea);
  return { ...state, ideas, actions: removed.action === null ? state.actions : { ...state.actions, [removed.idea.id]: removed.action } };
}

const emptyStaff = (): Staff => ({ qualities: [], behaviours: '' });

export function staffOf(state: EmotionalState, touchpointId: string): Staff {
  return Object.hasOwn(state.staff, touchpointId) ? (state.staff[touchpointId] ?? emptyStaff()) : emptyStaff();
}

export function toggleQuality(state: EmotionalState, touchpointId: string, qualityId: string, on: boolean): EmotionalState {
  const staff = staffOf(state, touchpointId);
  const qualities = on ? (staff.qualities.includes(qualityId) ? staff.qualities : [...staff.qualities, qualityId]) : staff.qualities.filter((entry) => entry !== qualityId);
  return { ...state, staff: { ...state.staff, [touchpointId]: { ...staff, qualities } } };
}

export function setBehaviours(state: EmotionalState, touchpointId: string, behaviours: string): EmotionalState {
  return { ...state, staff: { ...state.staff, [touchpointId]: { ...staffOf(state, touchpointId), behaviours } } };
}

/** What step 2 still lacks, by touchpoint place (0-based), for its reading. */
export interface IdeasGaps {
  withoutIdeas: number[];
  withoutStaff: number[];
  ideaCount: number;
  ownCount: number;
}

export function ideasGaps(state: EmotionalState): IdeasGaps {
  const withIdeas = new Set(state.ideas.map((idea) => idea.touchpointId));
  return {
    withoutIdeas: state.touchpoints.flatMap((touchpoint, index) => (withIdeas.has(touchpoint.id) ? [] : [index])),
    withoutStaff: state.touchpoints.flatMap((touchpoint, index) => {
      const staff = staffOf(state, touchpoint.id);
      return staff.qualities.length === 0 && staff.behaviours.trim() === '' ? [index] : [];
    }),
    ideaCount: state.ideas.length,
    ownCount: state.ideas.filter((idea) => idea.libraryId === null).length,
  };
}
