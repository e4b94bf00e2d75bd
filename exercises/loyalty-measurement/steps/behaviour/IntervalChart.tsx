import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '../../../../src/charts/ChartFrame';
import { numberAxisWidth } from '../../../../src/charts/categoryAxis';
import { bottomCategories, CHART_TEXT_COLOR } from '../../../../src/charts/categoryAxes';
import { CHART_COLORS } from '../../../../src/charts/theme';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import type { IntervalBin } from '../../model/behaviour';
import { behaviourMessages } from '../../messages/behaviour';
import { intervalBinLabel } from './intervalBins';

/** How the repeat customers' own median intervals spread: one rhythm, or a fast core and a slow tail. */
export function IntervalChart({ bins, presenter }: { bins: readonly IntervalBin[]; presenter: boolean }) {
  const t = useMessages(behaviourMessages);
  const format = useFormat();
  const labels = bins.map((bin, index) => ({ key: String(index + 1), name: intervalBinLabel(bin, t) }));
  const data = bins.map((bin, index) => ({ key: String(index + 1), customers: bin.customers }));
  const table = {
    columns: [t('behaviour.intervals.interval'), t('behaviour.intervals.customers')],
    rows: bins.map((bin) => [intervalBinLabel(bin, t), format.integer(bin.customers)]),
  };
  const most = Math.max(1, ...bins.map((bin) => bin.customers));
  return (
    <ChartFrame
      title={t('behaviour.intervals.title')}
      description={t('behaviour.intervals.description')}
      presenter={presenter}
      table={table}
      axisTitles={{ y: t('behaviour.intervals.customers') }}
    >
      {(sizing) => {
        const margin = { top: sizing.fontSize, right: 4, bottom: 4, left: 4 };
        // Recharts rounds the top tick up: room for one more digit than the tallest bar has.
        const yAxisWidth = numberAxisWidth([format.integer(most * 10)], sizing.measure);
        const bottom = bottomCategories(labels, sizing, { margin, yAxisWidth });
        const chart = (
          <BarChart data={data} margin={margin}>
            <CartesianGrid stroke={CHART_COLORS.grid} strokeDasharray="3 3" vertical={false} />
            <XAxis {...bottom.xAxis} />
            <YAxis allowDecimals={false} tickFormatter={(value: number) => format.integer(value)} width={yAxisWidth} tick={{ fontSize: sizing.fontSize, fill: CHART_TEXT_COLOR }} />
            <Tooltip formatter={(value) => (typeof value === 'number' ? format.integer(value) : String(value))} labelFormatter={bottom.nameOf} contentStyle={{ fontSize: sizing.fontSize }} />
            <Bar dataKey="customers" name={t('behaviour.intervals.customers')} fill={CHART_COLORS.primary} isAnimationActive={false} />
          </BarChart>
        );
        return { chart, keyEntries: bottom.keyEntries };
      }}
    </ChartFrame>
  );
}
