import { useState } from 'react';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import type { Locale } from '../../../../src/i18n/locale';
import type { StepProps } from '../../../../src/workbook/contract';
import { metricTexts } from '../../content/catalogue';
import { recommendMetrics } from '../../model/recommend';
import { withMetrics } from '../../model/plan';
import { withPlan } from '../../model/surveyQuestions';
import type { LoyaltyState } from '../../state';
import { businessMessages } from '../../messages/business';

/** The metric set step 1's answers point to, with the reason for each, recomputed as the participant answers. */
export function RecommendationPanel({ state, update, locale }: Pick<StepProps<LoyaltyState>, 'state' | 'update' | 'locale'>) {
  const t = useMessages(businessMessages);
  const format = useFormat();
  const [added, setAdded] = useState<number | null>(null);
  const recommendation = recommendMetrics(state.business);
  const inPlan = new Set(state.plan.map((entry) => entry.metric));
  const missing = recommendation.recommended.filter((advice) => !inPlan.has(advice.metric));
  const name = (metric: Parameters<typeof metricTexts>[0], language: Locale) => metricTexts(metric, language).name;
  const period = t(`period.${recommendation.retentionPeriod}`);

  const addToPlan = () => {
    setAdded(missing.length);
    update((current) => withPlan(current, withMetrics(current.plan, missing.map((advice) => advice.metric), current.business)));
  };

  return (
    <section className="step-section" aria-labelledby="lm-recommendation">
      <h3 id="lm-recommendation">{t('recommendation.title')}</h3>
      {!recommendation.answered ? (
        <p className="explain">{t('recommendation.empty')}</p>
      ) : (
        <>
          <h4>{t('recommendation.recommended')}</h4>
          <ul className="lm-advice">
            {recommendation.recommended.map((advice) => (
              <li key={advice.metric}>
                <span className="lm-advice__name">{name(advice.metric, locale)}</span>
                {inPlan.has(advice.metric) ? <span className="lm-badge">{t('recommendation.inPlan')}</span> : null}
                <p className="finding">{t(`reason.${advice.reason}`, { period })}</p>
              </li>
            ))}
          </ul>
          {recommendation.notes.map((note) => (
            <p key={note.kind} className="finding">
              {t('note.interviewKeyAccounts', { customers: note.customers, margin: format.number(note.bestMargin, 0) })}
            </p>
          ))}
          {/* Said once: when retention is recommended for the purchase cycle, its reason already names the period. */}
          {recommendation.recommended.some((advice) => advice.reason === 'retentionCycle') ? null : <p className="finding">{t('recommendation.period', { period })}</p>}
          {recommendation.advisedAgainst.length > 0 ? (
            <>
              <h4>{t('recommendation.against')}</h4>
              <ul className="lm-advice lm-advice--against">
                {recommendation.advisedAgainst.map((advice) => (
                  <li key={advice.metric}>
                    <span className="lm-advice__name">{name(advice.metric, locale)}</span>
                    <p className="finding">{t(`against.${advice.reason}`)}</p>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <div className="lm-actions no-print">
            {missing.length > 0 ? (
              <button type="button" className="button button--primary" onClick={addToPlan}>
                {t('recommendation.add')}
              </button>
            ) : null}
            <p role="status">
              {added !== null && added > 0 ? t('recommendation.added', { count: added }) : missing.length === 0 ? t('recommendation.allInPlan') : ''}
            </p>
          </div>
        </>
      )}
    </section>
  );
}
