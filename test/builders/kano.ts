import { blankKanoState, demoKanoState } from '../../exercises/kano/demo';
import type { FeatureAnswerEntry, ImportedResponses, KanoFeature, KanoState, TypedResponse } from '../../exercises/kano/state';

/**
 * A Kano state the exercise would accept: its own blank start ("start from scratch"), or the demo's, with the
 * fields the test is about replaced. The overrides are typed by the state, so an invalid one does not compile.
 */
export function kanoState(overrides: Partial<KanoState> = {}, start: 'blank' | 'demo' = 'blank'): KanoState {
  return { ...(start === 'demo' ? demoKanoState() : blankKanoState()), ...overrides };
}

/** A feature of the participant's own (not an example copy), undecided, asked with the standard questions. */
export function kanoFeature(id: string, name: string, overrides: Partial<KanoFeature> = {}): KanoFeature {
  return { id, name, description: '', exampleRef: null, functionalQuestion: null, dysfunctionalQuestion: null, decision: 'undecided', note: '', ...overrides };
}

/** One paper form typed in the app, without a segment: answers keyed by feature id. */
export function typedResponse(respondent: string, answers: Record<string, FeatureAnswerEntry>, overrides: Partial<TypedResponse> = {}): TypedResponse {
  return { respondent, segment: null, answers, ...overrides };
}

/** What the state keeps of an accepted response file in the long layout: a row per respondent, every answer read. */
export function importedResponses(datasetId: string, fileName: string, respondents: number, overrides: Partial<ImportedResponses> = {}): ImportedResponses {
  return {
    datasetId,
    fileName,
    layout: 'long',
    importedAt: '2026-02-01T09:00:00.000Z',
    respondents,
    rowsImported: respondents,
    rowsSkipped: 0,
    unrecognisedAnswers: 0,
    hasSegments: false,
    ...overrides,
  };
}
