import type { TypedRow } from '../../../../src/data/import/types';
import { LOCALES } from '../../../../src/i18n/locale';
import { findExampleFeature } from '../../content';
import { countRespondents, normaliseFeatureName, responsesFromLongRows, responsesFromTyped, type KanoResponse, type LongRowProblem } from '../../model';
import type { ImportedResponses, KanoFeature, KanoState } from '../../state';
import { longRowsFromWide } from './wideResponses';

/**
 * A long file may name an example feature in any of the three languages ("Birthday gift" while the list
 * stores "Подарок на день рождения"): such names are turned into the feature's id before matching.
 */
function exampleNameLookup(features: readonly KanoFeature[]): Map<string, string> {
  const lookup = new Map<string, string>();
  for (const feature of features) {
    const example = feature.exampleRef ? findExampleFeature(feature.exampleRef.set, feature.exampleRef.key) : undefined;
    if (example) for (const locale of LOCALES) lookup.set(normaliseFeatureName(example.name[locale]), feature.id);
  }
  return lookup;
}

export interface FileResponses {
  responses: KanoResponse[];
  problems: LongRowProblem[];
  respondents: number;
  hasSegments: boolean;
  unrecognisedAnswers: number;
}

/** One imported file's rows → responses and the rows' problems, by the file's layout. */
export function responsesFromImport(entry: Pick<ImportedResponses, 'datasetId' | 'layout'>, rows: readonly TypedRow[], state: Pick<KanoState, 'features' | 'questionnaire'>): FileResponses {
  const longRows =
    entry.layout === 'wide'
      ? longRowsFromWide(rows, state.features)
      : (() => {
          const aliases = exampleNameLookup(state.features);
          return rows.map((row) => {
            const alias = typeof row.feature === 'string' ? aliases.get(normaliseFeatureName(row.feature)) : undefined;
            return alias ? { ...row, feature: alias } : row;
          });
        })();
  const parsed = responsesFromLongRows(longRows, state.features, entry.datasetId, state.questionnaire.importanceScale?.max ?? 9);
  return {
    ...parsed,
    respondents: countRespondents(parsed.responses),
    hasSegments: parsed.responses.some((response) => response.segment !== null),
    unrecognisedAnswers: parsed.problems.filter((problem) => problem.code === 'unrecognisedAnswer').length,
  };
}

/** Typed-in forms plus every imported file read so far; `missing` lists files whose rows are not at hand. */
export function allResponses(state: KanoState, rowsOf: (entry: ImportedResponses) => readonly TypedRow[] | null): { responses: KanoResponse[]; missing: ImportedResponses[] } {
  const responses = responsesFromTyped(state.responses);
  const missing: ImportedResponses[] = [];
  for (const entry of state.imports) {
    const rows = rowsOf(entry);
    if (rows === null) missing.push(entry);
    else responses.push(...responsesFromImport(entry, rows, state).responses);
  }
  return { responses, missing };
}
