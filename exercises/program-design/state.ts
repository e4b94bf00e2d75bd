import { z } from 'zod/mini';
import { LIFE_CYCLE_STAGES, MARKETS, PROGRAM_TYPES } from '../../src/results/programTypes';
import { mechanicSchema } from '../../src/results/incentiveMechanics';
import { programFiguresSchema } from '../../src/results/programFigures';

/**
 * What the participant keeps in "Design your loyalty program": the goal and target customers, the mechanics and
 * the rules, the channel partners' side, the check-list of classic mistakes answered, and the program's figures,
 * which go to the ROI exercise to be evaluated. Results of other exercises (the segmentation's targets, the
 * incentives' mechanics, ROI's payback) are read through src/results, never copied in silently: what is copied is
 * what the participant chose to take over.
 */

export const GOALS = ['retain', 'frequency', 'averageCheck', 'crossSell', 'winBack', 'acquire', 'knowCustomers', 'advocacy'] as const;
export const TARGET_SOURCES = ['segmentation', 'own'] as const;
export const MECHANICS_SOURCES = ['incentives', 'own'] as const;
export const RULE_TOPICS = ['joining', 'earning', 'spending', 'expiry', 'tierChange', 'exclusions', 'communication'] as const;
export const MISTAKES = [
  'rewardsOnBaseline',
  'noExitForUnprofitable',
  'unwantedRewards',
  'rulesChangedSilently',
  'noMeasurement',
  'tooComplex',
  'rewardAboveMargin',
  'staffNotReady',
  'copiedCompetitor',
  'noCommunication',
] as const;
/** A mistake the design answers, one it leaves open (flagged), or not looked at yet. */
export const MISTAKE_STATUSES = ['answered', 'flagged'] as const;

const id = z.string().check(z.minLength(1), z.maxLength(64));

export const mistakeSchema = z.object({
  status: z.nullable(z.enum(MISTAKE_STATUSES)),
  /** How the design answers it, or what is still to decide. */
  note: z.string(),
});

export const programDesignStateSchema = z.object({
  name: z.string(),
  goals: z.array(z.enum(GOALS)),
  /** The goal in the participant's words, with the figure they want to move. */
  goalText: z.string(),
  market: z.nullable(z.enum(MARKETS)),
  stage: z.nullable(z.enum(LIFE_CYCLE_STAGES)),
  target: z.object({
    source: z.enum(TARGET_SOURCES),
    /** Keys of the segmentation's segments taken as targets (source 'segmentation'). */
    segmentKeys: z.array(z.string()),
    /** Who the program is for, in the participant's words (always kept, whatever the source). */
    description: z.string(),
  }),
  mechanics: z.object({
    source: z.enum(MECHANICS_SOURCES),
    /** The mechanics of the program: taken over from incentives, or chosen here. */
    chosen: z.array(z.extend(mechanicSchema, { id })).check(z.maxLength(20)),
    /** Program types considered when choosing here. */
    types: z.array(z.enum(PROGRAM_TYPES)),
    /**
     * What the incentives exercise offered when its mechanics were last taken, as it was (absent before it was kept:
     * read as not known). Tells the source's later changes from the participant's own tuning here.
     */
    taken: z._default(z.nullable(z.array(mechanicSchema).check(z.maxLength(20))), null),
  }),
  rules: z.record(z.enum(RULE_TOPICS), z.string()),
  channel: z.object({
    /** The participant sells through dealers, distributors or shops whose staff must want the program to work. */
    throughPartners: z.boolean(),
    /** What the chain gets and does: its motivation, in the participant's words. */
    partnersSide: z.string(),
  }),
  mistakes: z.partialRecord(z.enum(MISTAKES), mistakeSchema),
  economics: programFiguresSchema,
  /** `changedAt` (absent before it was kept: read as not known): when the notes were last edited, shown at the follow-up. */
  followUp: z.object({ notes: z.string(), changedAt: z._default(z.nullable(z.string()), null) }),
});

export type ProgramDesignState = z.infer<typeof programDesignStateSchema>;
export type Goal = (typeof GOALS)[number];
export type RuleTopic = (typeof RULE_TOPICS)[number];
export type Mistake = (typeof MISTAKES)[number];
export type MistakeStatus = (typeof MISTAKE_STATUSES)[number];
export type MistakeAnswer = z.infer<typeof mistakeSchema>;
export type DesignMechanic = ProgramDesignState['mechanics']['chosen'][number];

export const PROGRAM_DESIGN_STATE_VERSION = 1;
export const PROGRAM_DESIGN_EXERCISE_ID = 'program-design';

/** Every rule topic empty: the record is complete, so a step never meets a missing topic. */
export function emptyRules(): Record<RuleTopic, string> {
  // Cast: fromEntries loses the key type; the entries are exactly RULE_TOPICS.
  return Object.fromEntries(RULE_TOPICS.map((topic) => [topic, ''])) as Record<RuleTopic, string>;
}
