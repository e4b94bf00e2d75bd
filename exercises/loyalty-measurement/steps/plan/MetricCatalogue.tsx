import { useMessages } from '../../../../src/i18n/useI18n';
import type { Locale } from '../../../../src/i18n/locale';
import type { StepProps } from '../../../../src/workbook/contract';
import { metricTexts } from '../../content/catalogue';
import { recommendMetrics } from '../../model/recommend';
import { missingData, withMetrics, withoutMetric } from '../../model/plan';
import { withPlan } from '../../model/surveyQuestions';
import { METRIC_IDS, type LoyaltyState, type MetricId } from '../../state';
import { planMessages } from '../../messages/plan';

/** Every metric with what it shows and its limits, ticked into the plan or out of it. */
export function MetricCatalogue({ state, update, locale }: Pick<StepProps<LoyaltyState>, 'state' | 'update'> & { locale: Locale }) {
  const t = useMessages(planMessages);
  const inPlan = new Set(state.plan.map((entry) => entry.metric));
  const recommended = new Set(recommendMetrics(state.business).recommended.map((advice) => advice.metric));
  const toggle = (metric: MetricId) =>
    update((current) =>
      withPlan(current, current.plan.some((entry) => entry.metric === metric) ? withoutMetric(current.plan, metric) : withMetrics(current.plan, [metric], current.business)),
    );

  return (
    <section className="step-section no-print" aria-labelledby="lm-catalogue-title">
      <h3 id="lm-catalogue-title">{t('catalogue.title')}</h3>
      <p className="explain">{t('catalogue.intro')}</p>
      <ul className="lm-catalogue">
        {METRIC_IDS.map((metric) => {
          const texts = metricTexts(metric, locale);
          const picked = inPlan.has(metric);
          const missing = missingData(metric, state.business);
          return (
            <li key={metric} className={`lm-catalogue__metric${picked ? ' lm-catalogue__metric--picked' : ''}`}>
              <h4 className="lm-catalogue__name">
                {texts.name}
                {recommended.has(metric) ? <span className="lm-badge">{t('catalogue.recommended')}</span> : null}
              </h4>
              <p>
                <strong>{t('catalogue.shows')}:</strong> {texts.shows}
              </p>
              <p>
                <strong>{t('catalogue.limits')}:</strong> {texts.limits}
              </p>
              {missing.length > 0 ? <p className="lm-warning">{t('plan.needsData', { data: missing.map((need) => t(`need.${need}`)).join(', ') })}</p> : null}
              <label className="lm-catalogue__pick">
                <input type="checkbox" checked={picked} onChange={() => toggle(metric)} />
                {t('catalogue.inPlan')}
                <span className="visually-hidden">: {texts.name}</span>
              </label>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
