import type { StepDoneContext } from '../../src/workbook/contract';
import type { EmotionalState } from './state';

type Done = (state: EmotionalState, context: StepDoneContext) => boolean;

const chosenIdeas = (state: EmotionalState) => state.ideas.filter((idea) => idea.chosen);

/**
 * When each step's work is done (StepDefinition.done): a journey of at least three touchpoints, each with the
 * emotion wanted; ideas for at least one touchpoint, rated by cost and effect; a plan of at least one chosen idea
 * with a date and an owner; the follow-up once every planned action is marked done or not done.
 */
export const emotionalStepsDone = {
  journey: (state) => state.touchpoints.length >= 3 && state.touchpoints.every((touchpoint) => touchpoint.emotion !== null),
  ideas: (state) => state.ideas.some((idea) => idea.cost !== null && idea.effect !== null),
  plan: (state) =>
    chosenIdeas(state).some((idea) => {
      const action = Object.hasOwn(state.actions, idea.id) ? state.actions[idea.id] : undefined;
      return action !== undefined && action.date !== null && action.owner.trim() !== '';
    }),
  followUp: (state, { visited }) => {
    const chosen = chosenIdeas(state);
    return visited && chosen.length > 0 && chosen.every((idea) => (Object.hasOwn(state.actions, idea.id) ? state.actions[idea.id]?.followUp : 'open') !== 'open');
  },
} satisfies Record<string, Done>;
