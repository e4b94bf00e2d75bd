import { defaultStatementSettings, type ServqualState } from '../state';
import { DEFAULT_SCALE } from '../structure';

/** "Start from scratch": the generic questionnaire, no answers yet. */
export function blankServqualState(): ServqualState {
  return {
    questionnaire: { preset: 'generic', companyName: '', scale: DEFAULT_SCALE, statements: defaultStatementSettings() },
    waves: [],
    plan: [],
    notes: '',
  };
}
