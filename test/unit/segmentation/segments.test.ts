import { describe, expect, it } from 'vitest';
import { NO_VALUE, type CriterionColumn, type CriterionKind, type CriterionRead } from '../../../exercises/segmentation/model/criteria';
import { OTHERS_KEY, assignByCrossTab, assignByRules, crossKey, crossValues } from '../../../exercises/segmentation/model/segments';
import { CRITERIA, type CriterionId, type SegmentRule } from '../../../exercises/segmentation/state';

const _ = NO_VALUE;

function read(kind: CriterionKind, keys: string[], codes: number[]): CriterionRead {
  const column: CriterionColumn = { kind, codes: Int32Array.from(codes), keys, bounds: null };
  return { ok: true, column };
}

/*
 * Seven customers on two criteria; channel cannot be read (no customer list), everything else is not needed.
 *
 *   customer   0      1      2    3      4     5      6
 *   abc        A      A      B    B      C     B      —
 *   region     North  South  —    South  East  North  North
 */
function criteria(): Record<CriterionId, CriterionRead> {
  const all = Object.fromEntries(CRITERIA.map((id) => [id, { ok: false, missing: { file: 'customers', column: 'region' } }])) as Record<CriterionId, CriterionRead>; // Cast: one entry per criterion, built just here.
  all.abc = read('class', ['A', 'B', 'C'], [0, 0, 1, 1, 2, 1, _]);
  all.region = read('label', ['North', 'South', 'East'], [0, 1, _, 1, 2, 0, 0]);
  all.channel = { ok: false, missing: { file: 'customers', column: 'channel' } };
  return all;
}

const rule = (id: string, conditions: SegmentRule['conditions']): SegmentRule => ({ id, name: null, conditions });

describe('assignByRules', () => {
  const rules = [
    rule('bigNorth', [
      { criterion: 'abc', values: ['A'] },
      { criterion: 'region', values: ['North'] },
    ]),
    rule('big', [{ criterion: 'abc', values: ['A'] }]),
    // "" is "not given": customer 2, who has no region.
    rule('southOrUnknown', [{ criterion: 'region', values: ['', 'South'] }]),
    rule('byChannel', [{ criterion: 'channel', values: ['Horeca'] }]),
    rule('rest', []),
  ];

  it('names each customer by the first rule that holds; a rule without conditions takes everyone left', () => {
    const assignment = assignByRules(7, criteria(), rules);
    expect(assignment.keys).toEqual(['bigNorth', 'big', 'southOrUnknown', 'byChannel', 'rest', OTHERS_KEY]);
    // 0 A North → bigNorth; 1 A South → big (southOrUnknown holds too, but comes later); 2 B — and 3 B South →
    // southOrUnknown; 4 C East, 5 B North and 6 — North → rest; nobody is left for "others".
    expect(Array.from(assignment.segment)).toEqual([0, 1, 2, 2, 4, 4, 4]);
  });

  it('a condition on a criterion the data cannot give names nobody, and is reported', () => {
    const assignment = assignByRules(7, criteria(), rules);
    expect(assignment.unavailable).toEqual([{ ruleId: 'byChannel', criterion: 'channel' }]);
    expect(Array.from(assignment.segment).filter((segment) => segment === 3)).toEqual([]);
  });

  it('leaves the customers no rule holds for in "others", last', () => {
    const assignment = assignByRules(7, criteria(), rules.slice(0, 3));
    expect(assignment.keys).toEqual(['bigNorth', 'big', 'southOrUnknown', OTHERS_KEY]);
    expect(Array.from(assignment.segment)).toEqual([0, 1, 2, 2, 3, 3, 3]);
  });

  it('a class without customers, or a value list left empty, holds for nobody', () => {
    const assignment = assignByRules(7, criteria(), [rule('none', [{ criterion: 'region', values: [] }]), rule('unknownClass', [{ criterion: 'abc', values: ['Z'] }])]);
    expect(Array.from(assignment.segment)).toEqual([2, 2, 2, 2, 2, 2, 2]);
  });

  it('without rules every customer is in "others"', () => {
    expect(assignByRules(3, criteria(), [])).toEqual({ segment: Int32Array.from([0, 0, 0]), keys: [OTHERS_KEY], unavailable: [] });
  });
});

describe('assignByCrossTab', () => {
  it('makes a segment of each pair that holds customers, row values then column values, "not given" last in each', () => {
    const all = criteria();
    const assignment = assignByCrossTab(7, all.abc, all.region);
    expect(assignment.keys).toEqual(['x:A|North', 'x:A|South', 'x:B|North', 'x:B|South', 'x:B|', 'x:C|East', 'x:|North']);
    // 0 A North, 1 A South, 2 B —, 3 B South, 4 C East, 5 B North, 6 — North.
    expect(Array.from(assignment.segment)).toEqual([0, 1, 4, 3, 5, 2, 6]);
    expect(assignment.unavailable).toEqual([]);
  });

  it('puts everyone in "others" without two criteria it can read', () => {
    const all = criteria();
    expect(assignByCrossTab(3, all.abc, all.channel)).toEqual({ segment: new Int32Array(3), keys: [OTHERS_KEY], unavailable: [] });
    expect(assignByCrossTab(3, null, all.region)).toEqual({ segment: new Int32Array(3), keys: [OTHERS_KEY], unavailable: [] });
  });
});

describe('cross-tab keys', () => {
  it('reads the row and column values back, "not given" as ""', () => {
    expect(crossKey('A', 'North')).toBe('x:A|North');
    expect(crossValues('x:A|North')).toEqual({ row: 'A', column: 'North' });
    expect(crossValues('x:B|')).toEqual({ row: 'B', column: '' });
    expect(crossValues('x:|North')).toEqual({ row: '', column: 'North' });
    expect(crossValues('x:A')).toBeNull();
  });

  it('keeps labels holding a bar or a backslash apart and whole', () => {
    // Without escaping, ("A|B", "C") and ("A", "B|C") would both be "x:A|B|C", and the first would read back as ("A", "B|C").
    const pairs: [string, string][] = [
      ['A|B', 'C'],
      ['A', 'B|C'],
      ['A\\', '|'],
      ['', 'x:\\|'],
    ];
    const keys = pairs.map(([row, column]) => crossKey(row, column));
    expect(new Set(keys).size).toBe(pairs.length);
    expect(keys.map((key) => crossValues(key))).toEqual(pairs.map(([row, column]) => ({ row, column })));
    expect(crossValues(OTHERS_KEY)).toBeNull();
    expect(crossValues('keyAtRisk')).toBeNull();
  });
});
