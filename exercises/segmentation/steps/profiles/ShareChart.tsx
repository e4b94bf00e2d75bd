import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame, type LegendEntry } from '../../../../src/charts/ChartFrame';
import { edgeRoom } from '../../../../src/charts/categoryAxis';
import { CHART_TEXT_COLOR, sideCategories } from '../../../../src/charts/categoryAxes';
import { niceScale } from '../../../../src/charts/niceScale';
import { CHART_COLORS } from '../../../../src/charts/theme';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { profilesMessages } from '../../messages/profiles';
import { fittedScale } from './fittedScale';
import type { ProfileRow } from './profileRows';

/**
 * Each segment's share of the customers beside its share of the revenue and (with a cost in the sales) of the
 * margin, as grouped horizontal bars: the names wrap beside the bars, or turn into numbers with a key under the
 * chart on a narrow screen; never cut.
 */
export const ShareChart = memo(function ShareChart({ rows, hasMargin, presenter }: { rows: readonly ProfileRow[]; hasMargin: boolean; presenter: boolean }) {
  const t = useMessages(profilesMessages);
  const format = useFormat();
  const shown = rows.filter((row) => row.totals.customers > 0);
  const labels = shown.map((row, index) => ({ key: String(index + 1), name: row.name }));
  const data = shown.map((row, index) => ({
    key: String(index + 1),
    customers: row.metrics.customerShare * 100,
    revenue: row.metrics.revenueShare * 100,
    margin: (row.metrics.marginShare ?? 0) * 100,
  }));
  const values = data.flatMap((row) => [row.customers, row.revenue, ...(hasMargin ? [row.margin] : [])]);
  const low = Math.min(0, ...values);
  const high = Math.max(1, ...values);
  const percent = (value: number) => format.percent(value / 100, 0);
  const series = [
    { dataKey: 'customers', label: t('shares.customers'), color: CHART_COLORS.primary },
    { dataKey: 'revenue', label: t('shares.revenue'), color: CHART_COLORS.secondary },
    ...(hasMargin ? [{ dataKey: 'margin', label: t('shares.margin'), color: CHART_COLORS.positive }] : []),
  ];
  const legend: LegendEntry[] = series.map((entry) => ({ label: entry.label, color: entry.color, marker: 'square' }));
  const share = (value: number | null) => (value === null ? '—' : format.percent(value));
  const table = {
    columns: [t('col.segment'), t('col.customerShare'), t('col.revenueShare'), ...(hasMargin ? [t('col.marginShare')] : [])],
    rows: shown.map((row) => [row.name, share(row.metrics.customerShare), share(row.metrics.revenueShare), ...(hasMargin ? [share(row.metrics.marginShare)] : [])]),
  };
  return (
    <ChartFrame title={t('shares.title')} description={t(hasMargin ? 'shares.description' : 'shares.descriptionNoMargin')} presenter={presenter} table={table} legend={legend}>
      {(sizing) => {
        const rough = niceScale(low, high, 5);
        const margin = { top: 4, right: edgeRoom(percent(rough.high), sizing.measure), bottom: 4, left: low < 0 ? edgeRoom(percent(rough.low), sizing.measure) : 4 };
        const side = sideCategories(labels, sizing, { minRowHeight: (presenter ? 22 : 14) * series.length + 12, margin });
        const scale = fittedScale(low, high, percent, sizing.measure, sizing.width - margin.left - margin.right - side.yAxis.width);
        const chart = (
          <BarChart data={data} layout="vertical" margin={margin} barGap={1} barCategoryGap="18%">
            <CartesianGrid stroke={CHART_COLORS.grid} strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" height={side.xAxisHeight} domain={[scale.low, scale.high]} ticks={scale.ticks} tickFormatter={percent} interval={0} tick={{ fontSize: sizing.fontSize, fill: CHART_TEXT_COLOR }} />
            <YAxis {...side.yAxis} />
            {scale.low < 0 ? <ReferenceLine x={0} stroke={CHART_TEXT_COLOR} /> : null}
            <Tooltip formatter={(value) => (typeof value === 'number' ? format.percent(value / 100) : String(value))} labelFormatter={side.nameOf} contentStyle={{ fontSize: sizing.fontSize }} />
            {series.map((entry) => (
              <Bar key={entry.dataKey} dataKey={entry.dataKey} name={entry.label} fill={entry.color} isAnimationActive={false} />
            ))}
          </BarChart>
        );
        return { chart, height: side.height, keyEntries: side.keyEntries };
      }}
    </ChartFrame>
  );
});
