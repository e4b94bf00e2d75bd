/**
 * The team competition's standings, computed from what the trainer entered. The seminar scores teams three
 * times a day and names, each time, the team with the highest score and the team that grew fastest; the day's
 * winner is the highest total. Pure: no React, no storage.
 *
 * Rules (the board states them on screen, src/trainer/board/messages.ts `rules.*`):
 * - A missing score is blank, not zero: it adds nothing to a total, and a growth needs both of its scores.
 * - Ranks are competition ranks ("1, 1, 3"): teams with equal totals share a place. A team with no score yet
 *   has no total and no place.
 * - Best team of an assessment: the highest score entered for it; ties share the title.
 * - Growth at an assessment: the team's score there minus its score at the assessment before (both entered).
 *   The fastest growth is the largest positive one; ties share it; when nobody improved, nobody wins it.
 * - Growth over the day: a team's last entered score minus its first, for a team with two scores or more.
 */

export interface Team {
  id: string;
  name: string;
}

export interface Assessment {
  id: string;
  name: string;
}

/** teamId → assessmentId → score. An absent entry is a score not entered yet. */
export type Scores = Readonly<Record<string, Readonly<Record<string, number>>>>;

export interface BoardInput {
  teams: readonly Team[];
  assessments: readonly Assessment[];
  scores: Scores;
}

export interface TeamStanding {
  teamId: string;
  /** Sum of the entered scores; null while the team has none. */
  total: number | null;
  /** How many assessments have a score for this team. */
  scored: number;
  /** Competition rank by total (1 is best); null for a team with no score. */
  rank: number | null;
  /** Shares first place with another team. */
  tied: boolean;
}

/** Teams that share a title, and the figure that won it. */
export interface Winners {
  teamIds: string[];
  value: number;
}

export interface AssessmentResult {
  assessmentId: string;
  /** Highest score of the assessment; null while nobody has one. */
  best: Winners | null;
  /** Largest positive growth from the assessment before; null for the first assessment or when nobody grew. */
  fastestGrowth: Winners | null;
  /** Each team's growth at this assessment, for teams with both scores (absent otherwise). */
  growth: Readonly<Record<string, number>>;
}

export interface Standings {
  /** In ranking order: best total first; teams with no score last, in the trainer's order. */
  teams: TeamStanding[];
  assessments: AssessmentResult[];
  /** Largest positive growth from a team's first entered score to its last; null when nobody grew. */
  overallGrowth: Winners | null;
  /** Each team's growth over the day (last entered minus first), for teams with two scores or more. */
  dayGrowth: Readonly<Record<string, number>>;
}

/** Floating-point sums (0.1 + 0.2) must not split a tie a person sees as one. */
const TIE_TOLERANCE = 1e-9;

function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= TIE_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

export function scoreOf(scores: Scores, teamId: string, assessmentId: string): number | null {
  const row = Object.hasOwn(scores, teamId) ? scores[teamId] : undefined;
  if (!row || !Object.hasOwn(row, assessmentId)) return null;
  const value = row[assessmentId];
  return value === undefined || !Number.isFinite(value) ? null : value;
}

/** Teams with the highest value; every team within the tolerance of it shares the title. */
function leaders(values: readonly { teamId: string; value: number }[], { positiveOnly }: { positiveOnly: boolean }): Winners | null {
  const candidates = positiveOnly ? values.filter((entry) => entry.value > TIE_TOLERANCE) : values;
  if (candidates.length === 0) return null;
  const top = Math.max(...candidates.map((entry) => entry.value));
  return { teamIds: candidates.filter((entry) => same(entry.value, top)).map((entry) => entry.teamId), value: top };
}

/** Competition ranks: equal totals share a place, and the next place skips as many as shared it (1, 1, 3). */
export function rankTotals(totals: readonly { teamId: string; total: number | null }[]): Map<string, number | null> {
  const ranked = totals.filter((entry): entry is { teamId: string; total: number } => entry.total !== null).sort((a, b) => b.total - a.total);
  const ranks = new Map<string, number | null>();
  ranked.forEach((entry, index) => {
    const previous = index > 0 ? ranked[index - 1] : undefined;
    const rank = previous && same(previous.total, entry.total) ? (ranks.get(previous.teamId) ?? index + 1) : index + 1;
    ranks.set(entry.teamId, rank);
  });
  for (const entry of totals) if (entry.total === null) ranks.set(entry.teamId, null);
  return ranks;
}

export function computeStandings({ teams, assessments, scores }: BoardInput): Standings {
  const totals = teams.map((team) => {
    const entered = assessments.map((assessment) => scoreOf(scores, team.id, assessment.id)).filter((value): value is number => value !== null);
    return { teamId: team.id, total: entered.length === 0 ? null : entered.reduce((sum, value) => sum + value, 0), scored: entered.length };
  });
  const ranks = rankTotals(totals);
  const firstPlaces = totals.filter((entry) => ranks.get(entry.teamId) === 1).length;
  const order = new Map(teams.map((team, index) => [team.id, index]));
  const standings: TeamStanding[] = totals
    .map((entry) => ({ ...entry, rank: ranks.get(entry.teamId) ?? null, tied: ranks.get(entry.teamId) === 1 && firstPlaces > 1 }))
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || (order.get(a.teamId) ?? 0) - (order.get(b.teamId) ?? 0));

  const results: AssessmentResult[] = assessments.map((assessment, index) => {
    const entered = teams.flatMap((team) => {
      const value = scoreOf(scores, team.id, assessment.id);
      return value === null ? [] : [{ teamId: team.id, value }];
    });
    const previous = index > 0 ? assessments[index - 1] : undefined;
    const growth: Record<string, number> = {};
    if (previous) {
      for (const team of teams) {
        const now = scoreOf(scores, team.id, assessment.id);
        const before = scoreOf(scores, team.id, previous.id);
        if (now !== null && before !== null) growth[team.id] = now - before;
      }
    }
    const growthList = Object.entries(growth).map(([teamId, value]) => ({ teamId, value }));
    return {
      assessmentId: assessment.id,
      best: leaders(entered, { positiveOnly: false }),
      fastestGrowth: previous ? leaders(growthList, { positiveOnly: true }) : null,
      growth,
    };
  });

  const dayGrowth: Record<string, number> = {};
  for (const team of teams) {
    const entered = assessments.map((assessment) => scoreOf(scores, team.id, assessment.id)).filter((value): value is number => value !== null);
    const first = entered[0];
    const last = entered[entered.length - 1];
    if (entered.length >= 2 && first !== undefined && last !== undefined) dayGrowth[team.id] = last - first;
  }
  const overallGrowth = leaders(
    Object.entries(dayGrowth).map(([teamId, value]) => ({ teamId, value })),
    { positiveOnly: true },
  );

  return { teams: standings, assessments: results, overallGrowth, dayGrowth };
}
