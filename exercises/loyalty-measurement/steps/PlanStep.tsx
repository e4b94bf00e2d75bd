import './business/business.css';
import './meaning/meaning.css';
import './plan/plan.css';
import type { StepProps } from '../../../src/workbook/contract';
import { useMessages } from '../../../src/i18n/useI18n';
import type { LoyaltyState } from '../state';
import { planMessages } from '../messages/plan';
import { PlanTable } from './plan/PlanTable';
import { PlanPaper } from './plan/PlanPaper';
import { MetricCatalogue } from './plan/MetricCatalogue';

/** Step 3: the measurement plan, the exercise's deliverable, and the metric catalogue it is picked from. */
export default function PlanStep({ state, update, locale, presenter }: StepProps<LoyaltyState>) {
  const t = useMessages(planMessages);
  return (
    <div className={presenter ? 'lm-plan-step lm-plan-step--presenter' : 'lm-plan-step'}>
      <p className="explain">{t('plan.intro')}</p>
      <section className="step-section" aria-labelledby="lm-plan-title">
        <h3 id="lm-plan-title">{t('plan.tableTitle')}</h3>
        {state.plan.length === 0 ? (
          <p className="finding">{t('plan.empty')}</p>
        ) : (
          <>
            <p className="explain">{t('plan.suggestionsNote')}</p>
            <div className="lm-plan-screen">
              <PlanTable state={state} update={update} locale={locale} />
            </div>
            <PlanPaper plan={state.plan} locale={locale} />
            <div className="lm-actions no-print">
              <button type="button" className="button" onClick={() => window.print()}>
                {t('plan.print')}
              </button>
            </div>
          </>
        )}
      </section>
      <MetricCatalogue state={state} update={update} locale={locale} />
    </div>
  );
}
