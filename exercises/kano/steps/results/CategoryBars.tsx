import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '../../../../src/charts/ChartFrame';
import { edgeRoom } from '../../../../src/charts/categoryAxis';
import { CHART_TEXT_COLOR, sideCategories } from '../../../../src/charts/categoryAxes';
import { CHART_COLORS } from '../../../../src/charts/theme';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { KANO_CATEGORIES, type FeatureResult } from '../../model';
import { kanoMessages } from '../../messages';
import { kanoStepMessages } from '../messages';
import { CATEGORY_COLORS, categoryLegend } from './categoryColors';

/** How each feature's answers split over the six categories, as shares of its answers. */
export function CategoryBars({ results, names, presenter }: { results: readonly FeatureResult[]; names: Map<string, string>; presenter: boolean }) {
  const t = useMessages(kanoStepMessages);
  const model = useMessages(kanoMessages);
  const format = useFormat();
  const labels = results.map((result, index) => ({ key: String(index + 1), name: names.get(result.featureId) ?? '' }));
  const data = results.map((result, index) => {
    const c = result.classification;
    const row: Record<string, string | number> = { key: String(index + 1) };
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
  const percent = (value: number) => format.percent(value / 100, 0);
  return (
    <ChartFrame
      title={t('results.barsTitle')}
      description={t('results.barsDescription')}
      presenter={presenter}
      table={table}
      legend={categoryLegend(KANO_CATEGORIES, (category) => model(`category.${category}.name`), 'square')}
    >
      {(sizing) => {
        const margin = { top: 4, right: edgeRoom(percent(100), sizing.measure), bottom: 4, left: 4 };
        const side = sideCategories(labels, sizing, { minRowHeight: presenter ? 46 : 30, margin });
        const chart = (
          <BarChart data={data} layout="vertical" margin={margin}>
            <CartesianGrid stroke={CHART_COLORS.grid} strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" height={side.xAxisHeight} domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={percent} tick={{ fontSize: sizing.fontSize, fill: CHART_TEXT_COLOR }} />
            <YAxis {...side.yAxis} />
            <Tooltip
              formatter={(value) => (typeof value === 'number' ? percent(value) : String(value))}
              labelFormatter={side.nameOf}
              contentStyle={{ fontSize: sizing.fontSize }}
            />
            {KANO_CATEGORIES.map((category) => (
              <Bar key={category} dataKey={category} stackId="share" name={`${category} — ${model(`category.${category}.name`)}`} fill={CATEGORY_COLORS[category]} isAnimationActive={false} />
            ))}
          </BarChart>
        );
        return { chart, height: side.height, keyEntries: side.keyEntries };
      }}
    </ChartFrame>
  );
}
