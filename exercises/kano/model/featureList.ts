import { KANO_FEATURE_LIMITS, type KanoFeature } from '../state';

// Apart from the survey's analysis: the exercise's progress checks the feature list on the home page, which needs
// none of the classification.
export type FeatureListProblem =
  | { code: 'tooFew'; count: number; min: number }
  | { code: 'tooMany'; count: number; max: number }
  | { code: 'emptyName'; featureId: string }
  /** Two features with the same name cannot be told apart in an imported file. */
  | { code: 'duplicateName'; featureIds: string[] };

export function normaliseFeatureName(name: string): string {
  return name.normalize('NFKC').toLowerCase().replaceAll('ё', 'е').replace(/\s+/g, ' ').trim();
}

export function checkFeatureList(features: readonly Pick<KanoFeature, 'id' | 'name'>[]): FeatureListProblem[] {
  const problems: FeatureListProblem[] = [];
  if (features.length < KANO_FEATURE_LIMITS.min) problems.push({ code: 'tooFew', count: features.length, min: KANO_FEATURE_LIMITS.min });
  if (features.length > KANO_FEATURE_LIMITS.max) problems.push({ code: 'tooMany', count: features.length, max: KANO_FEATURE_LIMITS.max });
  const byName = new Map<string, string[]>();
  for (const feature of features) {
    const key = normaliseFeatureName(feature.name);
    if (key === '') {
      problems.push({ code: 'emptyName', featureId: feature.id });
      continue;
    }
    byName.set(key, [...(byName.get(key) ?? []), feature.id]);
  }
  for (const featureIds of byName.values()) if (featureIds.length > 1) problems.push({ code: 'duplicateName', featureIds });
  return problems;
}
