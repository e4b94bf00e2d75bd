import { DIMENSIONS, ITEM_COUNT, dimensionOfItem, type Dimension } from '../structure';
import type { SurveyResponse } from '../state';
import { seededRandom, type SeededRandom } from '../../../src/data/seededRandom';

/**
 * A made-up but plausible customer survey of a service company on the 7-point scale (see README.md beside this
 * file for the story and the recipe). Deterministic: the same seed gives the same answers everywhere.
 */

export interface DemoWaveRecipe {
  seed: number;
  respondents: number;
  idPrefix: string;
  /** The service as customers would rate it on average, per dimension (1–7). */
  quality: Record<Dimension, number>;
  /** Respondents (0-based) whose split is spoiled by adding `change` points to one dimension. */
  spoiledWeights: readonly { respondent: number; dimension: Dimension; change: number }[];
  /** Answers left blank. */
  blanks: readonly { respondent: number; part: 'expectation' | 'perception'; item: number }[];
}

/** Customers expect most of reliability and least of the premises' looks, as SERVQUAL studies usually find. */
const EXPECTATION_SHIFT: Record<Dimension, number> = {
  tangibles: -0.6,
  reliability: 0.4,
  responsiveness: 0.2,
  assurance: 0.2,
  empathy: 0,
};

/** The average 100-point split the demo's customers lean towards. */
const TYPICAL_WEIGHTS: Record<Dimension, number> = {
  tangibles: 11,
  reliability: 31,
  responsiveness: 23,
  assurance: 19,
  empathy: 16,
};

const SCALE_MAX = 7;

function toScale(value: number): number {
  return Math.min(SCALE_MAX, Math.max(1, Math.round(value)));
}

/** A split near the typical one, in multiples of 5 as people write it, adding up to exactly 100. */
function splitOf100(random: SeededRandom): number[] {
  const raw = DIMENSIONS.map((dimension) => TYPICAL_WEIGHTS[dimension] * Math.exp(0.35 * random.normal()));
  const total = raw.reduce((sum, value) => sum + value, 0);
  const rounded = raw.map((value) => Math.round((value / total) * 20) * 5);
  const remainder = 100 - rounded.reduce((sum, value) => sum + value, 0);
  const largest = rounded.indexOf(Math.max(...rounded));
  rounded[largest] = (rounded[largest] ?? 0) + remainder;
  return rounded;
}

export function demoWaveResponses(recipe: DemoWaveRecipe): SurveyResponse[] {
  const random = seededRandom(recipe.seed);
  const responses: SurveyResponse[] = [];
  for (let respondent = 0; respondent < recipe.respondents; respondent++) {
    // Some customers expect more than others, some rate more generously: both are per person.
    const expectationLevel = 6 + 0.4 * random.normal();
    const leniency = 0.5 * random.normal();
    const expectations: (number | null)[] = [];
    const perceptions: (number | null)[] = [];
    for (let item = 1; item <= ITEM_COUNT; item++) {
      const dimension = dimensionOfItem(item);
      expectations.push(toScale(expectationLevel + EXPECTATION_SHIFT[dimension] + 0.6 * random.normal()));
      perceptions.push(toScale(recipe.quality[dimension] + leniency + 0.8 * random.normal()));
    }
    const weights: (number | null)[] = splitOf100(random);
    responses.push({ respondentId: `${recipe.idPrefix}${String(respondent + 1).padStart(2, '0')}`, expectations, perceptions, weights });
  }
  for (const spoiled of recipe.spoiledWeights) {
    const response = responses[spoiled.respondent];
    const index = DIMENSIONS.indexOf(spoiled.dimension);
    const weight = response?.weights[index];
    if (response && weight !== null && weight !== undefined) response.weights[index] = Math.max(0, weight + spoiled.change);
  }
  for (const blank of recipe.blanks) {
    const response = responses[blank.respondent];
    if (!response) continue;
    (blank.part === 'expectation' ? response.expectations : response.perceptions)[blank.item - 1] = null;
  }
  return responses;
}

/** February: slow answers and "we'll call you back" are the weak point (responsiveness). */
export const DEMO_FIRST_WAVE: DemoWaveRecipe = {
  seed: 20250212,
  respondents: 44,
  idPrefix: 'A',
  quality: { tangibles: 5.7, reliability: 5.4, responsiveness: 3.7, assurance: 5.6, empathy: 5.1 },
  spoiledWeights: [
    { respondent: 6, dimension: 'empathy', change: 10 },
    { respondent: 18, dimension: 'reliability', change: -10 },
    { respondent: 31, dimension: 'tangibles', change: 5 },
  ],
  blanks: [
    { respondent: 3, part: 'perception', item: 11 },
    { respondent: 12, part: 'expectation', item: 2 },
    { respondent: 25, part: 'expectation', item: 19 },
    { respondent: 25, part: 'perception', item: 19 },
    { respondent: 37, part: 'perception', item: 6 },
  ],
};

/** September, after a response-time standard and a call-back rule: responsiveness improved, the rest held. */
export const DEMO_SECOND_WAVE: DemoWaveRecipe = {
  seed: 20250917,
  respondents: 42,
  idPrefix: 'B',
  quality: { tangibles: 5.7, reliability: 5.5, responsiveness: 4.9, assurance: 5.6, empathy: 5.2 },
  spoiledWeights: [
    { respondent: 9, dimension: 'assurance', change: 15 },
    { respondent: 27, dimension: 'responsiveness', change: -5 },
  ],
  blanks: [
    { respondent: 9, part: 'perception', item: 13 },
    { respondent: 30, part: 'expectation', item: 21 },
  ],
};
