import type { StepProps } from '../../../../src/workbook/contract';
import type { AutosaveForm } from '../../../../src/workbook/useAutosaveForm';
import { useLocale, useMessages } from '../../../../src/i18n/useI18n';
import { Field } from '../../../../src/ui/Field';
import { LIFE_CYCLE_STAGES, LIFE_CYCLE_STAGE_NAMES, MARKETS, MARKET_NAMES } from '../../../../src/results/programTypes';
import { goalMessages } from '../../messages/goal';
import { namesMessages } from '../../messages/names';
import { GOALS, type Goal, type ProgramDesignState } from '../../state';
import type { GoalTexts } from '../GoalStep';
import { ChoiceGroup } from './ChoiceGroup';

interface ProgramGoalProps extends Pick<StepProps<ProgramDesignState>, 'state' | 'update'> {
  form: AutosaveForm<GoalTexts>;
}

/** The program's name, its goals (ticked, then in words), the market and the product's life-cycle stage. */
export function ProgramGoal({ state, update, form }: ProgramGoalProps) {
  const t = useMessages(goalMessages);
  const names = useMessages(namesMessages);
  const locale = useLocale();
  // Kept in the list's order, so the one-page program and the export name goals alike whatever the clicking order.
  const toggleGoal = (goal: Goal, on: boolean) =>
    update((current) => ({ ...current, goals: GOALS.filter((each) => (each === goal ? on : current.goals.includes(each))) }));
  return (
    <>
      <div className="fields">
        <Field form={form} name="name" label={t('goal.name')} hint={t('goal.nameHint')} />
      </div>
      <fieldset className="fieldset">
        <legend>{t('goal.goalsLegend')}</legend>
        <div className="pd-goal-choices pd-goal-choices--columns">
          {GOALS.map((goal) => (
            <label key={goal}>
              <input type="checkbox" checked={state.goals.includes(goal)} onChange={(event) => toggleGoal(goal, event.target.checked)} />
              {names(`goal.${goal}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="fields">
        <Field form={form} name="goalText" label={t('goal.goalText')} hint={t('goal.goalTextHint')} multiline rows={3} />
      </div>
      <div className="pd-goal-pair">
        <ChoiceGroup legend={t('goal.marketLegend')} options={MARKETS} label={(market) => MARKET_NAMES[market][locale]} selected={state.market} onChoose={(market) => update((current) => ({ ...current, market }))} />
        <ChoiceGroup legend={t('goal.stageLegend')} options={LIFE_CYCLE_STAGES} label={(stage) => LIFE_CYCLE_STAGE_NAMES[stage][locale]} selected={state.stage} onChoose={(stage) => update((current) => ({ ...current, stage }))} />
      </div>
    </>
  );
}
