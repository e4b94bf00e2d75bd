import type { Locale, LocalizedText } from '../../../src/i18n/locale';
import { pickText } from '../../../src/i18n/translate';
import { MISTAKES, RULE_TOPICS, type Mistake, type MistakeStatus, type ProgramDesignState, type RuleTopic } from '../state';

/** A demo's rules, each topic written in every language. */
export type LocalizedRules = Record<RuleTopic, LocalizedText>;
/** A demo's check-list: every mistake marked, its note written in every language. */
export type LocalizedMistakes = Record<Mistake, { status: MistakeStatus; note: LocalizedText }>;

export function pickRules(rules: LocalizedRules, locale: Locale): ProgramDesignState['rules'] {
  // Cast: fromEntries loses the key type; the entries are exactly the rule topics.
  return Object.fromEntries(RULE_TOPICS.map((topic) => [topic, pickText(rules[topic], locale)])) as ProgramDesignState['rules'];
}

export function pickMistakes(mistakes: LocalizedMistakes, locale: Locale): ProgramDesignState['mistakes'] {
  return Object.fromEntries(MISTAKES.map((mistake) => [mistake, { status: mistakes[mistake].status, note: pickText(mistakes[mistake].note, locale) }]));
}
