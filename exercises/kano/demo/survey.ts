import { seededRandom } from '../../../src/data/seededRandom';
import type { NamedSegment } from '../content/segments';
import type { KanoCategory } from '../model/evaluation';
import type { FeatureAnswerEntry, KanoAnswer, TypedResponse } from '../state';

/**
 * The demo survey: 64 customers of a grocery chain (34 regulars, 30 newcomers) answered the Kano
 * questions about the ten "retail" example features.
 *
 * How it is generated, so the numbers can be checked and regenerated:
 *   1. DEMO_QUOTAS fixes, per feature and segment, how many respondents fall in each category
 *      (A, O, M, I, R, Q). The quotas were written by hand to tell the seminar's story: payment at every
 *      till is a must-be, points are one-dimensional, fast delivery and a birthday gift attract,
 *      e-receipts leave people indifferent, daily push messages are reverse, personal offers sit
 *      between attractive and indifferent (22 vs 21 of 64), and returns without a receipt are an exact
 *      M–O tie (20 and 20) that regulars see as must-be and newcomers as one-dimensional.
 *   2. A seeded PRNG (mulberry32, DEMO_SEED) shuffles each quota over the segment's respondents and
 *      picks, within the category, which answer pair the respondent gave (CATEGORY_PAIRS: an attractive
 *      answer is usually "like / neutral", sometimes "like / must-be" or "like / live-with", etc.).
 *   3. Importance 1–9 is drawn around a per-feature centre; about one answer in sixteen leaves it blank.
 * The same seed always gives the same survey, so tests can pin its categories.
 */

export const DEMO_SEED = 20_240_607;
/** Named segments (content/segments.ts), so the steps show each group in the reader's language. */
export const DEMO_SEGMENTS = ['regular', 'new'] as const satisfies readonly NamedSegment[];
export type DemoSegment = (typeof DEMO_SEGMENTS)[number];
export const DEMO_SEGMENT_SIZES: Record<DemoSegment, number> = { regular: 34, new: 30 };

/** Counts in the order A, O, M, I, R, Q; each row sums to the segment's size. */
type Quota = readonly [number, number, number, number, number, number];
const QUOTA_ORDER: readonly KanoCategory[] = ['A', 'O', 'M', 'I', 'R', 'Q'];

export const DEMO_QUOTAS: Record<string, Record<DemoSegment, Quota>> = {
  points: { regular: [5, 18, 7, 3, 0, 1], new: [6, 12, 4, 8, 0, 0] },
  'e-receipt': { regular: [6, 4, 3, 20, 1, 0], new: [4, 2, 1, 22, 1, 0] },
  'delivery-2h': { regular: [14, 6, 2, 11, 1, 0], new: [17, 4, 1, 7, 0, 1] },
  cashless: { regular: [1, 5, 25, 3, 0, 0], new: [0, 4, 22, 3, 0, 1] },
  'personal-offers': { regular: [13, 4, 2, 12, 3, 0], new: [9, 5, 2, 9, 4, 1] },
  'daily-push': { regular: [2, 1, 0, 12, 18, 1], new: [1, 0, 0, 10, 19, 0] },
  'returns-no-receipt': { regular: [3, 8, 13, 9, 1, 0], new: [4, 12, 7, 7, 0, 0] },
  'birthday-gift': { regular: [20, 3, 1, 9, 0, 1], new: [15, 2, 0, 12, 1, 0] },
  'short-queues': { regular: [2, 19, 9, 4, 0, 0], new: [1, 14, 9, 6, 0, 0] },
  'app-games': { regular: [5, 1, 0, 23, 3, 2], new: [7, 1, 0, 18, 2, 2] },
};

/** The centre of each feature's self-stated importance (1–9). */
const IMPORTANCE_CENTRE: Record<string, number> = {
  points: 7,
  'e-receipt': 4,
  'delivery-2h': 5,
  cashless: 8,
  'personal-offers': 5,
  'daily-push': 2,
  'returns-no-receipt': 6,
  'birthday-gift': 5,
  'short-queues': 7,
  'app-games': 3,
};

type AnswerPair = readonly [KanoAnswer, KanoAnswer];
/** Which (functional, dysfunctional) cells of the evaluation table a category's answers come from, with weights. */
const CATEGORY_PAIRS: Record<KanoCategory, readonly (readonly [AnswerPair, number])[]> = {
  A: [
    [['like', 'neutral'], 6],
    [['like', 'liveWith'], 3],
    [['like', 'mustBe'], 1],
  ],
  O: [[['like', 'dislike'], 1]],
  M: [
    [['mustBe', 'dislike'], 5],
    [['neutral', 'dislike'], 4],
    [['liveWith', 'dislike'], 1],
  ],
  I: [
    [['neutral', 'neutral'], 6],
    [['neutral', 'liveWith'], 2],
    [['mustBe', 'neutral'], 1],
    [['liveWith', 'liveWith'], 1],
    [['mustBe', 'mustBe'], 1],
  ],
  R: [
    [['dislike', 'neutral'], 4],
    [['dislike', 'liveWith'], 2],
    [['neutral', 'like'], 2],
    [['liveWith', 'like'], 1],
  ],
  Q: [
    [['like', 'like'], 3],
    [['dislike', 'dislike'], 2],
  ],
};

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    // Cast: both indices are below the length (a Fisher–Yates swap).
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

function pickWeighted<T>(options: readonly (readonly [T, number])[], random: () => number): T {
  const total = options.reduce((sum, [, weight]) => sum + weight, 0);
  let point = random() * total;
  for (const [option, weight] of options) {
    point -= weight;
    if (point < 0) return option;
  }
  const last = options[options.length - 1];
  if (!last) throw new Error('pickWeighted needs at least one option');
  return last[0];
}

function importanceAround(centre: number, random: () => number): number {
  // The sum of two uniforms gives a peaked spread of ±2 points around the centre.
  const spread = (random() + random() - 1) * 2;
  return Math.min(9, Math.max(1, Math.round(centre + spread)));
}

export const DEMO_RESPONDENT_COUNT = DEMO_SEGMENT_SIZES.regular + DEMO_SEGMENT_SIZES.new;

/** The demo survey as paper forms typed into the app (respondents R01…R64). */
export function demoSurvey(seed: number = DEMO_SEED): TypedResponse[] {
  const random = seededRandom(seed).next;
  const segments = shuffle(
    DEMO_SEGMENTS.flatMap((segment) => Array.from({ length: DEMO_SEGMENT_SIZES[segment] }, () => segment)),
    random,
  );
  const forms: TypedResponse[] = segments.map((segment, index) => ({
    respondent: `R${String(index + 1).padStart(2, '0')}`,
    segment,
    answers: {},
  }));

  for (const [featureId, quotas] of Object.entries(DEMO_QUOTAS)) {
    for (const segment of DEMO_SEGMENTS) {
      const members = forms.filter((form) => form.segment === segment);
      const categories = shuffle(
        // Cast: the quota lists have one count per category of QUOTA_ORDER, in that order.
        quotas[segment].flatMap((count, index) => Array.from({ length: count }, () => QUOTA_ORDER[index] as KanoCategory)),
        random,
      );
      if (categories.length !== members.length) throw new Error(`Demo quota for ${featureId}/${segment} does not match the segment size`);
      members.forEach((form, index) => {
        // Cast: index runs below the length of the list it reads.
        const category = categories[index] as KanoCategory;
        const [functional, dysfunctional] = pickWeighted(CATEGORY_PAIRS[category], random);
        const importance: FeatureAnswerEntry['importance'] = random() < 1 / 16 ? null : importanceAround(IMPORTANCE_CENTRE[featureId] ?? 5, random);
        form.answers[featureId] = { functional, dysfunctional, importance };
      });
    }
  }
  return forms;
}
