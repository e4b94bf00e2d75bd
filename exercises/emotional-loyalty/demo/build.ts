import type { Locale, LocalizedText } from '../../../src/i18n/locale';
import { pickText } from '../../../src/i18n/translate';
import type { Action, Idea, Occasion, Staff } from '../state';

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

/**
 * A planned action. Owner and evidence are the participant's own words, which a state stores as typed, so the demo
 * writes them once, in the language the exercise is first opened in.
 */
export const plannedAction = (locale: Locale, date: string, owner: LocalizedText, budget: number, evidence: LocalizedText): Action => ({
  date,
  owner: pickText(owner, locale),
  budget,
  evidence: pickText(evidence, locale),
  followUp: 'open',
  observed: '',
});

/** What the staff at a touchpoint need: qualities by library id, behaviours in the demo company's words. */
export const staffNeeds = (locale: Locale, qualities: string[], behaviours: LocalizedText): Staff => ({ qualities, behaviours: pickText(behaviours, locale) });

export const libraryOccasion = (id: string, date: string, libraryId: string): Occasion => ({ id, date, libraryId, name: null });
