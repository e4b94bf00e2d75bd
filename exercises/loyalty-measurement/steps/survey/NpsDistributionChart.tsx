import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame, type LegendEntry } from '../../../../src/charts/ChartFrame';
import { CHART_TEXT_COLOR } from '../../../../src/charts/categoryAxes';
import { CHART_COLORS } from '../../../../src/charts/theme';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { surveyMessages } from '../../messages/survey';
import { npsGroup, NPS_GROUPS, type NpsGroup } from '../../model/nps';

/** Detractors red-orange, passives grey, promoters green: the Okabe–Ito colours stay apart for colour-blind readers. */
export const GROUP_COLORS: Record<NpsGroup, string> = { detractor: CHART_COLORS.negative, passive: CHART_COLORS.neutral, promoter: CHART_COLORS.positive };

/** How many answered 0, 1, …, 10: each bar coloured by the group its score falls in, with the key above. */
export function NpsDistributionChart({ distribution, presenter }: { distribution: readonly number[]; presenter: boolean }) {
  const t = useMessages(surveyMessages);
  const format = useFormat();
  const data = distribution.map((count, score) => ({ score: String(score), count, group: npsGroup(score) }));
  const legend: LegendEntry[] = [...NPS_GROUPS].reverse().map((group) => ({ label: t(`survey.group.${group}`), color: GROUP_COLORS[group], marker: 'square' }));
  const table = { columns: [t('survey.chart.score'), t('survey.chart.answers')], rows: data.map((row) => [row.score, row.count]) };
  const highest = Math.max(1, ...distribution);
  return (
    <ChartFrame
      title={t('survey.chart.title')}
      description={t('survey.chart.description')}
      presenter={presenter}
      table={table}
      legend={legend}
      axisTitles={{ x: t('survey.chart.score'), y: t('survey.chart.answers') }}
      height={{ normal: 280, presenter: 460 }}
    >
      {(sizing) => {
        const yAxisWidth = sizing.measure(format.integer(highest)) + 16;
        return (
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 4, left: 4 }}>
            <CartesianGrid stroke={CHART_COLORS.grid} strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="score" interval={0} tick={{ fontSize: sizing.fontSize, fill: CHART_TEXT_COLOR }} />
            <YAxis allowDecimals={false} width={yAxisWidth} tickFormatter={(value: number) => format.integer(value)} tick={{ fontSize: sizing.fontSize, fill: CHART_TEXT_COLOR }} />
            <Tooltip formatter={(value) => (typeof value === 'number' ? format.integer(value) : String(value))} contentStyle={{ fontSize: sizing.fontSize }} />
            <Bar dataKey="count" name={t('survey.chart.answers')} isAnimationActive={false}>
              {data.map((row) => (
                <Cell key={row.score} fill={GROUP_COLORS[row.group]} />
              ))}
            </Bar>
          </BarChart>
        );
      }}
    </ChartFrame>
  );
}
