import type { KanoFeature } from '../../state';

/**
 * Ids are kept by answers and imported files, so they must stay unique after deletions and reorders:
 * time plus a random tail, never the position.
 */
export function newFeatureId(): string {
  return `f-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
}

export function newFeature(): KanoFeature {
  return {
    id: newFeatureId(),
    name: '',
    description: '',
    exampleRef: null,
    functionalQuestion: null,
    dysfunctionalQuestion: null,
    decision: 'undecided',
    note: '',
  };
}
