import type { Action, Idea, Occasion } from '../state';

/** A library idea as a demo holds it: texts follow the page's language, ratings as the demo company gave them. */
export const libraryIdea = (id: string, touchpointId: string, libraryId: string, cost: number, effect: number, chosen = false): Idea => ({
  id,
  touchpointId,
  libraryId,
  title: null,
  description: null,
  cost,
  effect,
  chosen,
});

/** A planned action; the demo's free texts are written in Russian, the seminar's language (a state has no locale). */
export const plannedAction = (date: string, owner: string, budget: number, evidence: string): Action => ({ date, owner, budget, evidence, followUp: 'open', observed: '' });

export const libraryOccasion = (id: string, date: string, libraryId: string): Occasion => ({ id, date, libraryId, name: null });
