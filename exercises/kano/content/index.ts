export type { ExampleFeature, ExampleFeatureSet } from './exampleFeatureSet';
export { featuresFromExampleSet } from './exampleFeatureSet';
export { EXAMPLE_FEATURE_SETS, featureText, findExampleFeature } from './featureSets';
export { segmentLabel } from './segments';
