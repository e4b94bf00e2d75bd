import { DEFAULT_JOURNEYS, type LibraryTouchpoint } from '../content/library';
import { LADDER_STAGES, type Action, type BusinessType, type EmotionalState, type Idea, type LadderStage, type Staff, type Touchpoint } from '../state';
import { newId, takenIds } from './ids';

/** A business's default journey as the participant's touchpoints, named by the library until renamed. */
export function defaultJourney(type: BusinessType): Touchpoint[] {
  return DEFAULT_JOURNEYS[type].map((entry) => ({ id: entry.id, libraryId: entry.id, name: null, stage: entry.stage, emotion: entry.emotion, note: '' }));
}

/**
 * Another business's default journey in place of the current one. Ideas, staff notes and actions hang on the old
 * touchpoints, so they go with them (the step asks first); the dates that matter to customers and the notes stay.
 */
export function replaceJourney(state: EmotionalState, type: BusinessType): EmotionalState {
  return { ...state, businessType: type, touchpoints: defaultJourney(type), ideas: [], staff: {}, actions: {} };
}

/** Where a touchpoint of a stage goes: after the last one of its stage, else before the first of a later stage. */
export function insertionIndex(touchpoints: readonly Touchpoint[], stage: LadderStage): number {
  const rank = LADDER_STAGES.indexOf(stage);
  let index = touchpoints.length;
  for (let i = touchpoints.length - 1; i >= 0; i -= 1) {
    const other = touchpoints[i];
    if (other === undefined) continue;
    const otherRank = LADDER_STAGES.indexOf(other.stage);
    if (otherRank <= rank) return i + 1;
    index = i;
  }
  return index;
}

/** A touchpoint added from the library (named by it) or the participant's own (libraryId null, name typed later). */
export function addTouchpoint(state: EmotionalState, source: LibraryTouchpoint | { stage: LadderStage }): { state: EmotionalState; id: string } {
  const id = newId('tp', takenIds(state));
  const touchpoint: Touchpoint =
    'id' in source
      ? { id, libraryId: source.id, name: null, stage: source.stage, emotion: source.emotion, note: '' }
      : { id, libraryId: null, name: '', stage: source.stage, emotion: null, note: '' };
  const touchpoints = [...state.touchpoints];
  touchpoints.splice(insertionIndex(touchpoints, touchpoint.stage), 0, touchpoint);
  return { state: { ...state, touchpoints }, id };
}

export function updateTouchpoint(state: EmotionalState, id: string, patch: Partial<Omit<Touchpoint, 'id' | 'libraryId'>>): EmotionalState {
  return { ...state, touchpoints: state.touchpoints.map((touchpoint) => (touchpoint.id === id ? { ...touchpoint, ...patch } : touchpoint)) };
}

/** Swaps a touchpoint with its neighbour; the journey is an order the customer lives, so order is the participant's. */
export function moveTouchpoint(state: EmotionalState, index: number, by: -1 | 1): EmotionalState {
  const touchpoints = [...state.touchpoints];
  const moving = touchpoints[index];
  const other = touchpoints[index + by];
  if (!moving || !other) return state;
  touchpoints[index] = other;
  touchpoints[index + by] = moving;
  return { ...state, touchpoints };
}

/** What deleting a touchpoint took away, so an undo puts all of it back where it was. */
export interface RemovedTouchpoint {
  touchpoint: Touchpoint;
  index: number;
  ideas: { idea: Idea; index: number }[];
  staff: Staff | null;
  actions: Record<string, Action>;
}

/** Deletes a touchpoint with its ideas, their actions and its staff notes, leaving nothing that points at it. */
export function removeTouchpoint(state: EmotionalState, id: string): { state: EmotionalState; removed: RemovedTouchpoint | null } {
  const index = state.touchpoints.findIndex((touchpoint) => touchpoint.id === id);
  const touchpoint = state.touchpoints[index];
  if (touchpoint === undefined) return { state, removed: null };
  const ideas = state.ideas.flatMap((idea, ideaIndex) => (idea.touchpointId === id ? [{ idea, index: ideaIndex }] : []));
  const goneIdeas = new Set(ideas.map(({ idea }) => idea.id));
  const actions = Object.fromEntries(Object.entries(state.actions).filter(([ideaId]) => goneIdeas.has(ideaId)));
  const staff = Object.hasOwn(state.staff, id) ? (state.staff[id] ?? null) : null;
  return {
    state: {
      ...state,
      touchpoints: state.touchpoints.filter((entry) => entry.id !== id),
      ideas: state.ideas.filter((idea) => !goneIdeas.has(idea.id)),
      staff: Object.fromEntries(Object.entries(state.staff).filter(([touchpointId]) => touchpointId !== id)),
      actions: Object.fromEntries(Object.entries(state.actions).filter(([ideaId]) => !goneIdeas.has(ideaId))),
    },
    removed: { touchpoint, index, ideas, staff, actions },
  };
}

/** Puts a deleted touchpoint back at its place with everything that hung on it. */
export function restoreTouchpoint(state: EmotionalState, removed: RemovedTouchpoint): EmotionalState {
  if (state.touchpoints.some((touchpoint) => touchpoint.id === removed.touchpoint.id)) return state;
  const touchpoints = [...state.touchpoints];
  touchpoints.splice(Math.min(removed.index, touchpoints.length), 0, removed.touchpoint);
  const ideas = [...state.ideas];
  for (const { idea, index } of removed.ideas) ideas.splice(Math.min(index, ideas.length), 0, idea);
  return {
    ...state,
    touchpoints,
    ideas,
    staff: removed.staff === null ? state.staff : { ...state.staff, [removed.touchpoint.id]: removed.staff },
    actions: { ...state.actions, ...removed.actions },
  };
}

/** Library touchpoints of a business the journey does not hold yet, in the default order. */
export function touchpointsToAdd(state: EmotionalState): LibraryTouchpoint[] {
  const used = new Set(state.touchpoints.map((touchpoint) => touchpoint.libraryId));
  return DEFAULT_JOURNEYS[state.businessType].filter((entry) => !used.has(entry.id));
}

/** What the journey lacks, for the step's reading. */
export interface JourneyGaps {
  /** Rungs of the ladder no touchpoint stands on, in ladder order. */
  emptyStages: LadderStage[];
  /** Places (0-based) of touchpoints with no emotion chosen. */
  noEmotion: number[];
  /** Places of touchpoints standing on a lower rung than one before them. */
  outOfOrder: number[];
  /** Places of the participant's own touchpoints left without a name. */
  unnamed: number[];
}

export function journeyGaps(touchpoints: readonly Touchpoint[]): JourneyGaps {
  const stages = new Set(touchpoints.map((touchpoint) => touchpoint.stage));
  let highest = -1;
  const outOfOrder: number[] = [];
  touchpoints.forEach((touchpoint, index) => {
    const rank = LADDER_STAGES.indexOf(touchpoint.stage);
    if (rank < highest) outOfOrder.push(index);
    highest = Math.max(highest, rank);
  });
  const places = (test: (touchpoint: Touchpoint) => boolean) => touchpoints.flatMap((touchpoint, index) => (test(touchpoint) ? [index] : []));
  return {
    emptyStages: LADDER_STAGES.filter((stage) => !stages.has(stage)),
    noEmotion: places((touchpoint) => touchpoint.emotion === null),
    outOfOrder,
    unnamed: places((touchpoint) => touchpoint.libraryId === null && (touchpoint.name ?? '').trim() === ''),
  };
}
