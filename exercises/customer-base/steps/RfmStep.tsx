import { CUSTOMER_BASE_EXERCISE_ID } from '../inputs';
import { useMemo } from 'react';
import { useFormat, useLocale, useMessages } from '../../../src/i18n/useI18n';
import { INTL_TAG } from '../../../src/i18n/locale';
import type { StepProps } from '../../../src/workbook/contract';
import { Reading } from '../../../src/ui/Reading';
import { rfmMessages } from '../messages/rfm';
import { rfmSegmentMessages, segmentName } from '../../../src/customers/rfmSegmentNames';
import type { CustomerBaseState, RfmSegmentRule } from '../state';
import { SalesStepStatus } from '../../../src/customers/SalesStepStatus';
import { BinningChoice } from './rfm/BinningChoice';
import { HeatMap } from './rfm/HeatMap';
import { rfmReading } from './rfm/rfmReading';
import { ScoreBands } from './rfm/ScoreBands';
import { SegmentAdvice } from './rfm/SegmentAdvice';
import { SegmentChart } from './rfm/SegmentChart';
import { SEGMENT_CHOICE_ID, SegmentCustomers } from './rfm/SegmentCustomers';
import { SegmentRules } from './rfm/SegmentRules';
import { segmentRows } from './rfm/segmentRows';
import { SegmentSummary } from './rfm/SegmentSummary';
import { useRfm } from './rfm/useRfm';
import './rfm/rfm.css';

/**
 * Step 3 "RFM segments": recency, frequency and monetary scores 1–5 by the chosen binning, the R × F heat map,
 * the named segments (an editable ordered rule list, first match wins) with their summary and chart, each
 * segment's customers a page at a time, and what to do with each default segment.
 */
export default function RfmStep({ state, update, presenter }: StepProps<CustomerBaseState>) {
  const t = useMessages(rfmMessages);
  const ts = useMessages(rfmSegmentMessages);
  const format = useFormat();
  const locale = useLocale();
  const { origin, view, list, setList } = useRfm(state);
  const rules = state.rfm.segments;
  const figures = view.kind === 'ready' ? view.result : null;
  const name = useMemo(() => (segment: number) => segmentName(ts, rules, segment), [ts, rules]);
  const rows = useMemo(() => (figures ? segmentRows(figures, name) : []), [figures, name]);
  const setRules = (segments: RfmSegmentRule[]) => update((current) => ({ ...current, rfm: { ...current.rfm, segments } }));
  const showCustomers = (segment: number) => {
    setList({ segment, page: 0 });
    // The list is further down: the focus goes to its segment choice, which brings it into view.
    document.getElementById(SEGMENT_CHOICE_ID)?.focus();
  };
  const listFormat = useMemo(() => new Intl.ListFormat(INTL_TAG[locale], { type: 'conjunction' }), [locale]);
  // On the projector the figures come first; how the scores are made follows them.
  const binning = figures ? (
    <>
      <BinningChoice value={state.rfm.binning} onChange={(choice) => update((current) => ({ ...current, rfm: { ...current.rfm, binning: choice } }))} />
      <ScoreBands figures={figures} />
    </>
  ) : null;
  return (
    <>
      {figures ? (
        <Reading
          reading={rfmReading(figures, rules, state.rfm.binning, {
            t,
            name,
            percent: (share) => format.percent(share, 0),
            integer: format.integer,
            list: (names) => listFormat.format(names),
          })}
        />
      ) : null}
      <SalesStepStatus exerciseId={CUSTOMER_BASE_EXERCISE_ID} origin={origin} business={state.demoBusiness} view={view} failed={(message) => t('rfm.failed', { message })} onUseDemo={() => update((current) => ({ ...current, useDemoData: true }))} />
      {presenter ? null : <p className="explain">{t('rfm.intro')}</p>}
      {figures ? (
        <div className="cb-rfm" aria-busy={view.kind === 'ready' && view.updating}>
          {presenter ? null : binning}
          <HeatMap figures={figures} />
          <SegmentSummary rows={rows} figures={figures} onShow={showCustomers} />
          <SegmentChart rows={rows} presenter={presenter} />
          {presenter ? binning : null}
          <SegmentRules rules={rules} onChange={setRules} />
          <SegmentCustomers rows={rows} page={figures.page} choice={list} onChoose={setList} updating={view.kind === 'ready' && view.updating} />
          <SegmentAdvice rules={rules} rows={rows} />
        </div>
      ) : null}
    </>
  );
}
