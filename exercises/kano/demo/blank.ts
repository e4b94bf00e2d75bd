import { DEFAULT_IMPORTANCE_SCALE, type KanoState } from '../state';

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
