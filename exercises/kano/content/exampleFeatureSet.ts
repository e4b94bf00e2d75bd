import type { Locale, LocalizedText } from '../../../src/i18n/locale';
import type { KanoFeature } from '../state';

export interface ExampleFeature {
  key: string;
  name: LocalizedText;
  description: LocalizedText;
}

export interface ExampleFeatureSet {
  id: string;
  title: LocalizedText;
  features: readonly ExampleFeature[];
}

/**
 * The features of an example set, written in the given language and marked as untouched copies, so
 * the UI keeps showing them in the interface language until the participant edits them.
 */
export function featuresFromExampleSet(set: ExampleFeatureSet, locale: Locale): KanoFeature[] {
  return set.features.map((feature) => ({
    id: feature.key,
    name: feature.name[locale],
    description: feature.description[locale],
    exampleRef: { set: set.id, key: feature.key },
    functionalQuestion: null,
    dysfunctionalQuestion: null,
    decision: 'undecided',
    note: '',
  }));
}
