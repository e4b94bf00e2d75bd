import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '../../../../src/charts/ChartFrame';
import { edgeRoom } from '../../../../src/charts/categoryAxis';
import { CHART_TEXT_COLOR, sideCategories } from '../../../../src/charts/categoryAxes';
import { CHART_COLORS } from '../../../../src/charts/theme';
import type { Locale } from '../../../../src/i18n/locale';
import { useMessages } from '../../../../src/i18n/useI18n';
import { LEVER_CONTENT, LEVER_GROUP_CONTENT } from '../../content/levers';
import { LEVER_GROUP_IDS, STRONG_RATING, type LeverSummary } from '../../model/levers';
import type { LeverGroup } from '../../state';
import { leversMessages } from '../../messages/levers';

const GROUP_COLORS: Record<LeverGroup, string> = { exit: CHART_COLORS.primary, switching: CHART_COLORS.secondary, sunk: CHART_COLORS.accent, habit: CHART_COLORS.positive };
const TICKS = [0, 1, 2, 3, 4, 5];

/** A bar per rated lever, coloured by its group, against the "strong" line: names wrap, or turn into a key. */
export function LeverChart({ summary, locale, presenter }: { summary: LeverSummary; locale: Locale; presenter: boolean }) {
  const t = useMessages(leversMessages);
  const rows = summary.groups.flatMap((group) => group.rated.map((entry) => ({ ...entry, group: group.group })));
  if (rows.length === 0) return <p className="note">{t('levers.chartEmpty')}</p>;
  const labels = rows.map((row, index) => ({ key: String(index + 1), name: LEVER_CONTENT[row.lever].name[locale] }));
  const data = rows.map((row, index) => ({ key: String(index + 1), rating: row.rating, group: row.group }));
  const table = { columns: [t('levers.col.lever'), t('levers.col.group'), t('levers.col.rating')], rows: rows.map((row) => [LEVER_CONTENT[row.lever].name[locale], LEVER_GROUP_CONTENT[row.group].name[locale], row.rating]) };
  const shownGroups = LEVER_GROUP_IDS.filter((group) => rows.some((row) => row.group === group));
  return (
    <ChartFrame
      title={t('levers.chartTitle')}
      description={t('levers.chartDescription')}
      presenter={presenter}
      table={table}
      legend={[
        ...shownGroups.map((group) => ({ label: LEVER_GROUP_CONTENT[group].name[locale], color: GROUP_COLORS[group], marker: 'square' as const })),
        { label: t('levers.strongLine'), color: CHART_COLORS.danger, marker: 'dashed' as const },
      ]}
      axisTitles={{ x: t('levers.axisRating') }}
    >
      {(sizing) => {
        const margin = { top: 4, right: edgeRoom('5', sizing.measure), bottom: 4, left: 4 };
        const side = sideCategories(labels, sizing, { minRowHeight: presenter ? 44 : 30, margin });
        const chart = (
          <BarChart data={data} layout="vertical" margin={margin}>
            <CartesianGrid stroke={CHART_COLORS.grid} strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" height={side.xAxisHeight} domain={[0, 5]} ticks={TICKS} interval={0} tick={{ fontSize: sizing.fontSize, fill: CHART_TEXT_COLOR }} />
            <YAxis {...side.yAxis} />
            <Tooltip labelFormatter={side.nameOf} contentStyle={{ fontSize: sizing.fontSize }} />
            <Bar dataKey="rating" name={t('levers.col.rating')} isAnimationActive={false}>
              {data.map((row) => (
                <Cell key={row.key} fill={GROUP_COLORS[row.group]} />
              ))}
            </Bar>
            <ReferenceLine x={STRONG_RATING} stroke={CHART_COLORS.danger} strokeWidth={sizing.strokeWidth} strokeDasharray="6 4" />
          </BarChart>
        );
        return { chart, height: side.height, keyEntries: side.keyEntries };
      }}
    </ChartFrame>
  );
}
