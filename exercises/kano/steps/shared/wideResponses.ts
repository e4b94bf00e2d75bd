import type { ColumnSpec, DatasetSpec } from '../../../../src/data/spec';
import type { TypedRow, TypedValue } from '../../../../src/data/import/types';
import { perLocale, type Locale, type LocalizedText } from '../../../../src/i18n/locale';
import { KANO_ANSWER_CHOICES, KANO_ANSWER_LABELS } from '../../questions';
import { KANO_WIDE_RESPONSES } from '../../inputs';
import { findExampleFeature } from '../../content';
import type { KanoFeature, KanoQuestionnaire } from '../../state';

/**
 * The wide layout as a dataset spec: KANO_WIDE_RESPONSES declares only the respondent and segment
 * columns, because the answer columns depend on the participant's features; here they are added,
 * two (or three, with importance) per feature. Keys carry the feature's id, not its position, so a file
 * imported before the list was reordered still lands on the right features.
 */

type Role = 'functional' | 'dysfunctional' | 'importance';
const ROLES: readonly Role[] = ['functional', 'dysfunctional', 'importance'];

/** The role words the response template writes after a feature's name; also what the importer matches. */
const ROLE_WORDS: Record<Locale, Record<Role, string>> = {
  ru: { functional: 'функциональный', dysfunctional: 'дисфункциональный', importance: 'важность' },
  en: { functional: 'functional', dysfunctional: 'dysfunctional', importance: 'importance' },
  zh: { functional: '正向', dysfunctional: '反向', importance: '重要性' },
};
const CODE_SUFFIX: Record<Role, string> = { functional: 'f', dysfunctional: 'd', importance: 'i' };

export function wideColumnKey(featureId: string, role: Role): string {
  return `${featureId}::${role}`;
}

function headerFor(name: string, role: Role, locale: Locale): string {
  return locale === 'zh' ? `${name}（${ROLE_WORDS.zh[role]}）` : `${name} (${ROLE_WORDS[locale][role]})`;
}

/** The feature's name in every language it has one: the stored name, and an example's translations. */
function namesOf(feature: KanoFeature): LocalizedText {
  const example = feature.exampleRef ? findExampleFeature(feature.exampleRef.set, feature.exampleRef.key) : undefined;
  return example ? example.name : { ru: feature.name, en: feature.name, zh: feature.name };
}

function featureColumns(feature: KanoFeature, position: number, questionnaire: KanoQuestionnaire, answerLocale: Locale): ColumnSpec[] {
  const names = namesOf(feature);
  const roles = questionnaire.importanceScale ? ROLES : ROLES.filter((role) => role !== 'importance');
  return roles.map((role): ColumnSpec => {
    const label: LocalizedText = perLocale((locale) => headerFor(names[locale].trim() || `F${position}`, role, locale));
    const code = `F${position}_${CODE_SUFFIX[role]}`;
    const synonyms = perLocale((locale) => [code, `${names[locale]} — ${ROLE_WORDS[locale][role]}`, `${names[locale]} - ${ROLE_WORDS[locale][role]}`]);
    if (role === 'importance') {
      const max = questionnaire.importanceScale?.max ?? 9;
      return { key: wideColumnKey(feature.id, role), type: 'likert', required: false, min: 1, max, label, synonyms, example: Math.ceil((1 + max) / 2) };
    }
    // Answers are read as text: labels ("Нравится") as often as codes; the model parses both.
    const example = KANO_ANSWER_LABELS[answerLocale][role === 'functional' ? 'like' : 'neutral'];
    return { key: wideColumnKey(feature.id, role), type: 'text', required: false, label, synonyms, example, accepted: KANO_ANSWER_CHOICES };
  });
}

export function wideResponsesSpec(specId: string, features: readonly KanoFeature[], questionnaire: KanoQuestionnaire, answerLocale: Locale): DatasetSpec {
  return {
    ...KANO_WIDE_RESPONSES,
    id: specId,
    columns: [...KANO_WIDE_RESPONSES.columns, ...features.flatMap((feature, index) => featureColumns(feature, index + 1, questionnaire, answerLocale))],
  };
}

function isBlank(value: TypedValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/**
 * Wide rows (as the wide spec types them) → the long layout's rows, which `responsesFromLongRows` reads
 * for both layouts. A feature whose cells are all blank gives no row; a row without a respondent is named
 * by its position among the imported rows.
 */
export function longRowsFromWide(rows: readonly TypedRow[], features: readonly Pick<KanoFeature, 'id'>[]): TypedRow[] {
  return rows.flatMap((row, index) => {
    const respondent = isBlank(row.respondent) ? String(index + 1) : String(row.respondent).trim();
    const segment = isBlank(row.segment) ? null : String(row.segment).trim();
    return features.flatMap((feature): TypedRow[] => {
      const functional = row[wideColumnKey(feature.id, 'functional')] ?? null;
      const dysfunctional = row[wideColumnKey(feature.id, 'dysfunctional')] ?? null;
      const importance = row[wideColumnKey(feature.id, 'importance')] ?? null;
      if (isBlank(functional) && isBlank(dysfunctional) && isBlank(importance)) return [];
      return [{ respondent, feature: feature.id, functional, dysfunctional, importance, segment }];
    });
  });
}
