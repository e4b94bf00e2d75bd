export { blankKanoState, demoKanoState } from './startStates';
export { EXAMPLE_FEATURE_SETS, featuresFromExampleSet, featureText, findExampleFeature } from './featureSets';
export { DEMO_SEGMENT_LABELS, demoSegmentLabel, demoSurvey } from './survey';
