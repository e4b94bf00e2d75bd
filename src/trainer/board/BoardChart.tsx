import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '../../charts/ChartFrame';
import { numberAxisWidth } from '../../charts/categoryAxis';
import { bottomCategories, CHART_TEXT_COLOR } from '../../charts/categoryAxes';
import { niceScale } from '../../charts/niceScale';
import { CHART_COLORS, SERIES_COLORS } from '../../charts/theme';
import { useFormat, useMessages } from '../../i18n/useI18n';
import { boardMessages } from './messages';
import { scoreOf, type Assessment, type Scores, type Team } from './model';
import type { BoardNames } from './names';

interface BoardChartProps {
  teams: readonly Team[];
  assessments: readonly Assessment[];
  scores: Scores;
  names: BoardNames;
  presenter: boolean;
}

/** Beyond the palette's six colours teams get grey: the legend and the table still name every bar. */
function teamColor(index: number): string {
  return SERIES_COLORS[index] ?? CHART_COLORS.neutral;
}

/** Each team's score in each assessment, grouped by assessment: who led and who climbed, at a glance. */
export function BoardChart({ teams, assessments, scores, names, presenter }: BoardChartProps) {
  const tb = useMessages(boardMessages);
  const format = useFormat();
  const data = assessments.map((assessment) => ({
    key: assessment.id,
    name: names.assessment(assessment.id),
    ...Object.fromEntries(teams.map((team) => [team.id, scoreOf(scores, team.id, assessment.id)])),
  }));
  const all = teams.flatMap((team) => assessments.map((assessment) => scoreOf(scores, team.id, assessment.id))).filter((value): value is number => value !== null);
  const scale = niceScale(0, Math.max(1, ...all));
  const tick = (value: number) => format.number(value, 2);
  const label = (value: unknown) => (typeof value === 'number' ? format.number(value, 2) : '');
  return (
    <ChartFrame
      title={tb('chart.title')}
      description={tb('chart.description')}
      presenter={presenter}
      height={{ normal: 320, presenter: 460 }}
      legend={teams.map((team, index) => ({ label: names.team(team.id), color: teamColor(index), marker: 'square' as const }))}
      axisTitles={{ y: tb('chart.score') }}
      table={{
        columns: [tb('scores.team'), ...assessments.map((assessment) => names.assessment(assessment.id))],
        rows: teams.map((team) => [names.team(team.id), ...assessments.map((assessment) => {
          const value = scoreOf(scores, team.id, assessment.id);
          return value === null ? '—' : label(value);
        })]),
      }}
    >
      {(sizing) => {
        const margin = { top: sizing.fontSize * 1.6, right: 8, bottom: 4, left: 4 };
        const yAxisWidth = numberAxisWidth(scale.ticks.map(tick), sizing.measure);
        const bottom = bottomCategories(data, sizing, { margin, yAxisWidth });
        const plotWidth = sizing.width - margin.left - margin.right - yAxisWidth;
        // A value over a bar must fit its bar: with many teams on a phone the bars are too thin, and the table has the figures.
        const barWidth = (plotWidth / Math.max(1, assessments.length)) * 0.8 / Math.max(1, teams.length);
        const widest = Math.max(0, ...all.map((value) => sizing.measureAt(label(value), sizing.fontSize * 0.85)));
        const showValues = widest <= barWidth;
        const valueStyle = { fontSize: sizing.fontSize * 0.85, fill: CHART_TEXT_COLOR };
        const chart = (
          <BarChart data={data} margin={margin} barGap={2}>
            <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
            <XAxis {...bottom.xAxis} />
            <YAxis domain={[scale.low, scale.high]} ticks={scale.ticks} tick={{ fontSize: sizing.fontSize, fill: CHART_TEXT_COLOR }} tickFormatter={tick} width={yAxisWidth} />
            {teams.map((team, index) => (
              <Bar key={team.id} dataKey={team.id} name={names.team(team.id)} fill={teamColor(index)} isAnimationActive={false}>
                {showValues ? <LabelList dataKey={team.id} position="top" formatter={label} style={valueStyle} /> : null}
              </Bar>
            ))}
          </BarChart>
        );
        return { chart, keyEntries: bottom.keyEntries };
      }}
    </ChartFrame>
  );
}
