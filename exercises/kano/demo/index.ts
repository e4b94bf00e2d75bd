import { DEFAULT_IMPORTANCE_SCALE, type KanoState } from '../state';
import { EXAMPLE_FEATURE_SETS, featuresFromExampleSet } from './featureSets';
import { demoSurvey } from './survey';

export { EXAMPLE_FEATURE_SETS, featuresFromExampleSet, featureText, findExampleFeature } from './featureSets';
export { DEMO_SEGMENT_LABELS, demoSegmentLabel, demoSurvey } from './survey';

const DEMO_SET_ID = 'retail';

/**
 * The demo opens on the retail example with a complete survey, so every step has something to show.
 * Feature names are stored in Russian (the seminar's language) and marked as example copies, so the UI
 * shows them in the interface language (featureText).
 */
export function demoKanoState(): KanoState {
  const set = EXAMPLE_FEATURE_SETS.find((candidate) => candidate.id === DEMO_SET_ID);
  if (!set) throw new Error(`The demo feature set ${DEMO_SET_ID} is missing`);
  return {
    features: featuresFromExampleSet(set, 'ru'),
    questionnaire: { locale: null, functionalTemplate: null, dysfunctionalTemplate: null, importanceTemplate: null, importanceScale: { ...DEFAULT_IMPORTANCE_SCALE } },
    responses: demoSurvey(),
    imports: [],
    notes: '',
  };
}

/** "Start from scratch": no features, no answers; the importance question is asked by default. */
export function blankKanoState(): KanoState {
  return {
    features: [],
    questionnaire: { locale: null, functionalTemplate: null, dysfunctionalTemplate: null, importanceTemplate: null, importanceScale: { ...DEFAULT_IMPORTANCE_SCALE } },
    responses: [],
    imports: [],
    notes: '',
  };
}
