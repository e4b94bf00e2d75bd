import { emptyAction, type Action, type EmotionalState, type Idea, type Occasion } from '../state';
import { rateIdea } from './rating';

/** The state changes of the plan and follow-up steps. Pure, so a test states each rule on a plain object. */

/**
 * Choose or unchoose an idea. Choosing gives it an action unless it already has one; unchoosing leaves the action
 * where it is, so choosing it again brings back every date, owner and word typed for it.
 */
export function withChosen(state: EmotionalState, ideaId: string, chosen: boolean): EmotionalState {
  const ideas = state.ideas.map((idea) => (idea.id === ideaId ? { ...idea, chosen } : idea));
  const actions = chosen && !Object.hasOwn(state.actions, ideaId) ? { ...state.actions, [ideaId]: emptyAction() } : state.actions;
  return { ...state, ideas, actions };
}

/** The suggestion: choose every quick win not chosen yet (the others keep their choice). */
export function withQuickWinsChosen(state: EmotionalState): EmotionalState {
  return state.ideas.filter((idea) => !idea.chosen && rateIdea(idea)?.quadrant === 'quickWin').reduce((next, idea) => withChosen(next, idea.id, true), state);
}

export function quickWinsToChoose(ideas: readonly Idea[]): number {
  return ideas.filter((idea) => !idea.chosen && rateIdea(idea)?.quadrant === 'quickWin').length;
}

export function withRating(state: EmotionalState, ideaId: string, patch: Partial<Pick<Idea, 'cost' | 'effect'>>): EmotionalState {
  return { ...state, ideas: state.ideas.map((idea) => (idea.id === ideaId ? { ...idea, ...patch } : idea)) };
}

export function withAction(state: EmotionalState, ideaId: string, patch: Partial<Action>): EmotionalState {
  const current = Object.hasOwn(state.actions, ideaId) ? (state.actions[ideaId] ?? emptyAction()) : emptyAction();
  return { ...state, actions: { ...state.actions, [ideaId]: { ...current, ...patch } } };
}

/** An id no occasion has had in this state: time and a random tail, as other lists of the workbook do. */
export function newOccasionId(existing: readonly Occasion[]): string {
  const taken = new Set(existing.map((occasion) => occasion.id));
  for (;;) {
    const id = `occ-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
    if (!taken.has(id)) return id;
  }
}

export function withOccasion(state: EmotionalState, occasion: Occasion, index = state.occasions.length): EmotionalState {
  const occasions = [...state.occasions];
  occasions.splice(Math.min(Math.max(index, 0), occasions.length), 0, occasion);
  return { ...state, occasions };
}

export function withOccasionChange(state: EmotionalState, id: string, patch: Partial<Pick<Occasion, 'date' | 'name'>>): EmotionalState {
  return { ...state, occasions: state.occasions.map((occasion) => (occasion.id === id ? { ...occasion, ...patch } : occasion)) };
}

export function withoutOccasion(state: EmotionalState, id: string): EmotionalState {
  return { ...state, occasions: state.occasions.filter((occasion) => occasion.id !== id) };
}
