import type { Translate } from '../../../src/i18n/translate';
import type { ReadingText } from '../../../src/ui/Reading';
import type { EmotionalNames } from '../content/names';
import type { PlanMessageKey } from '../messages/plan';
import type { EmotionalState, Idea } from '../state';
import { budgetTotals, emptyMonths, planGaps, plannedActions, priorityOrder, rateIdea, yearCalendar } from './rating';

export interface PlanWords {
  t: Translate<PlanMessageKey>;
  names: EmotionalNames;
  money: (value: number) => string;
  /** A month's name (1–12) in the page's language. */
  monthName: (month: number) => string;
  /** Joins items into one list as the language does: "a, b и c". */
  list: (items: readonly string[]) => string;
  /** Sets a name off in the language's quotes. */
  quote: (text: string) => string;
}

/**
 * Step 3 in words: how the ideas fall in the matrix, what the plan holds and costs, and what it still lacks
 * (owners, dates, budgets, months with nothing), ending with the next thing to do.
 */
export function planReading(state: EmotionalState, year: number, words: PlanWords): ReadingText {
  const { t, names, money, monthName, list, quote } = words;
  if (state.ideas.length === 0) return { sentences: [t('reading.noIdeas')], caution: null };
  const rated = priorityOrder(state.ideas);
  const sentences: string[] = [];
  const count = (quadrant: string) => rated.filter((entry) => entry.quadrant === quadrant).length;
  if (rated.length > 0) sentences.push(t('reading.matrix', { rated: rated.length, quick: count('quickWin'), big: count('bigBet'), pits: count('moneyPit') }));
  const unrated = state.ideas.length - rated.length;
  if (unrated > 0) sentences.push(t('reading.unrated', { count: unrated }));
  const planned = plannedActions(state);
  if (planned.length === 0) {
    sentences.push(t('reading.nothingChosen'));
    return { sentences, caution: null };
  }
  const titles = (ideas: readonly Idea[]) => list(ideas.map((idea) => quote(names.ideaTitle(idea))));
  const quick = planned.filter(({ idea }) => rateIdea(idea)?.quadrant === 'quickWin').length;
  sentences.push(t('reading.plan', { count: planned.length, budget: money(budgetTotals(state).total), quick }));
  const pits = planned.filter(({ idea }) => rateIdea(idea)?.quadrant === 'moneyPit').map(({ idea }) => idea);
  if (pits.length > 0) sentences.push(t('reading.pitsChosen', { list: titles(pits) }));
  const gaps = planGaps(state);
  if (gaps.withoutOwner.length > 0) sentences.push(t('reading.withoutOwner', { list: titles(gaps.withoutOwner) }));
  if (gaps.withoutDate.length > 0) sentences.push(t('reading.withoutDate', { list: titles(gaps.withoutDate) }));
  if (gaps.withoutBudget.length > 0) sentences.push(t('reading.withoutBudget', { list: titles(gaps.withoutBudget) }));
  const empty = emptyMonths(yearCalendar(state, year));
  if (empty.length > 0 && empty.length < 12) sentences.push(t('reading.emptyMonths', { year: String(year), months: list(empty.map(monthName)) }));
  if (gaps.withoutOwner.length === 0 && gaps.withoutDate.length === 0) sentences.push(t('reading.ready'));
  return { sentences, caution: null };
}
