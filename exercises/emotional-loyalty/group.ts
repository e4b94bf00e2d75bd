import type { GroupCell } from '../../src/handin/format';
import { perLocale, type LocalizedText } from '../../src/i18n/locale';
import type { Dictionaries } from '../../src/i18n/messages';
import { translator } from '../../src/i18n/translate';
import type { GroupDeclaration } from '../../src/workbook/contract';
import { followUpMessages } from './messages/followUp';
import { groupMessages } from './messages/group';
import { planMessages } from './messages/plan';
import { budgetTotals, followUpSummary, plannedActions, priorityOrder, rateIdea } from './model/rating';
import type { EmotionalState } from './state';

/** A message of the exercise in every language: the trainer may read the group view in another one than the team's. */
const text = <K extends string>(dictionaries: Dictionaries<K>, key: K): LocalizedText => perLocale((locale) => translator(dictionaries, locale)(key));
const count = (value: number): GroupCell => ({ kind: 'number', value, decimals: 0 });
// Budgets are typed in whole roubles and shown so on the plan.
const money = (value: number): GroupCell => ({ kind: 'money', value, decimals: 0 });

/**
 * What the trainer compares across teams: how rich the journey and the idea pool are, what the action plan holds and
 * costs, and at the follow-up how much of it was done. Everything comes from the state: the exercise has no files.
 */
export const emotionalLoyaltyGroup: GroupDeclaration<EmotionalState> = {
  summarize: ({ state }) => {
    const rated = priorityOrder(state.ideas);
    const planned = plannedActions(state);
    const plannedQuickWins = planned.filter(({ idea }) => rateIdea(idea)?.quadrant === 'quickWin').length;
    const withoutOwner = planned.filter(({ action }) => action.owner.trim() === '').length;
    const followUp = followUpSummary(state);
    return {
      sections: [
        {
          id: 'journey',
          title: text(groupMessages, 'group.journey'),
          rows: [
            { key: 'touchpoints', label: text(groupMessages, 'group.touchpoints'), cell: count(state.touchpoints.length) },
            { key: 'ideas', label: text(groupMessages, 'group.ideas'), cell: count(state.ideas.length) },
            { key: 'rated', label: text(groupMessages, 'group.rated'), cell: count(rated.length) },
            { key: 'quickWinIdeas', label: text(groupMessages, 'group.quickWinIdeas'), cell: count(rated.filter((entry) => entry.quadrant === 'quickWin').length) },
          ],
        },
        {
          id: 'plan',
          title: text(planMessages, 'plan.title'),
          rows: [
            { key: 'actions', label: text(planMessages, 'plan.actions'), cell: count(planned.length) },
            { key: 'quickWins', label: text(planMessages, 'plan.quickWins'), cell: count(plannedQuickWins) },
            { key: 'budget', label: text(planMessages, 'plan.total'), cell: money(budgetTotals(state).total) },
            { key: 'withoutOwner', label: text(planMessages, 'plan.withoutOwner'), cell: count(withoutOwner) },
          ],
        },
        {
          id: 'followUp',
          title: text(followUpMessages, 'followUp.title'),
          rows: [
            { key: 'done', label: text(followUpMessages, 'summary.done'), cell: count(followUp.done) },
            { key: 'notDone', label: text(followUpMessages, 'summary.notDone'), cell: count(followUp.notDone) },
            { key: 'open', label: text(followUpMessages, 'summary.open'), cell: count(followUp.open) },
            { key: 'spent', label: text(followUpMessages, 'summary.spent'), cell: money(followUp.spent) },
          ],
        },
      ],
    };
  },
};
