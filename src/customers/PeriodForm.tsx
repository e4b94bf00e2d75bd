import { useId } from 'react';
import { useFormat, useMessages } from '../i18n/useI18n';
import { Callout } from '../ui/Callout';
import { DateField } from '../ui/date/DateField';
import { Field } from '../ui/Field';
import type { StepProps } from '../workbook/contract';
import { numberCodec } from '../workbook/fieldCodecs';
import { useAutosaveForm } from '../workbook/useAutosaveForm';
import type { SalesOverview } from '../../exercises/customer-base/analysis/overviewAnalysis';
import { CUSTOMER_BASE_EXERCISE_ID } from '../../exercises/customer-base/inputs';
import { dataMessages } from '../../exercises/customer-base/messages/data';
import { dayToIso } from './sales';
import type { CustomerBaseState, PeriodSettings } from '../../exercises/customer-base/state';
import { periodIssues, type PeriodIssue } from '../../exercises/customer-base/steps/data/periodChecks';

// Module level: the autosave hook keys its effects on the codecs' identity. Limits follow state.ts.
const windowCodecs = { windowMonths: numberCodec({ unit: 'count', min: 0, max: 120, integer: true }) };

type Props = Pick<StepProps<CustomerBaseState>, 'state' | 'update'> & {
  /** The figures of the sales read with the current period; null while there are none. */
  overview: SalesOverview | null;
};

/** The analysis date (empty: the last sale, shown) and the window in months, with what is wrong with them for these sales. */
export function PeriodForm({ state, update, overview }: Props) {
  const t = useMessages(dataMessages);
  const format = useFormat();
  const dateId = useId();
  const period = state.period;
  const change = (patch: Partial<PeriodSettings>) => update((current) => ({ ...current, period: { ...current.period, ...patch } }));
  const form = useAutosaveForm<Pick<PeriodSettings, 'windowMonths'>>({
    exerciseId: CUSTOMER_BASE_EXERCISE_ID,
    formId: 'period',
    codecs: windowCodecs,
    values: { windowMonths: period.windowMonths },
    onValidChange: change,
  });
  const day = (value: number) => format.date(dayToIso(value));
  // The date an empty field stands for: the analysis day itself while the field is empty.
  const lastSale = overview === null ? null : period.analysisDate === null ? overview.analysisDay : overview.dataLastDay;
  const issues = overview === null ? [] : periodIssues(overview, period);
  const issueText = (issue: PeriodIssue): string => {
    switch (issue.kind) {
      case 'afterData':
        return t('data.period.afterData', { date: day(issue.analysisDay), last: day(issue.lastDay) });
      case 'beforeData':
        return t('data.period.beforeData', { date: day(issue.analysisDay), first: day(issue.firstDay) });
      case 'longerThanData':
        return t('data.period.longerThanData', { count: issue.dataMonths, window: issue.window, first: day(issue.firstDay) });
      case 'oneMonth':
        return t('data.period.oneMonth');
      case 'fewMonths':
        return t('data.period.fewMonths', { count: issue.months });
    }
  };

  return (
    <section className="step-section" aria-labelledby="cb-data-period">
      <h3 id="cb-data-period">{t('data.period.title')}</h3>
      <div className="fields">
        <div className="field">
          <label htmlFor={dateId} className="field__label">
            {t('data.period.date')}
          </label>
          <div className="field__control">
            <DateField id={dateId} value={period.analysisDate} aria-describedby={`${dateId}-hint`} onChange={(analysisDate) => change({ analysisDate })} />
          </div>
          <p id={`${dateId}-hint`} className="field__hint">
            {lastSale === null ? t('data.period.dateHintNoData') : t('data.period.dateHint', { date: day(lastSale) })}
          </p>
        </div>
        <Field form={form} name="windowMonths" label={t('data.period.window')} hint={t('data.period.windowHint')} suffix={t('data.period.windowSuffix')} />
      </div>
      {issues.map((issue) => (
        <Callout key={issue.kind} tone="warning">
          <p>{issueText(issue)}</p>
        </Callout>
      ))}
    </section>
  );
}
