import { LEVER_GROUPS, LEVERS, type IncentivesState, type Lever, type LeverGroup } from '../state';

/** A lever rated this high is one the business can really hold customers with (the scale's "strong" end). */
export const STRONG_RATING = 4;

// Cast: Object.keys loses the key type; LEVER_GROUPS's keys are exactly the groups, in the seminar's order.
export const LEVER_GROUP_IDS = Object.keys(LEVER_GROUPS) as LeverGroup[];
/** The groups that make leaving costly, as opposed to habit, which makes staying easy. */
export const COST_OF_LEAVING_GROUPS: readonly LeverGroup[] = ['exit', 'switching', 'sunk'];

export interface RatedLever {
  lever: Lever;
  rating: number;
}

export interface LeverGroupSummary {
  group: LeverGroup;
  /** Levers of the group the participant rated, in the seminar's order. */
  rated: RatedLever[];
  total: number;
  /** Mean of the rated levers; null until one is rated (an unrated lever is not a zero). */
  mean: number | null;
  /** The group's levers rated STRONG_RATING or more, strongest first. */
  strong: RatedLever[];
}

export type LeverReliance =
  /** Nothing rated yet. */
  | { kind: 'unrated' }
  /** No lever reaches STRONG_RATING: nothing really holds customers. */
  | { kind: 'none' }
  /** Strong levers in one group only: the business leans on it. */
  | { kind: 'single'; group: LeverGroup }
  | { kind: 'several'; groups: LeverGroup[] };

export interface LeverSummary {
  groups: LeverGroupSummary[];
  ratedCount: number;
  /** Every lever rated STRONG_RATING or more, strongest first, then in the seminar's order. */
  strongest: RatedLever[];
  reliance: LeverReliance;
  /**
   * Strong levers only among the costs of leaving, none in habit: customers stay because leaving hurts, which
   * breeds resentment, not loyalty (the seminar's warning), and they go the day a rival pays the cost for them.
   */
  trapsWithoutHabit: boolean;
}

const byRating = (a: RatedLever, b: RatedLever) => b.rating - a.rating || LEVERS.indexOf(a.lever) - LEVERS.indexOf(b.lever);

export function summarizeLevers(levers: IncentivesState['levers']): LeverSummary {
  const groups = LEVER_GROUP_IDS.map((group): LeverGroupSummary => {
    const members: readonly Lever[] = LEVER_GROUPS[group];
    const rated = members.flatMap((lever) => {
      const rating = levers[lever]?.rating;
      return rating === null || rating === undefined ? [] : [{ lever, rating }];
    });
    const mean = rated.length === 0 ? null : rated.reduce((sum, entry) => sum + entry.rating, 0) / rated.length;
    return { group, rated, total: members.length, mean, strong: rated.filter((entry) => entry.rating >= STRONG_RATING).sort(byRating) };
  });
  const ratedCount = groups.reduce((sum, group) => sum + group.rated.length, 0);
  const strongGroups = groups.filter((group) => group.strong.length > 0).map((group) => group.group);
  const reliance: LeverReliance =
    ratedCount === 0
      ? { kind: 'unrated' }
      : strongGroups.length === 0
        ? { kind: 'none' }
        : strongGroups.length === 1 && strongGroups[0] !== undefined
          ? { kind: 'single', group: strongGroups[0] }
          : { kind: 'several', groups: strongGroups };
  return {
    groups,
    ratedCount,
    strongest: groups.flatMap((group) => group.strong).sort(byRating),
    reliance,
    trapsWithoutHabit: strongGroups.length > 0 && !strongGroups.includes('habit'),
  };
}
