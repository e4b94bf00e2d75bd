import type { GroupDeclaration } from '../../src/workbook/contract';
import type { GroupSection, GroupSummary } from '../../src/handin/format';
import type { TypedRow } from '../../src/data/import/types';
import type { LOCALES, LocalizedText } from '../../src/i18n/locale';
import { translator } from '../../src/i18n/translate';
import { featureText } from './content';
import { analyseSurvey, normaliseFeatureName, type ClassificationResult, type KanoResponse } from './model';
import { kanoMessages } from './messages';
import { kanoStepMessages } from './steps/messages';
import { allResponses } from './steps/shared/importedResponses';
import type { KanoFeature, KanoState } from './state';

/**
 * What the trainer's group view compares of Kano: each feature's category and its Better/Worse coefficients, per
 * team; and, when teams hand in their answers, all teams' answers classified as one survey. Teams type their own
 * features, so a feature is matched across teams by its name, trimmed and case-folded as the exercise matches an
 * imported file's names (an example feature by its Russian name, whatever language the team worked in).
 */

/** One feature's result under the key that matches it across teams. */
interface KeyedResult {
  key: string;
  label: LocalizedText;
  classification: ClassificationResult;
}

const localized = (make: (locale: (typeof LOCALES)[number]) => string): LocalizedText => ({ ru: make('ru'), en: make('en'), zh: make('zh') });

function featureLabel(feature: KanoFeature, index: number): LocalizedText {
  return localized((locale) => featureText(feature, locale).name.trim() || translator(kanoStepMessages, locale)('features.untitled', { number: index + 1 }));
}

/** The key a feature is matched by; an unnamed feature is matched by its place in the list. */
export function featureKey(feature: KanoFeature, index: number): string {
  return normaliseFeatureName(featureText(feature, 'ru').name) || `#${index + 1}`;
}

/** Each key once: a team that listed a name twice is compared by the first (the features step flags the second). */
function keyedFeatures(features: readonly KanoFeature[]): { feature: KanoFeature; key: string; label: LocalizedText }[] {
  const seen = new Set<string>();
  return features.flatMap((feature, index) => {
    const key = featureKey(feature, index);
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ feature, key, label: featureLabel(feature, index) }];
  });
}

function sections(results: readonly KeyedResult[]): GroupSummary {
  const categoryName = (classification: ClassificationResult) =>
    classification.kind === 'ok' ? { kind: 'text' as const, value: localized((locale) => translator(kanoMessages, locale)(`category.${classification.category}.name`)) } : { kind: 'number' as const, value: null };
  const coefficient = (classification: ClassificationResult, which: 'better' | 'worse') => ({
    kind: 'number' as const,
    value: classification.kind === 'ok' && classification.betterWorse.kind === 'ok' ? classification.betterWorse[which] : null,
    // Two decimals, as the results table and the export show them.
    decimals: 2,
  });
  const categories: GroupSection = {
    id: 'categories',
    title: localized((locale) => translator(kanoStepMessages, locale)('results.tableTitle')),
    rows: results.map((result) => ({ key: result.key, label: result.label, cell: categoryName(result.classification) })),
  };
  // Berger et al. (1993)'s coefficients carry their English names in every language, as the results step writes them.
  const better: GroupSection = {
    id: 'better',
    title: { ru: 'Better', en: 'Better', zh: 'Better' },
    rows: results.map((result) => ({ key: result.key, label: result.label, cell: coefficient(result.classification, 'better') })),
  };
  const worse: GroupSection = {
    id: 'worse',
    title: { ru: 'Worse', en: 'Worse', zh: 'Worse' },
    rows: results.map((result) => ({ key: result.key, label: result.label, cell: coefficient(result.classification, 'worse') })),
  };
  return { sections: [categories, better, worse] };
}

/** One team's answers (typed in, and from the imported files whose rows are given) classified per feature. */
export function kanoTeamSummary(state: KanoState, rowsOf: (datasetId: string) => readonly TypedRow[] | null): GroupSummary {
  const { responses } = allResponses(state, (entry) => rowsOf(entry.datasetId));
  const analysis = analyseSurvey(state.features, responses).overall;
  const byId = new Map(analysis.features.map((result) => [result.featureId, result.classification]));
  return sections(keyedFeatures(state.features).map(({ feature, key, label }) => ({ key, label, classification: byId.get(feature.id) ?? { kind: 'notEnoughData', n: 0 } })));
}

/**
 * Every team's answers as one survey: features matched by name, each team's respondents kept apart (team 1's
 * respondent "1" is not team 2's). Null when no team has any answer to pool.
 */
export function kanoPooledSummary(inputs: readonly { state: KanoState; rows: Readonly<Record<string, readonly TypedRow[]>> }[]): GroupSummary | null {
  const labels = new Map<string, LocalizedText>();
  const pooled: KanoResponse[] = [];
  inputs.forEach(({ state, rows }, team) => {
    const keys = new Map<string, string>();
    for (const { feature, key, label } of keyedFeatures(state.features)) {
      keys.set(feature.id, key);
      if (!labels.has(key)) labels.set(key, label);
    }
    const { responses } = allResponses(state, (entry) => (Object.hasOwn(rows, entry.datasetId) ? (rows[entry.datasetId] ?? null) : null));
    for (const response of responses) {
      const key = keys.get(response.featureId);
      if (key !== undefined) pooled.push({ ...response, featureId: key, source: `${team}\u0000${response.source}` });
    }
  });
  if (pooled.length === 0) return null;
  const features = [...labels.keys()].map((key) => ({ id: key }));
  const analysis = analyseSurvey(features, pooled).overall;
  return sections(analysis.features.map((result) => ({ key: result.featureId, label: labels.get(result.featureId) ?? localized(() => result.featureId), classification: result.classification })));
}

export const kanoGroup: GroupDeclaration<KanoState> = {
  summarize: async ({ state, datasets }) => {
    const stored = state.imports.map((entry) => entry.datasetId).filter((datasetId) => Object.hasOwn(datasets.own, datasetId));
    const loaded = await datasets.loadRows(stored);
    return kanoTeamSummary(state, (datasetId) => {
      const result = loaded.get(datasetId);
      return result?.ok ? result.value : null;
    });
  },
  pool: (inputs) => kanoPooledSummary(inputs),
};
