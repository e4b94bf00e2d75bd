import { useFormat, useMessages } from '../../../src/i18n/useI18n';
import { Callout } from '../../../src/ui/Callout';
import { Reading } from '../../../src/ui/Reading';
import { useAnalysis } from '../../../src/workbook/analysis/useAnalysis';
import type { StepProps } from '../../../src/workbook/contract';
import { overviewAnalysis } from '../analysis/overviewSource';
import { CUSTOMER_BASE_EXERCISE_ID } from '../inputs';
import { dataMessages } from '../messages/data';
import { dataOverviewMessages } from '../messages/dataOverview';
import { sharedMessages } from '../../../src/customers/originMessages';
import { dayToIso } from '../../../src/customers/sales';
import type { CustomerBaseState } from '../state';
import { DataFiles } from '../../../src/customers/DataFiles';
import { dataReading } from './data/dataReading';
import { DemoChoice } from '../../../src/customers/DemoChoice';
import { OverviewFigures } from './data/OverviewFigures';
import { NextStepLink } from '../../../src/customers/NextStepLink';
import { PeriodForm } from '../../../src/customers/PeriodForm';
import { PeriodIssues } from './data/PeriodIssues';
import { useSales } from '../../../src/customers/useSales';
import './data/data.css';
import { Pending } from '../../../src/ui/Pending';

/**
 * Step 1 "Sales data": the sales and the customer list (shared files in "My data"), a demo business while there
 * are none, the analysis date and window, and the overview every later step starts from: the period read, who
 * bought and who left, revenue and returns, the lines left out and why, the list's join and the columns found.
 */
export default function DataStep({ state, update, presenter }: StepProps<CustomerBaseState>) {
  const t = useMessages(dataMessages);
  const words = useMessages(dataOverviewMessages);
  const shared = useMessages(sharedMessages);
  const format = useFormat();
  const { origin, request } = useSales(CUSTOMER_BASE_EXERCISE_ID, state);
  const analysis = useAnalysis(overviewAnalysis, request);
  // While a changed period is computed, the last figures stay on screen.
  const result = request === null ? null : analysis.status === 'done' ? analysis.result : analysis.status === 'running' ? analysis.previous : null;
  const overview = result?.kind === 'ready' ? result.overview : null;
  const day = (value: number) => format.date(dayToIso(value));
  // The date an empty field stands for: the analysis day itself while the field is empty.
  const lastSale = overview === null ? null : state.period.analysisDate === null ? overview.analysisDay : overview.dataLastDay;

  const sources = (
    <>
      <DemoChoice origin={origin} business={state.demoBusiness} onOpen={(demoBusiness) => update((current) => ({ ...current, useDemoData: true, demoBusiness }))} />
      <DataFiles exerciseId={CUSTOMER_BASE_EXERCISE_ID}>
        <p className="explain">{t('data.customers.about')}</p>
        <ul className="explain cb-data-list-columns">
          <li>{t('data.customers.potential')}</li>
          <li>{t('data.customers.size')}</li>
          <li>{t('data.customers.plan')}</li>
          <li>{t('data.customers.credit')}</li>
          <li>{t('data.customers.costToServe')}</li>
          <li>{t('data.customers.categories')}</li>
        </ul>
      </DataFiles>
    </>
  );
  return (
    <>
      {overview ? <Reading reading={dataReading(overview, origin === 'demo', { t: words, money: (value) => format.money(value), day })} /> : null}
      <p className="explain">{t('data.intro')}</p>
      {presenter ? null : sources}
      <PeriodForm
        exerciseId={CUSTOMER_BASE_EXERCISE_ID}
        period={state.period}
        onChange={(patch) => update((current) => ({ ...current, period: { ...current.period, ...patch } }))}
        lastSale={lastSale === null ? null : dayToIso(lastSale)}
      >
        <PeriodIssues period={state.period} overview={overview} />
      </PeriodForm>
      {request !== null && analysis.status === 'running' ? <Pending>{t('data.loading')}</Pending> : null}
      {analysis.status === 'failed' ? (
        <Callout tone="warning">
          <p>{t('data.failed', { message: analysis.message })}</p>
        </Callout>
      ) : null}
      {result?.kind === 'salesUnreadable' ? (
        <Callout tone="warning">
          <p>{shared('origin.unreadable')}</p>
        </Callout>
      ) : null}
      {result?.kind === 'noSales' ? (
        <Callout tone="warning">
          <p>{words('overview.noSales', { lines: result.lines })}</p>
        </Callout>
      ) : null}
      {overview ? (
        <>
          <OverviewFigures overview={overview} />
          {overview.customers > 0 ? (
            <NextStepLink exerciseId={CUSTOMER_BASE_EXERCISE_ID} stepId="abc-xyz">
              {t('data.next')}
            </NextStepLink>
          ) : null}
        </>
      ) : null}
      {presenter ? sources : null}
    </>
  );
}
