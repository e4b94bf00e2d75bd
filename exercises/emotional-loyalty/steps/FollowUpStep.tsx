import './plan/plan.css';
import './followUp/followUp.css';
import { useMemo } from 'react';
import type { StepProps } from '../../../src/workbook/contract';
import { useFormat, useLocale, useMessages } from '../../../src/i18n/useI18n';
import { Callout } from '../../../src/ui/Callout';
import { Metric, MetricGrid } from '../../../src/ui/Metric';
import { Reading } from '../../../src/ui/Reading';
import { routeHref } from '../../../src/workbook/route';
import { followUpMessages } from '../messages/followUp';
import { planMessages } from '../messages/plan';
import { withAction } from '../model/planEdits';
import { followUpReading } from '../model/followUpReading';
import { followUpSummary, planYears, plannedActions } from '../model/rating';
import { EMOTIONAL_EXERCISE_ID, type EmotionalState } from '../state';
import { FollowUpList } from './followUp/FollowUpList';
import { PlanDocument } from './followUp/PlanDocument';
import { listJoiner, quoter } from './plan/wording';
import { YearCalendar } from './plan/YearCalendar';
import { usePlanYear } from './plan/usePlanYear';
import { useEmotionalNames } from './shared/useNames';

/** Step 4: the plan as one printable document, and at the six-month follow-up each action's mark and what it gave. */
export default function FollowUpStep({ state, update, presenter }: StepProps<EmotionalState>) {
  const t = useMessages(followUpMessages);
  const plan = useMessages(planMessages);
  const names = useEmotionalNames();
  const format = useFormat();
  const locale = useLocale();
  const [year, setYear] = usePlanYear(state);
  const reading = useMemo(
    () => followUpReading(state, { t, names, money: (value) => format.money(value), list: listJoiner(locale), quote: quoter(locale) }),
    [state, t, names, format, locale],
  );
  const planned = plannedActions(state);

  if (planned.length === 0) {
    return (
      <div className="el-plan">
        <Reading reading={reading} />
        <Callout>
          <p>{t('document.empty')}</p>
          <p>
            <a href={routeHref({ page: 'exercise', exerciseId: EMOTIONAL_EXERCISE_ID, stepId: 'plan' })}>{t('document.toPlan')}</a>
          </p>
        </Callout>
      </div>
    );
  }

  const summary = followUpSummary(state);
  const years = [...new Set([...planYears(state), year])].sort((a, b) => a - b);
  return (
    <div className={`el-plan${presenter ? ' el-plan--presenter' : ''}`}>
      <Reading reading={reading} />
      <MetricGrid>
        <Metric label={t('summary.done')} value={format.integer(summary.done)} tone={summary.done > 0 ? 'good' : 'neutral'} />
        <Metric label={t('summary.notDone')} value={format.integer(summary.notDone)} tone={summary.notDone > 0 ? 'bad' : 'neutral'} />
        <Metric label={t('summary.open')} value={format.integer(summary.open)} />
        <Metric label={t('summary.spent')} value={format.money(summary.spent)} note={t('summary.planned', { budget: format.money(summary.planned) })} />
      </MetricGrid>
      <p className="explain">{t('intro')}</p>

      <section className="step-section" aria-labelledby="el-followup-document-title">
        <h3 id="el-followup-document-title">{t('document.title')}</h3>
        <p className="no-print">
          <a href={routeHref({ page: 'report', exerciseId: EMOTIONAL_EXERCISE_ID })}>{t('document.report')}</a>
        </p>
        <PlanDocument state={state} />
        <h4>{plan('calendar.title')}</h4>
        <YearCalendar state={state} year={year} years={years} onYear={setYear} />
      </section>

      <section className="step-section" aria-labelledby="el-followup-title">
        <h3 id="el-followup-title">{t('followUp.title')}</h3>
        <p className="explain">{t('followUp.intro')}</p>
        <FollowUpList state={state} onChange={(ideaId, patch) => update((current) => withAction(current, ideaId, patch))} />
      </section>
    </div>
  );
}
