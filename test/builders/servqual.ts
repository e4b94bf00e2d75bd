import { blankServqualState, demoServqualState } from '../../exercises/servqual/demo';
import { defaultStatementSettings, type Questionnaire, type ServqualState, type StatementSetting, type SurveyResponse, type Wave } from '../../exercises/servqual/state';

export type ServqualOverrides = Partial<Omit<ServqualState, 'questionnaire'>> & { questionnaire?: Partial<Questionnaire> };

/**
 * A SERVQUAL state the exercise would accept: its own blank start (the generic questionnaire, no waves) or the
 * demo's two waves, with the fields the test is about replaced; questionnaire fields are replaced one by one.
 */
export function servqualState(overrides: ServqualOverrides = {}, start: 'blank' | 'demo' = 'blank'): ServqualState {
  const base = start === 'demo' ? demoServqualState() : blankServqualState();
  const { questionnaire, ...rest } = overrides;
  return { ...base, ...rest, questionnaire: { ...base.questionnaire, ...questionnaire } };
}

/** The 22 statements in the preset's wording with only `items` asked: a survey small enough to type in and check by hand. */
export function onlyStatements(...items: number[]): StatementSetting[] {
  return defaultStatementSettings().map((statement) => ({ ...statement, enabled: items.includes(statement.item) }));
}

/** A wave of answers typed in the app, named "Wave N" in the reader's language until it gets a label. */
export function enteredWave(id: string, date: string, responses: SurveyResponse[] = [], overrides: Partial<Wave> = {}): Wave {
  return { id, label: '', date, source: { kind: 'entered', responses }, ...overrides };
}
