import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../../src/i18n/format';
import { translator } from '../../../src/i18n/translate';
import { profilesMessages } from '../../../exercises/segmentation/messages/profiles';
import { segmentMetrics, type SegmentTotals } from '../../../exercises/segmentation/model/profile';
import { halfPeriods, type ProfileRow } from '../../../exercises/segmentation/steps/profiles/profileRows';
import { profilesReading, type ProfilesReadingWords } from '../../../exercises/segmentation/steps/profiles/profilesReading';

const format = createFormatters('en', 'USD');
const words: ProfilesReadingWords = {
  t: translator(profilesMessages, 'en'),
  percent: (share) => format.percent(share, 0),
  signedPercent: (share) => format.signedPercent(share, 0),
  ratio: (value) => format.number(value, 1),
  integer: format.integer,
  date: format.date,
};

function totals(customers: number, revenue: number, first: number | null, second: number | null, firstHalfActive: number, retained: number): SegmentTotals {
  return { customers, revenue, margin: null, orders: customers * 2, firstHalfRevenue: first, secondHalfRevenue: second, firstHalfActive, retained };
}

/*
 * A base of 100 customers and 1,000 of revenue; halves of 6 months: 400 then 500 (+25 %); 80 bought in the first
 * half and 59 of them again in the second (73.75 %, "74%").
 *   Key:    10 customers,  500 → 10 % of customers, 50 % of revenue (5 times); 200 → 300 (+50 %); 9 of 10 kept (90 %)
 *   Core:   40 customers,  400 → 40 %, 40 % (1 time);                          150 → 150 (0 %);   35 of 40 (87.5 %)
 *   Fading: 45 customers,   90 → 45 %, 9 % (0.2 times);                         50 → 40 (−20 %);  15 of 30 (50 %)
 *   Tiny:    5 customers,   10 → under 10 customers: left out of every "most"; no first-half revenue, nobody to keep
 */
const TOTAL = totals(100, 1000, 400, 500, 80, 59);
function row(name: string, segment: SegmentTotals): ProfileRow {
  return { key: name, name, totals: segment, metrics: segmentMetrics(segment, TOTAL) };
}
const total: ProfileRow = { key: '', name: '', totals: TOTAL, metrics: segmentMetrics(TOTAL, TOTAL) };
const key = row('Key', totals(10, 500, 200, 300, 10, 9));
const core = row('Core', totals(40, 400, 150, 150, 40, 35));
const fading = row('Fading', totals(45, 90, 50, 40, 30, 15));
const tiny = row('Tiny', totals(5, 10, 0, 10, 0, 0));
const WINDOW = { analysisDay: '2026-06-30', halfMonths: 6 };

describe('the halves growth and retention compare', () => {
  it('counts whole months back from the analysis day, as the base buckets them', () => {
    // 31 March back one month is 28 February (the month's last day), back two is 31 January.
    expect(halfPeriods('2026-03-31', 1)).toEqual({ first: { from: '2026-02-01', to: '2026-02-28' }, second: { from: '2026-03-01', to: '2026-03-31' } });
    // 30 June back 6 months is 30 December, back 12 is 30 June 2025.
    expect(halfPeriods('2026-06-30', 6)).toEqual({ first: { from: '2025-07-01', to: '2025-12-30' }, second: { from: '2025-12-31', to: '2026-06-30' } });
    expect(halfPeriods('2026-06-30', 0)).toBeNull();
  });
});

describe('the profiles’ reading', () => {
  it('names the most and least revenue for the size, the growth extremes, the worst retention, and leaves small segments out', () => {
    const reading = profilesReading([key, core, fading, tiny], total, WINDOW, words);
    expect(reading.sentences).toEqual([
      '100 customers bought in the period, in 4 non-empty segments.',
      '"Key" brings the most revenue for its size: 10% of the customers bring 50% of the revenue, 5 times their share.',
      '"Fading" brings the least: 45% of the customers and only 9% of the revenue.',
      'Growth compares the revenue of 31 Dec 2025 – 30 Jun 2026 with 1 Jul 2025 – 30 Dec 2025.',
      '"Key" grows fastest: +50% (the whole base: +25%).',
      '"Fading" shrinks the most: −20%.',
      '"Fading" keeps its customers worst: only 50% of those who bought in the first half came back in the second (the whole base: 74%).',
      'Segments that bring more than their share and grow are candidates for development; shrinking ones, for retention. Choose the target segments in the next step.',
    ]);
    expect(reading.caution).toBe('Segments of fewer than 10 customers are left out of "the most" and "the least": a couple of purchases swings their growth and retention.');
  });

  it('asks to protect the most valuable segment when it keeps customers worse than the base', () => {
    // Key now keeps 7 of 10 (70 % < 73.75 %): the base's best segment is slipping.
    const slipping = row('Key', totals(10, 500, 200, 300, 10, 7));
    const reading = profilesReading([slipping, core, fading], total, WINDOW, words);
    expect(reading.sentences.at(-1)).toBe('The most valuable segment, "Key", is losing revenue or customers faster than the base: keeping it is the first task.');
  });

  it('asks to protect it when it shrinks faster than the base, not when it shrinks less', () => {
    // The base shrinks: 500 → 450 (−10 %). Key at 200 → 190 (−5 %) does better than the base; at 200 → 160 (−20 %) worse.
    const shrinkingBase = totals(100, 1000, 500, 450, 80, 59);
    const base: ProfileRow = { ...total, totals: shrinkingBase, metrics: segmentMetrics(shrinkingBase, shrinkingBase) };
    const holding = profilesReading([row('Key', totals(10, 500, 200, 190, 10, 9)), core, fading], base, WINDOW, words);
    expect(holding.sentences.at(-1)).toMatch(/^Segments that bring more than their share/);
    const falling = profilesReading([row('Key', totals(10, 500, 200, 160, 10, 9)), core, fading], base, WINDOW, words);
    expect(falling.sentences.at(-1)).toBe('The most valuable segment, "Key", is losing revenue or customers faster than the base: keeping it is the first task.');
  });

  it('asks to win back a segment worth its share whose customers leave', () => {
    // Core (revenue share = customer share, 1 time) now keeps 16 of 40 (40 %), worse than Fading's 50 %.
    const leaking = row('Core', totals(40, 400, 150, 150, 40, 16));
    const reading = profilesReading([key, leaking, fading], total, WINDOW, words);
    expect(reading.sentences).toContain('"Core" keeps its customers worst: only 40% of those who bought in the first half came back in the second (the whole base: 74%).');
    expect(reading.sentences.at(-1)).toBe('"Core" brings at least its share, yet its customers are leaving: find out why and win them back before they are gone.');
  });

  it('says when no segment grows, and without two halves says growth and retention are not computed', () => {
    const down = [row('A', totals(50, 500, 300, 200, 50, 40)), row('B', totals(50, 500, 260, 240, 50, 30))];
    const shrinking = profilesReading(down, total, WINDOW, words);
    // A: 200 / 300 − 1 = −33 %; B: 240 / 260 − 1 = −7.7 %; the base: +25 % (as given).
    expect(shrinking.sentences).toContain('No segment grows (the whole base: +25%).');
    expect(shrinking.sentences).toContain('"A" shrinks the most: −33%.');

    const short = profilesReading([key, core, fading], total, { analysisDay: '2026-06-30', halfMonths: 0 }, words);
    expect(short.sentences.some((sentence) => sentence.includes('Growth') || sentence.includes('keeps its customers'))).toBe(false);
    expect(short.caution).toBe('The window is shorter than two months, so growth and retention are not computed. Lengthen the window in the "Sales data" step.');
  });

  it('warns about a small base and says nothing of an empty one', () => {
    const smallTotal = totals(20, 200, 100, 100, 20, 10);
    const few = [row('A', totals(10, 150, 70, 80, 10, 6)), row('B', totals(10, 50, 30, 20, 10, 4))].map((r) => ({ ...r, metrics: segmentMetrics(r.totals, smallTotal) }));
    const reading = profilesReading(few, { ...total, totals: smallTotal, metrics: segmentMetrics(smallTotal, smallTotal) }, WINDOW, words);
    expect(reading.caution).toBe('There are few customers (20): each comparison rests on a handful of people.');
    const empty = totals(0, 0, 0, 0, 0, 0);
    expect(profilesReading([], { ...total, totals: empty, metrics: segmentMetrics(empty, empty) }, WINDOW, words)).toEqual({ sentences: [], caution: null });
  });
});
