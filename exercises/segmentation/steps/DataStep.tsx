import { useMemo } from 'react';
import { DataFiles } from '../../../src/customers/DataFiles';
import { DemoChoice } from '../../../src/customers/DemoChoice';
import { sharedMessages } from '../../../src/customers/originMessages';
import { NextStepLink } from '../../../src/customers/NextStepLink';
import { PeriodForm } from '../../../src/customers/PeriodForm';
import { INTL_TAG } from '../../../src/i18n/locale';
import { useFormat, useMessages } from '../../../src/i18n/useI18n';
import { Callout } from '../../../src/ui/Callout';
import { Reading } from '../../../src/ui/Reading';
import type { StepProps } from '../../../src/workbook/contract';
import { SEGMENTATION_EXERCISE_ID } from '../inputs';
import { dataMessages } from '../messages/data';
import type { SegmentationState } from '../state';
import { CriteriaTable } from './data/CriteriaTable';
import { criteriaAvailability, dataReading } from './data/dataFigures';
import { WindowFigures } from './data/WindowFigures';
import { useNames } from './shared/useNames';
import { useSegmentation } from './shared/useSegmentation';
import './data/data.css';
import { Pending } from '../../../src/ui/Pending';

/**
 * Step 1 "Sales data": the sales and the customer list (shared files in "My data"), a demo business while there
 * are none, the analysis date and window, what the sales give over that window (customers, revenue, the halves
 * growth and retention compare), and which criteria the files allow before the participant chooses them.
 */
export default function DataStep({ state, update, presenter }: StepProps<SegmentationState>) {
  const t = useMessages(dataMessages);
  const shared = useMessages(sharedMessages);
  const format = useFormat();
  const { origin, view } = useSegmentation(state);
  const names = useNames(origin, state.segments);
  const listFormat = useMemo(() => new Intl.ListFormat(INTL_TAG[format.locale], { type: 'conjunction' }), [format.locale]);
  const figures = view.kind === 'ready' ? view.result : null;
  const availability = useMemo(() => (figures === null ? null : criteriaAvailability(figures)), [figures]);
  const reading =
    figures === null
      ? null
      : dataReading(figures, origin === 'demo', {
          t,
          money: (value) => format.money(value),
          percent: (share) => format.percent(share),
          signedPercent: (share) => format.signedPercent(share),
          day: (iso) => format.date(iso),
          criterion: names.criterion,
          list: (items) => listFormat.format(items),
        });

  const sources = (
    <>
      <DemoChoice origin={origin} business={state.demoBusiness} onOpen={(demoBusiness) => update((current) => ({ ...current, useDemoData: true, demoBusiness }))} />
      <DataFiles exerciseId={SEGMENTATION_EXERCISE_ID}>
        <p className="explain">{t('data.customers.about')}</p>
      </DataFiles>
    </>
  );
  return (
    <>
      {reading ? <Reading reading={reading} /> : null}
      <p className="explain">{t('data.intro')}</p>
      {presenter ? null : sources}
      <PeriodForm
        exerciseId={SEGMENTATION_EXERCISE_ID}
        period={state.period}
        onChange={(patch) => update((current) => ({ ...current, period: { ...current.period, ...patch } }))}
        // The analysis day is the last sale only while the date is left empty.
        lastSale={figures !== null && state.period.analysisDate === null ? figures.analysisDay : null}
      >
        {figures !== null && figures.halfMonths === 0 ? (
          <Callout tone="warning">
            <p>{t('data.halvesNone', { count: figures.months })}</p>
          </Callout>
        ) : null}
      </PeriodForm>
      {view.kind === 'loading' || (view.kind === 'ready' && view.updating) ? <Pending>{t('data.loading')}</Pending> : null}
      {view.kind === 'failed' ? (
        <Callout tone="warning">
          <p>{t('data.failed', { message: view.message })}</p>
        </Callout>
      ) : null}
      {view.kind === 'problem' ? (
        <Callout tone="warning">
          <p>{shared(view.problem === 'salesUnreadable' ? 'origin.unreadable' : 'origin.noSales')}</p>
        </Callout>
      ) : null}
      {figures !== null && availability !== null ? (
        <>
          <WindowFigures figures={figures} />
          <CriteriaTable rows={availability} names={names} />
          {figures.total.customers > 0 ? (
            <NextStepLink exerciseId={SEGMENTATION_EXERCISE_ID} stepId="criteria">
              {t('data.next')}
            </NextStepLink>
          ) : null}
        </>
      ) : null}
      {presenter ? sources : null}
    </>
  );
}
