import type { Translate } from '../../../src/i18n/translate';
import type { ReadingText } from '../../../src/ui/Reading';
import type { EmotionalNames } from '../content/names';
import type { FollowUpMessageKey } from '../messages/followUp';
import type { EmotionalState } from '../state';
import { followUpSummary, plannedActions, type PlannedAction } from './rating';

export interface FollowUpWords {
  t: Translate<FollowUpMessageKey>;
  names: EmotionalNames;
  money: (value: number) => string;
  list: (items: readonly string[]) => string;
  quote: (text: string) => string;
}

/**
 * Step 4 in words, for the six-month follow-up: how much of the plan was done and what it cost, which done actions
 * lack an observation, and what to decide about the ones not done or not marked.
 */
export function followUpReading(state: EmotionalState, words: FollowUpWords): ReadingText {
  const { t, names, money, list, quote } = words;
  const planned = plannedActions(state);
  if (planned.length === 0) return { sentences: [t('reading.empty')], caution: null };
  const summary = followUpSummary(state);
  if (summary.open === planned.length) return { sentences: [t('reading.notStarted', { count: planned.length, budget: money(summary.planned) })], caution: null };
  const titles = (entries: readonly PlannedAction[]) => list(entries.map(({ idea }) => quote(names.ideaTitle(idea))));
  const sentences = [
    t('reading.progress', { count: planned.length, done: summary.done, notDone: summary.notDone, open: summary.open }),
    t('reading.spent', { spent: money(summary.spent), planned: money(summary.planned) }),
  ];
  const silent = planned.filter(({ action }) => action.followUp === 'done' && action.observed.trim() === '');
  if (silent.length > 0) sentences.push(t('reading.noObservation', { list: titles(silent) }));
  const notDone = planned.filter(({ action }) => action.followUp === 'notDone');
  if (notDone.length > 0) sentences.push(t('reading.notDone', { list: titles(notDone) }));
  const open = planned.filter(({ action }) => action.followUp === 'open');
  if (open.length > 0) sentences.push(t('reading.open', { list: titles(open) }));
  if (summary.done === planned.length) sentences.push(t('reading.allDone'));
  return { sentences, caution: null };
}
