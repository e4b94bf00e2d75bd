import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '../../../../src/charts/ChartFrame';
import { CHART_COLORS } from '../../../../src/charts/theme';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { KANO_CATEGORIES, type FeatureResult } from '../../model';
import { kanoMessages } from '../../messages';
import { kanoStepMessages } from '../messages';
import { CATEGORY_COLORS, shortLabel } from './categoryColors';

/** How each feature's answers split over the six categories, as shares of its answers. */
export function CategoryBars({ results, names, presenter }: { results: readonly FeatureResult[]; names: Map<string, string>; presenter: boolean }) {
  const t = useMessages(kanoStepMessages);
  const model = useMessages(kanoMessages);
  const format = useFormat();
  const data = results.map((result) => {
    const c = result.classification;
    const row: Record<string, string | number> = { name: shortLabel(names.get(result.featureId) ?? '', presenter ? 34 : 30) };
    for (const category of KANO_CATEGORIES) row[category] = c.kind === 'ok' ? c.shares[category] * 100 : 0;
    return row;
  });
  const table = {
    columns: [t('results.feature'), ...KANO_CATEGORIES.map((category) => `${category} — ${model(`category.${category}.name`)}`)],
    rows: results.map((result) => [
      names.get(result.featureId) ?? '',
      ...KANO_CATEGORIES.map((category) => (result.classification.kind === 'ok' ? `${result.classification.counts[category]} (${format.percent(result.classification.shares[category], 0)})` : '—')),
    ]),
  };
  const rowHeight = presenter ? 46 : 30;
  return (
    <ChartFrame
      title={t('results.barsTitle')}
      description={t('results.barsDescription')}
      presenter={presenter}
      height={{ normal: 110 + results.length * rowHeight, presenter: 150 + results.length * rowHeight }}
      table={table}
    >
      {(sizing) => (
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: sizing.fontSize * 2, bottom: sizing.fontSize * 1.5, left: 4 }}>
          <CartesianGrid stroke={CHART_COLORS.grid} strokeDasharray="3 3" horizontal={false} />
          <XAxis
            type="number"
            domain={[0, 100]}
            ticks={[0, 25, 50, 75, 100]}
            tickFormatter={(value: number) => format.percent(value / 100, 0)}
            tick={{ fontSize: sizing.fontSize }}
          />
          <YAxis type="category" dataKey="name" width={sizing.fontSize * (presenter ? 17 : 16)} tick={{ fontSize: sizing.fontSize }} interval={0} />
          <Tooltip formatter={(value) => (typeof value === 'number' ? format.percent(value / 100, 0) : String(value))} contentStyle={{ fontSize: sizing.fontSize }} />
          <Legend verticalAlign="top" itemSorter={null} wrapperStyle={{ fontSize: sizing.fontSize }} />
          {KANO_CATEGORIES.map((category) => (
            <Bar key={category} dataKey={category} stackId="share" name={`${category} — ${model(`category.${category}.name`)}`} fill={CATEGORY_COLORS[category]} isAnimationActive={false} />
          ))}
        </BarChart>
      )}
    </ChartFrame>
  );
}
