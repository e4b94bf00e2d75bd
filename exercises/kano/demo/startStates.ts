import { DEFAULT_IMPORTANCE_SCALE, type KanoState } from '../state';
import { featuresFromExampleSet } from './exampleFeatureSet';
import { RETAIL_FEATURE_SET } from './retailFeatureSet';
import { demoSurvey } from './survey';

// The exercise's definition imports this module, not the demo's index: the index also re-exports every
// example set for the steps, and whatever the definition reaches is loaded with the home page.

/**
 * The demo opens on the retail example with a complete survey, so every step has something to show.
 * Feature names are stored in Russian (the seminar's language) and marked as example copies, so the UI
 * shows them in the interface language (featureText).
 */
export function demoKanoState(): KanoState {
  return {
    features: featuresFromExampleSet(RETAIL_FEATURE_SET, 'ru'),
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
