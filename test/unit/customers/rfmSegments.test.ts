import { DEFAULT_RFM_SEGMENTS } from '../../../src/customers/rfmDefaults';
import { quintileScores, packageBreaks, packageScores, rfmScores } from '../../../src/customers/rfm';
import { OTHERS, assignSegments, moveRule, newSegmentId, reachableCells, segmentOf, type ScoreRanges } from '../../../src/customers/rfmSegments';
import { seededRandom, type SeededRandom } from '../../../src/data/seededRandom';

const ids = (rules: readonly { id: string }[]) => rules.map((rule) => rule.id);
const rule = (r: [number, number], f: [number, number], m: [number, number]): ScoreRanges => ({ r, f, m });

describe('named segments: the first rule that holds', () => {
  it('gives a customer two rules hold to the first of them', () => {
    const broad = rule([1, 5], [1, 5], [3, 5]);
    const narrow = rule([5, 5], [5, 5], [5, 5]);
    expect(segmentOf([broad, narrow], 5, 5, 5)).toBe(0);
    expect(segmentOf([narrow, broad], 5, 5, 5)).toBe(0);
    expect(segmentOf([narrow, broad], 4, 5, 5)).toBe(1);
    // M = 2 is outside both: "others".
    expect(segmentOf([narrow, broad], 4, 5, 2)).toBe(OTHERS);
  });

  it('reads a range typed backwards as the same range', () => {
    expect(segmentOf([rule([4, 2], [1, 5], [1, 5])], 3, 1, 1)).toBe(0);
  });

  it('names every customer by the default rules or "others"', () => {
    const r = Uint8Array.from([5, 1, 3, 1, 2, 5]);
    const f = Uint8Array.from([5, 5, 1, 1, 2, 1]);
    const m = Uint8Array.from([4, 4, 1, 1, 2, 4]);
    const names = Array.from(assignSegments(DEFAULT_RFM_SEGMENTS, r, f, m), (index) => (index === OTHERS ? 'others' : DEFAULT_RFM_SEGMENTS[index]?.id));
    // (5,5,4) champions; (1,5,4) can't lose them (inside "at risk", listed before it); (3,1,1) promising (inside
    // "potential loyalist", before it); (1,1,1) lost; (2,2,2) need attention (not "at risk", which comes after); (5,1,4) none.
    expect(names).toEqual(['champions', 'cantLose', 'promising', 'lost', 'needAttention', 'others']);
  });

  it('lets every default rule name someone (none lies wholly under earlier ones)', () => {
    const cells = reachableCells(DEFAULT_RFM_SEGMENTS);
    // Counted by hand over the 125 score triples: champions 2·2·2 = 8; loyal 4·3·3 − 8 = 28; new customers 2;
    // promising (3,1,1) 1; potential loyalist 3·3·3 − 3 (loyal) − 2 − 1 = 21; need attention r = 2: (2,2) (2,3) (3,2)
    // = 3; about to sleep r = 2: (1,1) (1,2) (2,1) = 3; can't lose 4; at risk 2·4·4 − 9 − 3 − 4 = 16; lost 1;
    // hibernating r = 1: (1,2) (2,1) = 2; the other 36 triples are "others".
    expect(Object.fromEntries(ids(DEFAULT_RFM_SEGMENTS).map((id, i) => [id, cells[i]]))).toEqual({
      champions: 8,
      loyal: 28,
      newCustomers: 2,
      promising: 1,
      potentialLoyalist: 21,
      needAttention: 3,
      aboutToSleep: 3,
      cantLose: 4,
      atRisk: 16,
      lost: 1,
      hibernating: 2,
    });
  });
});

describe('editing the rule list', () => {
  it('moves a rule one place and leaves the list alone at an end', () => {
    expect(moveRule(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveRule(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveRule(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveRule(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('gives a new rule an id no rule has', () => {
    expect(newSegmentId([{ id: 'champions' }, { id: 'custom3' }])).toBe('custom4');
    expect(newSegmentId([])).toBe('custom1');
  });
});

/** Values with many ties (small integers) or few (money), as customer figures come. */
function randomValues(random: SeededRandom, n: number): number[] {
  const kind = random.integer(0, 2);
  return Array.from({ length: n }, () => (kind === 0 ? random.integer(1, 4) : kind === 1 ? random.integer(0, 400) : Math.round(random.next() * 1e6) / 100));
}

describe('properties on random customers', () => {
  it('scores lie in 1–5 and every customer has exactly one segment or none', () => {
    const random = seededRandom(20_261_207);
    const broken: string[] = [];
    for (let run = 0; run < 200; run++) {
      const n = random.integer(1, 60);
      const values = {
        count: n,
        recency: Int32Array.from(randomValues(random, n), Math.round),
        frequency: Int32Array.from(randomValues(random, n), (value) => Math.max(1, Math.round(value))),
        monetary: Float64Array.from(randomValues(random, n)),
      };
      for (const binning of ['quintiles', 'rfmPackage'] as const) {
        const scores = rfmScores(values, binning);
        for (const dimension of [scores.r, scores.f, scores.m]) for (const score of dimension) if (score < 1 || score > 5) broken.push(`score ${score}`);
        const segments = assignSegments(DEFAULT_RFM_SEGMENTS, scores.r, scores.f, scores.m);
        expect(segments.length).toBe(n);
        for (let i = 0; i < n; i++) {
          const own = [scores.r[i], scores.f[i], scores.m[i]] as number[];
          const holding = DEFAULT_RFM_SEGMENTS.map((rule) => [rule.r, rule.f, rule.m].every(([from, to], k) => (own[k] as number) >= from && (own[k] as number) <= to));
          // Exactly one name: the first rule that holds, else "others" when none does.
          const expected = holding.indexOf(true);
          if (segments[i] !== expected) broken.push(`${binning}: (${own.join(',')}) → ${segments[i]}, expected ${expected}`);
        }
      }
    }
    expect(broken.slice(0, 3)).toEqual([]);
  });

  it('equal values share a score, and a better value never gets a lower one', () => {
    const random = seededRandom(7);
    const broken: string[] = [];
    for (let run = 0; run < 200; run++) {
      const values = randomValues(random, random.integer(1, 60));
      const ways = [
        { name: 'quintiles', scores: quintileScores(values, true), better: (a: number, b: number) => a < b },
        { name: 'rfmPackage', scores: packageScores(values, packageBreaks(values), true), better: (a: number, b: number) => a < b },
        // Recency reversed: more days, never a higher score.
        { name: 'quintiles reversed', scores: quintileScores(values, false), better: (a: number, b: number) => a > b },
      ];
      for (const { name, scores, better } of ways) {
        for (let i = 0; i < values.length; i++) {
          for (let j = 0; j < values.length; j++) {
            const a = values[i] as number;
            const b = values[j] as number;
            const si = scores[i] as number;
            const sj = scores[j] as number;
            if ((a === b && si !== sj) || (better(a, b) && si > sj)) broken.push(`${name} run ${run}: ${a} → ${si}, ${b} → ${sj}`);
          }
        }
      }
    }
    expect(broken.slice(0, 3)).toEqual([]);
  });

  it('makes the quintiles as equal as the ties allow: a fifth boundary moves only to the end of a block of ties', () => {
    const random = seededRandom(11);
    for (let run = 0; run < 300; run++) {
      const values = randomValues(random, random.integer(1, 80));
      const n = values.length;
      const scores = quintileScores(values, true);
      const sorted = [...values].sort((a, b) => a - b);
      for (let k = 1; k <= 4; k++) {
        const atOrBelow = Array.from(scores).filter((score) => score <= k).length;
        // The ideal boundary is the first position p with ⌊5p / n⌋ ≥ k, i.e. p = ⌈kn / 5⌉; a block of ties that
        // starts before it and runs past it stays whole below the boundary.
        let boundary = Math.ceil((k * n) / 5);
        while (boundary > 0 && boundary < n && sorted[boundary] === sorted[boundary - 1]) boundary++;
        expect(atOrBelow).toBe(Math.min(boundary, n));
      }
      if (new Set(values).size === n) {
        const counts = [1, 2, 3, 4, 5].map((score) => Array.from(scores).filter((s) => s === score).length);
        expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
      }
    }
  });
});
