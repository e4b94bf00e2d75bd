import { z } from 'zod/mini';

/**
 * What the participant keeps in "Emotional components of loyalty": their customer journey as touchpoints (each
 * on a rung of the commitment ladder, with the emotion wanted there), ideas per touchpoint (from the library or
 * their own) rated by cost and effect, what the staff at each touchpoint need, the chosen ideas as an action plan
 * with dates, owners and budgets, the dates that matter to their customers, and at the follow-up what each action
 * gave. Texts from the library are referred to by id (null text = the library's, in the page's language), so a
 * demo reads in every language; a text the participant edits is stored as typed.
 */

/** Default journeys and idea libraries differ by business. */
export const BUSINESS_TYPES = ['shop', 'distributor', 'service'] as const;
/** The commitment ladder (seeds: prospect → visitor → first purchase → regular → advocate). */
export const LADDER_STAGES = ['prospect', 'visitor', 'firstPurchase', 'regular', 'advocate'] as const;
/** The emotion wanted at a touchpoint; the participant's own words go in the touchpoint's note. */
export const EMOTIONS = ['trust', 'curiosity', 'joy', 'surprise', 'care', 'pride', 'belonging', 'gratitude', 'calm'] as const;
/** 1 = lowest, 5 = highest. */
export const RATING = z.nullable(z.int().check(z.minimum(1), z.maximum(5)));
export const FOLLOW_UP_STATUSES = ['open', 'done', 'notDone'] as const;

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const id = z.string().check(z.minLength(1), z.maxLength(64));

export const touchpointSchema = z.object({
  id,
  /** The library touchpoint it started from; null: the participant's own. */
  libraryId: z.nullable(z.string()),
  /** null: the library's name. */
  name: z.nullable(z.string()),
  stage: z.enum(LADDER_STAGES),
  emotion: z.nullable(z.enum(EMOTIONS)),
  /** What the customer should feel and why, in the participant's words. */
  note: z.string(),
});

export const ideaSchema = z.object({
  id,
  touchpointId: id,
  /** The library idea it started from; null: the participant's own. */
  libraryId: z.nullable(z.string()),
  /** null: the library's title / description. */
  title: z.nullable(z.string()),
  description: z.nullable(z.string()),
  cost: RATING,
  effect: RATING,
  /** Chosen ideas become the action plan. */
  chosen: z.boolean(),
});

/** What the staff at a touchpoint need: qualities from the library by id, and the behaviours in the participant's words. */
export const staffSchema = z.object({
  qualities: z.array(z.string()),
  behaviours: z.string(),
});

/** A chosen idea as an action: when, who, budget, how its effect will be seen, and at the follow-up what it gave. */
export const actionSchema = z.object({
  date: z.nullable(isoDate),
  owner: z.string(),
  budget: z.nullable(z.number().check(z.minimum(0))),
  evidence: z.string(),
  followUp: z.enum(FOLLOW_UP_STATUSES),
  observed: z.string(),
});

/** A date that matters to the participant's customers (a professional day, the customer's anniversary, a season). */
export const occasionSchema = z.object({
  id,
  date: isoDate,
  /** The library occasion it came from; null: the participant's own. */
  libraryId: z.nullable(z.string()),
  /** null: the library's name. */
  name: z.nullable(z.string()),
});

export const emotionalStateSchema = z.object({
  businessType: z.enum(BUSINESS_TYPES),
  touchpoints: z.array(touchpointSchema).check(z.maxLength(60)),
  ideas: z.array(ideaSchema).check(z.maxLength(300)),
  /** By touchpoint id. */
  staff: z.record(z.string(), staffSchema),
  /** By idea id; an idea chosen and then unchosen keeps its action, so nothing typed is lost. */
  actions: z.record(z.string(), actionSchema),
  occasions: z.array(occasionSchema).check(z.maxLength(60)),
  conclusions: z.object({ notes: z.string() }),
});

export type EmotionalState = z.infer<typeof emotionalStateSchema>;
export type BusinessType = (typeof BUSINESS_TYPES)[number];
export type LadderStage = (typeof LADDER_STAGES)[number];
export type Emotion = (typeof EMOTIONS)[number];
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];
export type Touchpoint = z.infer<typeof touchpointSchema>;
export type Idea = z.infer<typeof ideaSchema>;
export type Staff = z.infer<typeof staffSchema>;
export type Action = z.infer<typeof actionSchema>;
export type Occasion = z.infer<typeof occasionSchema>;

export const EMOTIONAL_STATE_VERSION = 1;
export const EMOTIONAL_EXERCISE_ID = 'emotional-loyalty';

/** A fresh action for an idea just chosen. */
export function emptyAction(): Action {
  return { date: null, owner: '', budget: null, evidence: '', followUp: 'open', observed: '' };
}
