import './plan/plan.css';
import { useMemo } from 'react';
import type { StepProps } from '../../../src/workbook/contract';
import { useFormat, useMessages } from '../../../src/i18n/useI18n';
import { Callout } from '../../../src/ui/Callout';
import { Metric, MetricGrid } from '../../../src/ui/Metric';
import { Reading } from '../../../src/ui/Reading';
import { routeHref } from '../../../src/workbook/route';
import { planMessages } from '../messages/plan';
import { withAction, withChosen, withQuickWinsChosen, withRating, quickWinsToChoose } from '../model/planEdits';
import { planReading } from '../model/planReading';
import { budgetTotals, planGaps, plannedActions, planYears, priorityOrder, rateIdea } from '../model/rating';
import { EMOTIONAL_EXERCISE_ID, type EmotionalState } from '../state';
import { ActionPlan } from './plan/ActionPlan';
import { BudgetTables } from './plan/BudgetTables';
import { EffectCostChart } from './plan/EffectCostChart';
import { Occasions } from './plan/Occasions';
import { RatingTable } from './plan/RatingTable';
import { usePlanWords } from './plan/usePlanWords';
import { usePlanYear } from './plan/usePlanYear';
import { YearCalendar } from './plan/YearCalendar';

/** Step 3: every idea rated by cost and effect, the matrix, the chosen ideas as an action plan, and the year's calendar. */
export default function PlanStep({ state, update, presenter }: StepProps<EmotionalState>) {
  const t = useMessages(planMessages);
  const format = useFormat();
  const words = usePlanWords();
  const [year, setYear] = usePlanYear(state);
  const order = useMemo(() => priorityOrder(state.ideas), [state.ideas]);
  const reading = useMemo(() => planReading(state, year, words), [state, year, words]);

  if (state.ideas.length === 0) {
    return (
      <div className="el-plan">
        <Reading reading={reading} />
        <Callout title={t('rating.noIdeas')}>
          <p>{t('rating.noIdeasHint')}</p>
          <p>
            <a href={routeHref({ page: 'exercise', exerciseId: EMOTIONAL_EXERCISE_ID, stepId: 'ideas' })}>{t('rating.toIdeas')}</a>
          </p>
        </Callout>
      </div>
    );
  }

  const planned = plannedActions(state);
  const quickWins = planned.filter(({ idea }) => rateIdea(idea)?.quadrant === 'quickWin').length;
  const toChoose = quickWinsToChoose(state.ideas);
  const unrated = state.ideas.length - order.length;
  const years = [...new Set([...planYears(state), year])].sort((a, b) => a - b);

  return (
    <div className={`el-plan${presenter ? ' el-plan--presenter' : ''}`}>
      <Reading reading={reading} />
      <MetricGrid>
        <Metric label={t('plan.total')} value={format.money(budgetTotals(state).total)} />
        <Metric label={t('plan.actions')} value={format.integer(planned.length)} />
        <Metric label={t('plan.quickWins')} value={format.integer(quickWins)} tone={quickWins > 0 ? 'good' : 'neutral'} />
        <Metric label={t('plan.withoutOwner')} value={format.integer(planGaps(state).withoutOwner.length)} tone={planGaps(state).withoutOwner.length > 0 ? 'bad' : 'neutral'} />
      </MetricGrid>
      <p className="explain">{t('intro')}</p>

      <section className="step-section" aria-labelledby="el-plan-rating-title">
        <h3 id="el-plan-rating-title">{t('rating.title')}</h3>
        <ul className="note el-plan-scales">
          <li>{t('rating.costScale')}</li>
          <li>{t('rating.effectScale')}</li>
          <li>{t('rating.thresholds')}</li>
        </ul>
        {order.length > 0 ? <EffectCostChart order={order} presenter={presenter} /> : <p className="finding">{t('chart.empty')}</p>}
        {unrated > 0 ? <p className="finding">{t('priority.unrated', { count: unrated })}</p> : null}
        {toChoose > 0 ? (
          <p className="el-plan-suggest no-print">
            <button type="button" className="button button--primary" onClick={() => update(withQuickWinsChosen)}>
              {t('rating.chooseQuickWins', { count: toChoose })}
            </button>
          </p>
        ) : null}
        <RatingTable
          state={state}
          onRate={(ideaId, patch) => update((current) => withRating(current, ideaId, patch))}
          onChoose={(ideaId, chosen) => update((current) => withChosen(current, ideaId, chosen))}
        />
      </section>

      <section className="step-section" aria-labelledby="el-plan-actions-title">
        <h3 id="el-plan-actions-title">{t('plan.title')}</h3>
        <p className="explain">{t('plan.intro')}</p>
        <ActionPlan
          state={state}
          onChange={(ideaId, patch) => update((current) => withAction(current, ideaId, patch))}
          onRemove={(ideaId) => update((current) => withChosen(current, ideaId, false))}
        />
      </section>

      {planned.length > 0 ? (
        <section className="step-section" aria-labelledby="el-plan-budget-title">
          <h3 id="el-plan-budget-title">{t('budget.title')}</h3>
          <BudgetTables state={state} />
        </section>
      ) : null}

      <section className="step-section" aria-labelledby="el-plan-calendar-title">
        <h3 id="el-plan-calendar-title">{t('calendar.title')}</h3>
        <p className="explain">{t('calendar.intro')}</p>
        <YearCalendar state={state} year={year} years={years} onYear={setYear} />
        <h4>{t('occasions.title')}</h4>
        <p className="explain">{t('occasions.intro')}</p>
        <Occasions state={state} update={update} year={year} />
      </section>
    </div>
  );
}
