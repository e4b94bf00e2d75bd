import { defaultStatementSettings, type ServqualState } from '../state';
import { DEFAULT_SCALE } from '../structure';
import { DEMO_FIRST_WAVE, DEMO_SECOND_WAVE, demoWaveResponses } from './survey';

/**
 * What the exercise opens with: the generic questionnaire and two waves seven months apart, so every step
 * (results, priorities, comparison) has something to show before the participant brings their own data.
 * Labels are empty so each wave is named in the reader's language ("Wave 1", messages `wave.defaultLabel`).
 */
export function demoServqualState(): ServqualState {
  return {
    questionnaire: { preset: 'generic', companyName: '', scale: DEFAULT_SCALE, statements: defaultStatementSettings() },
    waves: [
      { id: 'demo-2025-02', label: '', date: '2025-02-12', source: { kind: 'entered', responses: demoWaveResponses(DEMO_FIRST_WAVE) } },
      { id: 'demo-2025-09', label: '', date: '2025-09-17', source: { kind: 'entered', responses: demoWaveResponses(DEMO_SECOND_WAVE) } },
    ],
    plan: [],
    notes: '',
  };
}

export { blankServqualState } from './blank';
