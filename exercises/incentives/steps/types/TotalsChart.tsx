import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '../../../../src/charts/ChartFrame';
import { CHART_TEXT_COLOR, sideCategories } from '../../../../src/charts/categoryAxes';
import { CHART_COLORS } from '../../../../src/charts/theme';
import { useMessages, useText } from '../../../../src/i18n/useI18n';
import { PROGRAM_TYPE_NAMES } from '../../../../src/results/programTypes';
import type { RankedType } from '../../model/ranking';
import { typesMessages } from '../../messages/types';

/** The largest total three scores of 5 make. */
const MAX_TOTAL = 15;

interface TotalsChartProps {
  ranked: readonly RankedType[];
  shortList: readonly RankedType[];
  presenter: boolean;
}

/** Every fully scored type's total as a bar, best first, the short list coloured; names whole beside the bars (or in a key). */
export function TotalsChart({ ranked, shortList, presenter }: TotalsChartProps) {
  const t = useMessages(typesMessages);
  const text = useText();
  const listed = new Set(shortList.map((entry) => entry.type));
  const rows = ranked.map((entry) => ({ key: entry.type, name: text(PROGRAM_TYPE_NAMES[entry.type]), total: entry.total, listed: listed.has(entry.type) }));
  const table = {
    columns: [t('chart.rank'), t('compare.type'), t('score.total'), t('chart.inShortList')],
    rows: rows.map((row, index) => [index + 1, row.name, row.total, row.listed ? t('export.yes') : t('export.no')]),
  };
  const legend = [
    { label: t('chart.inShortList'), color: CHART_COLORS.primary, marker: 'square' as const },
    { label: t('chart.others'), color: CHART_COLORS.neutral, marker: 'square' as const },
  ];
  return (
    <ChartFrame title={t('chart.title')} description={t('chart.description')} presenter={presenter} table={table} legend={legend}>
      {(sizing) => {
        const margin = { top: 4, right: Math.ceil(sizing.measure('15')) + 12, bottom: 4, left: 4 };
        const side = sideCategories(rows, sizing, { minRowHeight: presenter ? 48 : 30, margin });
        return {
          chart: (
            <BarChart data={rows} layout="vertical" margin={margin}>
              <CartesianGrid stroke={CHART_COLORS.grid} strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" dataKey="total" domain={[0, MAX_TOTAL]} ticks={[0, 3, 6, 9, 12, 15]} height={side.xAxisHeight} tick={{ fontSize: sizing.fontSize, fill: CHART_TEXT_COLOR }} />
              <YAxis {...side.yAxis} />
              <Tooltip labelFormatter={side.nameOf} contentStyle={{ fontSize: sizing.fontSize }} />
              <Bar dataKey="total" name={t('score.total')} isAnimationActive={false}>
                {rows.map((row) => (
                  <Cell key={row.key} fill={row.listed ? CHART_COLORS.primary : CHART_COLORS.neutral} />
                ))}
                <LabelList dataKey="total" position="right" fontSize={sizing.fontSize} fill={CHART_TEXT_COLOR} />
              </Bar>
            </BarChart>
          ),
          height: side.height,
          keyEntries: side.keyEntries,
        };
      }}
    </ChartFrame>
  );
}
