import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import type { Locale } from '../../../../src/i18n/locale';
import type { Formatters } from '../../../../src/i18n/format';
import { ScrollBox } from '../../../../src/ui/ScrollBox';
import { METRIC_FACTS, filledText, metricTexts, planTexts, type MetricUnit } from '../../content/catalogue';
import { LADDER_STAGE_TEXTS, suggestedDefinition } from '../../content/loyaltyTypes';
import { LADDER_STAGES, type LoyaltyState, type PlanEntry } from '../../state';
import { measuredValueFor, planStatus } from '../../model/planStatus';
import type { MeasuredValues } from '../../model/followUp';
import { conclusionsMessages } from '../../messages/conclusions';
import { planMessages } from '../../messages/plan';
import { meaningMessages } from '../../messages/meaning';
import { unitSuffix } from '../plan/units';
import { Filled } from '../shared/Filled';

/** A plan figure in its metric's unit: NPS points, %, days, times per period, money. */
function inUnit(value: number | null, unit: MetricUnit, format: Formatters, suffix: string): string {
  if (value === null) return '—';
  switch (unit) {
    case 'percent':
      return format.percent(value / 100, 1);
    case 'money':
      return format.money(value);
    case 'points':
      return format.number(value, 1);
    case 'days':
    case 'times':
      return `${format.number(value, 1)} ${suffix}`;
  }
}

/** The method on one page: the definition, what is measured, the ladder, and the plan with each metric's value now. */
export function MethodSummary({ state, measured, locale }: { state: LoyaltyState; measured: MeasuredValues; locale: Locale }) {
  const t = useMessages(conclusionsMessages);
  const tp = useMessages(planMessages);
  const tm = useMessages(meaningMessages);
  const format = useFormat();
  const { meaning, plan } = state;
  const definition = filledText(meaning.definition, suggestedDefinition(meaning.view, locale));
  const stages = LADDER_STAGES.filter((stage) => meaning.ladder[stage].used);
  const definitionMissing = meaning.view === null && meaning.definition.trim() === '';
  // The footnote explains an asterisk: only when one is shown (a missing definition is said in words, not marked).
  const anySuggested = (definition.suggested && !definitionMissing) || plan.some((entry) => planTexts(entry, locale).owner.suggested) || stages.some((stage) => meaning.ladder[stage].strategy.trim() === '');
  const row = (entry: PlanEntry) => {
    const facts = METRIC_FACTS[entry.metric];
    const suffix = unitSuffix(facts.unit, tp, format.currency, locale);
    const value = measuredValueFor(entry.metric, measured);
    const status = planStatus(value, entry.target, entry.alarm, facts.direction);
    return (
      <tr key={entry.metric} className={`lm-method__row lm-method__row--${status}`}>
        <th scope="row">{metricTexts(entry.metric, locale).name}</th>
        <td data-label={t('conclusions.col.frequency')}>{entry.frequency ? tp(`frequency.${entry.frequency}`) : '—'}</td>
        <td data-label={t('conclusions.col.owner')}>
          <Filled value={planTexts(entry, locale).owner} />
        </td>
        <td data-label={t('conclusions.col.target')} className="number">{inUnit(entry.target, facts.unit, format, suffix)}</td>
        <td data-label={t('conclusions.col.alarm')} className="number">{inUnit(entry.alarm, facts.unit, format, suffix)}</td>
        <td data-label={t('conclusions.col.value')} className="number">{status === 'notMeasured' ? '—' : inUnit(value, facts.unit, format, suffix)}</td>
        <td data-label={t('conclusions.col.status')}>
          <span className={`lm-status lm-status--${status}`}>{t(`conclusions.status.${status}`)}</span>
        </td>
      </tr>
    );
  };
  return (
    <section className="step-section lm-method" aria-labelledby="loyalty-method">
      <h3 id="loyalty-method">{t('conclusions.methodTitle')}</h3>
      <dl className="lm-method__facts">
        <dt>{t('conclusions.definition')}</dt>
        <dd>{definitionMissing ? t('conclusions.definitionMissing') : <Filled value={definition} />}</dd>
        {meaning.view ? (
          <>
            <dt>{t('conclusions.view')}</dt>
            {/* "Both" alone says little on a page read away from step 2: the choice with what it means. */}
            <dd>
              {tm(`view.${meaning.view}`)}
              {tm('meaning.colon')}
              {tm(`view.${meaning.view}.hint`)}
            </dd>
          </>
        ) : null}
        {stages.length > 0 ? (
          <>
            <dt>{t('conclusions.ladder')}</dt>
            <dd>
              <ol className="lm-method__ladder">
                {stages.map((stage) => (
                  <li key={stage}>
                    <strong>{LADDER_STAGE_TEXTS[locale][stage].name}</strong>
                    {tm('meaning.colon')}
                    <Filled value={filledText(meaning.ladder[stage].strategy, LADDER_STAGE_TEXTS[locale][stage].strategy)} />
                  </li>
                ))}
              </ol>
            </dd>
          </>
        ) : null}
      </dl>
      <h4 id="loyalty-plan-values">{t('conclusions.planTitle')}</h4>
      {plan.length === 0 ? (
        <p className="finding">{t('conclusions.planEmpty')}</p>
      ) : (
        <ScrollBox label={t('conclusions.planTitle')}>
          <table className="table-cards lm-method__plan" aria-labelledby="loyalty-plan-values">
            <thead>
              <tr>
                <th scope="col">{t('conclusions.col.metric')}</th>
                <th scope="col">{t('conclusions.col.frequency')}</th>
                <th scope="col">{t('conclusions.col.owner')}</th>
                <th scope="col" className="number">{t('conclusions.col.target')}</th>
                <th scope="col" className="number">{t('conclusions.col.alarm')}</th>
                <th scope="col" className="number">{t('conclusions.col.value')}</th>
                <th scope="col">{t('conclusions.col.status')}</th>
              </tr>
            </thead>
            <tbody>{plan.map(row)}</tbody>
          </table>
        </ScrollBox>
      )}
      {anySuggested ? <p className="note">{tp('plan.suggestionFootnote')}</p> : null}
    </section>
  );
}
