import { z } from 'zod/mini';

/** The board's own localStorage key: the workbook's progress and backups never carry the trainer's board. */
export const BOARD_STORAGE_KEY = 'loyalty-workbook-trainer-board';
/** Where a stored board the app could not read is kept, for the trainer to download before starting afresh. */
export const BOARD_KEPT_ASIDE_KEY = 'loyalty-workbook-trainer-board:kept-aside';
export const BOARD_VERSION = 1;

/** Names may be left empty: the board then shows "Team 2", "Assessment 1" in the language of the moment. */
const namedSchema = z.object({ id: z.string().check(z.minLength(1)), name: z.string() });

export const boardSchema = z.object({
  teams: z.array(namedSchema),
  assessments: z.array(namedSchema),
  /** teamId → assessmentId → score; a score not entered is absent, never 0. */
  scores: z.record(z.string(), z.record(z.string(), z.number().check(z.nonnegative()))),
  /** `teamId/assessmentId` → text typed that is not a score yet: kept with its message until it is fixed. */
  drafts: z.record(z.string(), z.string()),
});

export type BoardState = z.infer<typeof boardSchema>;

export function draftKey(teamId: string, assessmentId: string): string {
  return `${teamId}/${assessmentId}`;
}

/** The seminar scores its teams three times a day (the course outline): three empty assessments to start. */
export const DEFAULT_ASSESSMENT_COUNT = 3;
