import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '../../../../src/charts/ChartFrame';
import { edgeRoom } from '../../../../src/charts/categoryAxis';
import { CHART_TEXT_COLOR, sideCategories } from '../../../../src/charts/categoryAxes';
import { niceScale } from '../../../../src/charts/niceScale';
import { CHART_COLORS } from '../../../../src/charts/theme';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { rfmMessages } from '../../messages/rfm';
import type { SegmentRow } from './segmentRows';

/**
 * Each segment's share of the customers beside its share of the revenue, as horizontal bars: the names wrap
 * beside the bars (or turn into numbers with a key under the chart on a narrow screen), never cut.
 */
export function SegmentChart({ rows, presenter }: { rows: readonly SegmentRow[]; presenter: boolean }) {
  const t = useMessages(rfmMessages);
  const format = useFormat();
  const shown = rows.filter((row) => row.customers > 0);
  const withRevenue = shown.some((row) => row.revenueShare !== null);
  const labels = shown.map((row, index) => ({ key: String(index + 1), name: row.name }));
  const data = shown.map((row, index) => ({ key: String(index + 1), customers: row.customerShare * 100, revenue: Math.max(0, (row.revenueShare ?? 0) * 100) }));
  const top = Math.max(1, ...data.map((row) => Math.max(row.customers, row.revenue)));
  const scale = niceScale(0, top, 5);
  const percent = (value: number) => format.percent(value / 100, 0);
  const legend = [
    { label: t('rfm.chart.customers'), color: CHART_COLORS.primary, marker: 'square' as const },
    ...(withRevenue ? [{ label: t('rfm.chart.revenue'), color: CHART_COLORS.secondary, marker: 'square' as const }] : []),
  ];
  const table = {
    columns: [t('rfm.col.segment'), t('rfm.col.customerShare'), t('rfm.col.revenueShare')],
    rows: shown.map((row) => [row.name, format.percent(row.customerShare), row.revenueShare === null ? '—' : format.percent(row.revenueShare)]),
  };
  return (
    <ChartFrame title={t('rfm.chart.title')} description={t('rfm.chart.description')} presenter={presenter} table={table} legend={legend}>
      {(sizing) => {
        const margin = { top: 4, right: edgeRoom(percent(scale.high), sizing.measure), bottom: 4, left: 4 };
        const side = sideCategories(labels, sizing, { minRowHeight: presenter ? 56 : 40, margin });
        const chart = (
          <BarChart data={data} layout="vertical" margin={margin} barGap={2}>
            <CartesianGrid stroke={CHART_COLORS.grid} strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" height={side.xAxisHeight} domain={[0, scale.high]} ticks={scale.ticks} tickFormatter={percent} tick={{ fontSize: sizing.fontSize, fill: CHART_TEXT_COLOR }} />
            <YAxis {...side.yAxis} />
            <Tooltip formatter={(value) => (typeof value === 'number' ? percent(value) : String(value))} labelFormatter={side.nameOf} contentStyle={{ fontSize: sizing.fontSize }} />
            <Bar dataKey="customers" name={t('rfm.chart.customers')} fill={CHART_COLORS.primary} isAnimationActive={false} />
            {withRevenue ? <Bar dataKey="revenue" name={t('rfm.chart.revenue')} fill={CHART_COLORS.secondary} isAnimationActive={false} /> : null}
          </BarChart>
        );
        return { chart, height: side.height, keyEntries: side.keyEntries };
      }}
    </ChartFrame>
  );
}
