import { describe, expect, it } from 'vitest';
import { computeStandings, rankTotals, type Assessment, type Scores, type Team } from '../../../src/trainer/board/model';

const teams: Team[] = [
  { id: 'alpha', name: 'Альфа' },
  { id: 'beta', name: 'Бета' },
  { id: 'gamma', name: 'Гамма' },
];
const three: Assessment[] = [
  { id: 'a1', name: '' },
  { id: 'a2', name: '' },
  { id: 'a3', name: '' },
];

describe('team competition standings', () => {
  it('adds scores, ranks totals, names the best of each assessment and the fastest growth', () => {
    const scores: Scores = {
      alpha: { a1: 10, a2: 12, a3: 15 }, // total 10 + 12 + 15 = 37; growth 12 − 10 = 2, 15 − 12 = 3; day 15 − 10 = 5
      beta: { a1: 14, a2: 13, a3: 14 }, // total 14 + 13 + 14 = 41; growth 13 − 14 = −1, 14 − 13 = 1; day 14 − 14 = 0
      gamma: { a1: 6, a2: 11, a3: 13 }, // total 6 + 11 + 13 = 30; growth 11 − 6 = 5, 13 − 11 = 2; day 13 − 6 = 7
    };
    const standings = computeStandings({ teams, assessments: three, scores });
    expect(standings.teams.map((team) => [team.teamId, team.total, team.rank])).toEqual([
      ['beta', 41, 1],
      ['alpha', 37, 2],
      ['gamma', 30, 3],
    ]);
    // a1: 14 (beta) > 10 > 6; a2: 13 (beta) > 12 > 11; a3: 15 (alpha) > 14 > 13.
    expect(standings.assessments.map((result) => result.best)).toEqual([
      { teamIds: ['beta'], value: 14 },
      { teamIds: ['beta'], value: 13 },
      { teamIds: ['alpha'], value: 15 },
    ]);
    // a2: gamma +5 beats alpha +2 and beta −1; a3: alpha +3 beats gamma +2 and beta +1.
    expect(standings.assessments.map((result) => result.fastestGrowth)).toEqual([null, { teamIds: ['gamma'], value: 5 }, { teamIds: ['alpha'], value: 3 }]);
    expect(standings.assessments[1]?.growth).toEqual({ alpha: 2, beta: -1, gamma: 5 });
    expect(standings.dayGrowth).toEqual({ alpha: 5, beta: 0, gamma: 7 });
    expect(standings.overallGrowth).toEqual({ teamIds: ['gamma'], value: 7 });
  });

  it('shares places and titles on ties (alpha and beta share second place)', () => {
    const scores: Scores = {
      alpha: { a1: 10, a2: 15 }, // total 10 + 15 = 25; growth 15 − 10 = 5
      beta: { a1: 12, a2: 13 }, // total 12 + 13 = 25; growth 13 − 12 = 1
      gamma: { a1: 12, a2: 17 }, // total 12 + 17 = 29, first alone; growth 17 − 12 = 5
    };
    const standings = computeStandings({ teams, assessments: three.slice(0, 2), scores });
    expect(standings.teams.map((team) => [team.teamId, team.rank, team.tied])).toEqual([
      ['gamma', 1, false],
      ['alpha', 2, false],
      ['beta', 2, false],
    ]);
    // a1: beta and gamma both 12; a2: growth alpha +5 and gamma +5 share it.
    expect(standings.assessments[0]?.best).toEqual({ teamIds: ['beta', 'gamma'], value: 12 });
    expect(standings.assessments[1]?.fastestGrowth).toEqual({ teamIds: ['alpha', 'gamma'], value: 5 });
  });

  it('marks a shared first place as tied and skips the places shared', () => {
    // 20 = 20 > 18 > 18 > 5 → 1, 1, 3, 3, 5
    const ranks = rankTotals([
      { teamId: 'a', total: 20 },
      { teamId: 'b', total: 18 },
      { teamId: 'c', total: 20 },
      { teamId: 'd', total: 5 },
      { teamId: 'e', total: 18 },
      { teamId: 'f', total: null },
    ]);
    expect(Object.fromEntries(ranks)).toEqual({ a: 1, c: 1, b: 3, e: 3, d: 5, f: null });
    const standings = computeStandings({ teams, assessments: three.slice(0, 1), scores: { alpha: { a1: 9 }, beta: { a1: 9 }, gamma: { a1: 4 } } });
    expect(standings.teams.map((team) => team.tied)).toEqual([true, true, false]);
  });

  it('treats a missing score as blank, not zero: no total for it and no growth across it', () => {
    const scores: Scores = {
      alpha: { a1: 10, a3: 16 }, // total 10 + 16 = 26; no growth at a2 nor at a3 (a2 missing); day 16 − 10 = 6
      beta: { a1: 8, a2: 9 }, // total 8 + 9 = 17; growth at a2: 9 − 8 = 1; day 9 − 8 = 1
      // gamma has no score at all: no total, no place
    };
    const standings = computeStandings({ teams, assessments: three, scores });
    expect(standings.teams.map((team) => [team.teamId, team.total, team.scored, team.rank])).toEqual([
      ['alpha', 26, 2, 1],
      ['beta', 17, 2, 2],
      ['gamma', null, 0, null],
    ]);
    expect(standings.assessments[1]?.growth).toEqual({ beta: 1 });
    expect(standings.assessments[2]?.growth).toEqual({});
    expect(standings.assessments[2]?.fastestGrowth).toBeNull();
    // a2: only beta scored (9); a3: only alpha (16).
    expect(standings.assessments[1]?.best).toEqual({ teamIds: ['beta'], value: 9 });
    expect(standings.assessments[2]?.best).toEqual({ teamIds: ['alpha'], value: 16 });
    expect(standings.dayGrowth).toEqual({ alpha: 6, beta: 1 });
    expect(standings.overallGrowth).toEqual({ teamIds: ['alpha'], value: 6 });
  });

  it('names nobody the fastest grower when no team improved', () => {
    // alpha 10 → 8 (−2), beta 7 → 7 (0): the largest growth is 0, which is no growth.
    const standings = computeStandings({ teams: teams.slice(0, 2), assessments: three.slice(0, 2), scores: { alpha: { a1: 10, a2: 8 }, beta: { a1: 7, a2: 7 } } });
    expect(standings.assessments[1]?.fastestGrowth).toBeNull();
    expect(standings.overallGrowth).toBeNull();
  });

  it('with one assessment only: totals are its scores and there is no growth', () => {
    const standings = computeStandings({ teams, assessments: three.slice(0, 1), scores: { alpha: { a1: 3.5 }, beta: { a1: 4 }, gamma: { a1: 2 } } });
    expect(standings.teams.map((team) => [team.teamId, team.total, team.rank])).toEqual([
      ['beta', 4, 1],
      ['alpha', 3.5, 2],
      ['gamma', 2, 3],
    ]);
    expect(standings.assessments[0]?.fastestGrowth).toBeNull();
    expect(standings.dayGrowth).toEqual({});
    expect(standings.overallGrowth).toBeNull();
  });

  it('with no teams: nothing to rank and no titles', () => {
    const standings = computeStandings({ teams: [], assessments: three, scores: {} });
    expect(standings.teams).toEqual([]);
    expect(standings.assessments.map((result) => [result.best, result.fastestGrowth])).toEqual([
      [null, null],
      [null, null],
      [null, null],
    ]);
    expect(standings.overallGrowth).toBeNull();
  });

  it('does not split a tie that floating point would (0.1 + 0.2 against 0.3)', () => {
    // alpha 0.1 + 0.2 = 0.30000000000000004 in binary; beta 0.3: the same total to anyone reading it.
    const standings = computeStandings({ teams: teams.slice(0, 2), assessments: three.slice(0, 2), scores: { alpha: { a1: 0.1, a2: 0.2 }, beta: { a1: 0.3 } } });
    expect(standings.teams.map((team) => team.rank)).toEqual([1, 1]);
  });

  it('ignores scores of assessments and teams no longer on the board', () => {
    // beta's score for a removed assessment 'old' (50) must not count: total 4.
    const standings = computeStandings({ teams: teams.slice(0, 2), assessments: three.slice(0, 1), scores: { alpha: { a1: 5 }, beta: { a1: 4, old: 50 }, ghost: { a1: 99 } } });
    expect(standings.teams.map((team) => [team.teamId, team.total])).toEqual([
      ['alpha', 5],
      ['beta', 4],
    ]);
    expect(standings.assessments[0]?.best).toEqual({ teamIds: ['alpha'], value: 5 });
  });
});
