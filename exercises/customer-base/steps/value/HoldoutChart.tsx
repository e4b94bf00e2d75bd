import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '../../../../src/charts/ChartFrame';
import { CHART_TEXT_COLOR } from '../../../../src/charts/categoryAxes';
import { CHART_COLORS } from '../../../../src/charts/theme';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { joinSentences } from '../../../../src/ui/Reading';
import { MIN_REPEAT_CUSTOMERS, type HoldoutFigures } from '../../analysis/valueModel';
import { dayToIso } from '../../../../src/customers/sales';
import { valueModelMessages } from '../../messages/valueModel';
import { fitVerdict } from './valueReading';

const WEEKS_PER_MONTH = 365.25 / 12 / 7;

/**
 * The calibration/hold-out check (FHL 2005, fig. 4's conditional expectations): customers grouped by repeat
 * purchases before the hold-out (0 … 6, 7 and more), the mean purchases each group made in it beside the mean
 * the calibration fit expected; the totals and a verdict in words under it.
 */
export function HoldoutCheck({ holdout, presenter }: { holdout: HoldoutFigures; presenter: boolean }) {
  const t = useMessages(valueModelMessages);
  const format = useFormat();
  const id = useId();
  const date = format.date(dayToIso(holdout.calibrationEnd));
  return (
    <section className="step-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('value.holdout.title')}</h3>
      {holdout.status === 'fitted' ? (
        <HoldoutFitted holdout={holdout} presenter={presenter} date={date} />
      ) : (
        <p className="finding cb-value-warning">
          {holdout.status === 'tooFew'
            ? t('value.holdout.tooFew', { date, count: format.integer(holdout.repeatCustomers), min: format.integer(MIN_REPEAT_CUSTOMERS) })
            : t(holdout.status === 'notConverged' ? 'value.holdout.notConverged' : 'value.holdout.noCalibration', { date })}
        </p>
      )}
    </section>
  );
}

function HoldoutFitted({ holdout, presenter, date }: { holdout: Extract<HoldoutFigures, { status: 'fitted' }>; presenter: boolean; date: string }) {
  const t = useMessages(valueModelMessages);
  const format = useFormat();
  const label = (x: number) => (x >= 7 ? t('value.holdout.more', { x: '7' }) : String(x));
  const data = holdout.buckets.map((bucket) => ({ key: bucket.x >= 7 ? '7+' : String(bucket.x), actual: bucket.actual, predicted: bucket.predicted }));
  const table = {
    columns: [t('value.holdout.x'), t('value.holdout.customers'), t('value.holdout.actual'), t('value.holdout.predicted')],
    rows: holdout.buckets.map((bucket) => [label(bucket.x), bucket.customers, format.number(bucket.actual, 2), format.number(bucket.predicted, 2)]),
  };
  const highest = Math.max(1, ...holdout.buckets.map((bucket) => Math.max(bucket.actual, bucket.predicted)));
  const verdict = fitVerdict(holdout.predicted, holdout.actual);
  const months = format.integer(Math.round(holdout.weeks / WEEKS_PER_MONTH));
  return (
    <>
      <ChartFrame
        title={t('value.holdout.chartTitle')}
        description={t('value.holdout.description', { date, months })}
        presenter={presenter}
        table={table}
        legend={[
          { label: t('value.holdout.actual'), color: CHART_COLORS.primary, marker: 'square' },
          { label: t('value.holdout.predicted'), color: CHART_COLORS.secondary, marker: 'square' },
        ]}
        axisTitles={{ x: t('value.holdout.x'), y: t('value.holdout.y') }}
        height={{ normal: 280, presenter: 460 }}
      >
        {(sizing) => (
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 4, left: 4 }}>
            <CartesianGrid stroke={CHART_COLORS.grid} strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="key" interval={0} tick={{ fontSize: sizing.fontSize, fill: CHART_TEXT_COLOR }} />
            <YAxis width={sizing.measure(format.number(highest, 1)) + 16} tickFormatter={(value: number) => format.number(value, 1)} tick={{ fontSize: sizing.fontSize, fill: CHART_TEXT_COLOR }} />
            <Tooltip formatter={(value) => (typeof value === 'number' ? format.number(value, 2) : String(value))} contentStyle={{ fontSize: sizing.fontSize }} />
            <Bar dataKey="actual" name={t('value.holdout.actual')} fill={CHART_COLORS.primary} isAnimationActive={false} />
            <Bar dataKey="predicted" name={t('value.holdout.predicted')} fill={CHART_COLORS.secondary} isAnimationActive={false} />
          </BarChart>
        )}
      </ChartFrame>
      <p className="finding">
        {joinSentences([
          t('value.holdout.total', {
            predicted: format.integer(holdout.predicted),
            actual: format.integer(holdout.actual),
            error: format.signedPercent(holdout.actual > 0 ? holdout.predicted / holdout.actual - 1 : 0),
          }),
          t(`value.holdout.${verdict}`),
        ])}
      </p>
    </>
  );
}
