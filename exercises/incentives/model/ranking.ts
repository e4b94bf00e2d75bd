import { PROGRAM_TYPES, type ProgramType } from '../../../src/results/programTypes';
import { SCORE_CRITERIA, type ScoreCriterion, type TypeScore } from '../state';
import type { FitLevel } from '../content/programFit';
import type { FitReason, TypeFit } from './fit';

export interface RankedType {
  type: ProgramType;
  /** Sum of the three scores, 3–15. */
  total: number;
  scores: Record<ScoreCriterion, number>;
  /** The criteria scored 4 or 5: what speaks for the type. */
  strengths: ScoreCriterion[];
  /** The criteria scored 1 or 2: what speaks against it. */
  weaknesses: ScoreCriterion[];
}

/** At most this many types make the short list. */
export const SHORT_LIST_SIZE = 3;
/** A type makes the short list only with a total of at least this (a mean score of 3, "neither good nor bad"). */
export const SHORT_LIST_MIN_TOTAL = 9;

/** Better fit first when totals are equal; a fit not yet known (nothing chosen) sorts with "possible". */
const FIT_ORDER: Record<FitLevel, number> = { good: 0, possible: 1, poor: 2 };
const fitRank = (level: FitLevel | null | undefined) => FIT_ORDER[level ?? 'possible'];

/**
 * The program types the participant has scored on all three criteria, best first: by total, then — given the fit
 * to the business (model/fit.ts) — by fit, then by the value to customers (a program nobody wants fails however
 * cheap it is), then in the seminar's order so ties are stable. Fit only orders equal totals: the scores are the
 * participant's judgement of their business, which the workbook's general notes on markets and stages must not
 * overrule. A type with a missing score is left out rather than counted as zero.
 */
export function rankProgramTypes(
  scores: Readonly<Record<ProgramType, TypeScore>>,
  fit: Readonly<Partial<Record<ProgramType, FitLevel | null>>> = {},
): RankedType[] {
  const ranked: RankedType[] = [];
  for (const type of PROGRAM_TYPES) {
    const score = scores[type];
    const values = SCORE_CRITERIA.map((criterion) => score[criterion]);
    if (values.some((value) => value === null)) continue;
    // Every value is a number here: the line above left out the types with a null.
    const complete = Object.fromEntries(SCORE_CRITERIA.map((criterion) => [criterion, score[criterion] ?? 0])) as Record<ScoreCriterion, number>;
    ranked.push({
      type,
      total: SCORE_CRITERIA.reduce((sum, criterion) => sum + complete[criterion], 0),
      scores: complete,
      strengths: SCORE_CRITERIA.filter((criterion) => complete[criterion] >= 4),
      weaknesses: SCORE_CRITERIA.filter((criterion) => complete[criterion] <= 2),
    });
  }
  const order = (type: ProgramType) => PROGRAM_TYPES.indexOf(type);
  return ranked.sort(
    (a, b) =>
      b.total - a.total || fitRank(fit[a.type]) - fitRank(fit[b.type]) || b.scores.customerValue - a.scores.customerValue || order(a.type) - order(b.type),
  );
}

/** The best-ranked types with at least a middling total, at most SHORT_LIST_SIZE. */
export function shortList(ranked: readonly RankedType[]): RankedType[] {
  return ranked.filter((entry) => entry.total >= SHORT_LIST_MIN_TOTAL).slice(0, SHORT_LIST_SIZE);
}

/** Why a type stands where it does: its strong and weak criteria, and what in the business speaks for and against it. */
export interface RankingReasons {
  strengths: ScoreCriterion[];
  weaknesses: ScoreCriterion[];
  fitLevel: FitLevel | null;
  /** The market, stage or loyalty types the type suits well. */
  fitFor: FitReason[];
  /** The market, stage or loyalty types it suits poorly: a warning beside a short-listed type. */
  fitAgainst: FitReason[];
}

export function rankingReasons(entry: RankedType, fit: TypeFit): RankingReasons {
  return {
    strengths: entry.strengths,
    weaknesses: entry.weaknesses,
    fitLevel: fit.level,
    fitFor: fit.reasons.filter((reason) => reason.level === 'good'),
    fitAgainst: fit.reasons.filter((reason) => reason.level === 'poor'),
  };
}
