import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '../../../../src/charts/ChartFrame';
import { CHART_TEXT_COLOR } from '../../../../src/charts/categoryAxes';
import { CHART_COLORS } from '../../../../src/charts/theme';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { valueModelMessages } from '../../messages/valueModel';

/** Customers by P(alive) in tenths; the axis names each tenth by its start (0, 10 … 90 %), the table by its range. */
export function AliveChart({ histogram, presenter }: { histogram: readonly number[]; presenter: boolean }) {
  const t = useMessages(valueModelMessages);
  const format = useFormat();
  const data = histogram.map((count, k) => ({ key: String(k * 10), count }));
  const table = {
    columns: [t('value.alive.x'), t('value.alive.y')],
    rows: histogram.map((count, k) => [`${format.percent(k / 10, 0)}–${format.percent((k + 1) / 10, 0)}`, count]),
  };
  const highest = Math.max(1, ...histogram);
  return (
    <ChartFrame
      title={t('value.alive.title')}
      description={t('value.alive.description')}
      presenter={presenter}
      table={table}
      axisTitles={{ x: t('value.alive.x'), y: t('value.alive.y') }}
      height={{ normal: 260, presenter: 420 }}
    >
      {(sizing) => (
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 4, left: 4 }}>
          <CartesianGrid stroke={CHART_COLORS.grid} strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="key" interval={0} tick={{ fontSize: sizing.fontSize, fill: CHART_TEXT_COLOR }} />
          <YAxis allowDecimals={false} width={sizing.measure(format.integer(highest)) + 16} tickFormatter={(value: number) => format.integer(value)} tick={{ fontSize: sizing.fontSize, fill: CHART_TEXT_COLOR }} />
          <Tooltip formatter={(value) => (typeof value === 'number' ? format.integer(value) : String(value))} contentStyle={{ fontSize: sizing.fontSize }} />
          <Bar dataKey="count" name={t('value.alive.series')} fill={CHART_COLORS.primary} isAnimationActive={false} />
        </BarChart>
      )}
    </ChartFrame>
  );
}
