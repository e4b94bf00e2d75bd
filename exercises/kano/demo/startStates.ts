import { DEFAULT_IMPORTANCE_SCALE, type KanoState } from '../state';
import { featuresFromExampleSet } from '../content/exampleFeatureSet';
import { RETAIL_FEATURE_SET } from '../content/retailFeatureSet';
import { demoSurvey } from './survey';

// The retail set's own module, not the content index: the index also brings every other example set, and whatever
// the exercise's definition reaches (this module does) is loaded with the home page.

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

export { blankKanoState } from './blank';
