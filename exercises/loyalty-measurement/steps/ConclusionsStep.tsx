import './conclusions/conclusions.css';
import { useFormat, useMessages } from '../../../src/i18n/useI18n';
import { Reading } from '../../../src/ui/Reading';
import type { StepProps } from '../../../src/workbook/contract';
import type { LoyaltyState } from '../state';
import { METRIC_FACTS } from '../content/catalogue';
import { conclusionsMessages } from '../messages/conclusions';
import { conclusionsReading } from '../conclusionsReading';
import { compareWithBaseline } from '../model/followUp';
import { measuredValueFor, planStatus } from '../model/planStatus';
import { MethodSummary } from './conclusions/MethodSummary';
import { FollowUp } from './conclusions/FollowUp';
import { NextMeasurement } from './conclusions/NextMeasurement';
import { useMeasuredValues } from './conclusions/useMeasuredValues';
import { formatChange } from './conclusions/figures';

/**
 * Step 7: the participant's method on one page (definition, metrics, plan, first values), the first measurement
 * kept for the follow-up and compared with later data, and the date of the next measurement.
 */
export default function ConclusionsStep({ state, update, locale }: StepProps<LoyaltyState>) {
  const t = useMessages(conclusionsMessages);
  const format = useFormat();
  const { measured, usingDemo, loading } = useMeasuredValues(state);
  const { baseline, nextMeasurement } = state.conclusions;
  const statuses = state.plan.map((entry) => planStatus(measuredValueFor(entry.metric, measured), entry.target, entry.alarm, METRIC_FACTS[entry.metric].direction));
  const npsRow = baseline ? compareWithBaseline(baseline, measured).find((row) => row.figure === 'nps') : undefined;
  const reading = conclusionsReading(
    {
      statuses,
      baselineRecorded: baseline !== null,
      nextMeasurement: nextMeasurement === null ? null : format.date(nextMeasurement),
      npsMoved: npsRow?.nps && npsRow.change !== 0 ? npsRow.nps : null,
    },
    {
      t,
      signed: (value) => formatChange('nps', value, format, t('conclusions.percentPoints')),
      number: (value) => format.number(value, 1),
    },
  );
  return (
    <>
      {loading ? null : <Reading reading={reading} />}
      <p className="explain">{t('conclusions.intro')}</p>
      <MethodSummary state={state} measured={measured} locale={locale} />
      <FollowUp state={state} update={update} measured={measured} usingDemo={usingDemo} loading={loading} />
      <NextMeasurement state={state} update={update} />
    </>
  );
}
