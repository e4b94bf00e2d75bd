import { memo, useId, useState } from 'react';
import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '../../../../src/charts/ChartFrame';
import { edgeRoom } from '../../../../src/charts/categoryAxis';
import { CHART_TEXT_COLOR, sideCategories } from '../../../../src/charts/categoryAxes';
import { niceScale } from '../../../../src/charts/niceScale';
import { CHART_COLORS } from '../../../../src/charts/theme';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { profilesMessages } from '../../messages/profiles';
import type { SegmentMetrics } from '../../model/profile';
import { fittedScale } from './fittedScale';
import type { ProfileRow } from './profileRows';

export const COMPARED_METRICS = ['growth', 'retention', 'averageCheck', 'revenuePerCustomer'] as const;
export type ComparedMetric = (typeof COMPARED_METRICS)[number];

const MONEY = new Set<keyof SegmentMetrics>(['averageCheck', 'revenuePerCustomer']);

/**
 * One figure the participant picks, per segment, against the whole base's value (the dashed line): which
 * segments grow, keep customers or spend above the base. The choice is the page's, not the workbook's.
 */
export const MetricChart = memo(function MetricChart({ rows, total, presenter }: { rows: readonly ProfileRow[]; total: ProfileRow; presenter: boolean }) {
  const t = useMessages(profilesMessages);
  const format = useFormat();
  const selectId = useId();
  const [metric, setMetric] = useState<ComparedMetric>('growth');
  const shown = rows.filter((row) => row.totals.customers > 0 && row.metrics[metric] !== null);
  const show = (value: number) => (MONEY.has(metric) ? format.money(value) : metric === 'growth' ? format.signedPercent(value) : format.percent(value));
  const tick = (value: number) => (MONEY.has(metric) ? format.money(value) : metric === 'growth' ? format.signedPercent(value, 0) : format.percent(value, 0));
  const base = total.metrics[metric];
  const name = t(`col.${metric}`);
  const labels = shown.map((row, index) => ({ key: String(index + 1), name: row.name }));
  const data = shown.map((row, index) => ({ key: String(index + 1), value: row.metrics[metric] ?? 0 }));
  const values = [...data.map((row) => row.value), ...(base === null ? [] : [base])];
  const table = { columns: [t('col.segment'), name], rows: [...shown.map((row) => [row.name, show(row.metrics[metric] ?? 0)]), [t('table.total'), base === null ? '—' : show(base)]] };
  // Cast in the choice's select: its options are COMPARED_METRICS.
  return (
    <section className="sg-profiles-section" aria-label={t('metric.title', { metric: name })}>
      <div className="field sg-profiles-choose">
        <label htmlFor={selectId} className="field__label">
          {t('metric.choose')}
        </label>
        <select id={selectId} value={metric} onChange={(event) => setMetric(event.target.value as ComparedMetric)}>
          {COMPARED_METRICS.map((option) => (
            <option key={option} value={option}>
              {t(`col.${option}`)}
            </option>
          ))}
        </select>
      </div>
      {shown.length === 0 ? (
        <p className="note">{t('metric.none')}</p>
      ) : (
        <ChartFrame
          title={t('metric.title', { metric: name })}
          description={t('metric.description')}
          presenter={presenter}
          table={table}
          legend={[
            { label: name, color: CHART_COLORS.primary, marker: 'square' },
            ...(base === null ? [] : [{ label: t('metric.base', { value: show(base) }), color: CHART_COLORS.negative, marker: 'dashed' as const }]),
          ]}
        >
          {(sizing) => {
            const low = Math.min(0, ...values);
            const high = Math.max(0, ...values);
            // The edges' room and the labels' side first, from the widest ticks; then as many ticks as the plot holds.
            const rough = niceScale(low, high, 5);
            const margin = { top: 4, right: edgeRoom(tick(rough.high), sizing.measure), bottom: 4, left: edgeRoom(tick(rough.low), sizing.measure) };
            const side = sideCategories(labels, sizing, { minRowHeight: presenter ? 48 : 32, margin });
            const scale = fittedScale(low, high, tick, sizing.measure, sizing.width - margin.left - margin.right - side.yAxis.width);
            const chart = (
              <BarChart data={data} layout="vertical" margin={margin}>
                <CartesianGrid stroke={CHART_COLORS.grid} strokeDasharray="3 3" horizontal={false} />
                <XAxis type="number" height={side.xAxisHeight} domain={[scale.low, scale.high]} ticks={scale.ticks} tickFormatter={tick} interval={0} tick={{ fontSize: sizing.fontSize, fill: CHART_TEXT_COLOR }} />
                <YAxis {...side.yAxis} />
                {scale.low < 0 ? <ReferenceLine x={0} stroke={CHART_TEXT_COLOR} /> : null}
                <Tooltip formatter={(value) => (typeof value === 'number' ? show(value) : String(value))} labelFormatter={side.nameOf} contentStyle={{ fontSize: sizing.fontSize }} />
                <Bar dataKey="value" name={name} fill={CHART_COLORS.primary} isAnimationActive={false} />
                {base === null ? null : <ReferenceLine x={base} stroke={CHART_COLORS.negative} strokeWidth={sizing.strokeWidth} strokeDasharray="6 4" />}
              </BarChart>
            );
            return { chart, height: side.height, keyEntries: side.keyEntries };
          }}
        </ChartFrame>
      )}
    </section>
  );
});
