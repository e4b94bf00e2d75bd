import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '../../../../src/charts/ChartFrame';
import { CHART_TEXT_COLOR, sideCategories } from '../../../../src/charts/categoryAxes';
import { CHART_COLORS } from '../../../../src/charts/theme';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { warningsMessages } from '../../messages/warnings';
import { FUNNEL_STAGES, STAGES, type FunnelStage, type StageTotals } from '../../../../src/customers/lifecycle';

const STAGE_COLORS: Record<FunnelStage, string> = {
  firstTime: CHART_COLORS.sky,
  repeat: CHART_COLORS.primary,
  longTerm: CHART_COLORS.positive,
  lapsing: CHART_COLORS.secondary,
  lapsed: CHART_COLORS.neutral,
};

/**
 * Customers per stage as bars, from the first purchase down to the lapsed, each labelled with its count and its
 * share of the window's revenue (the lapsed have none in the window); stage names whole beside the bars.
 */
export function StageChart({ stages, presenter }: { stages: Record<FunnelStage, StageTotals>; presenter: boolean }) {
  const t = useMessages(warningsMessages);
  const format = useFormat();
  const revenue = STAGES.reduce((sum, stage) => sum + stages[stage].revenue, 0);
  const rows = FUNNEL_STAGES.map((stage) => {
    const customers = stages[stage].customers;
    const share = stage === 'lapsed' || revenue <= 0 ? null : format.percent(stages[stage].revenue / revenue, 0);
    return { key: stage, name: t(`stage.${stage}`), customers, label: share === null ? format.integer(customers) : t('stages.barLabel', { customers: format.integer(customers), share }) };
  });
  const table = { columns: [t('stages.stage'), t('stages.customers'), t('stages.share')], rows: rows.map((row) => [row.name, format.integer(row.customers), row.label]) };
  return (
    <ChartFrame title={t('stages.chartTitle')} description={t('stages.chartDescription')} presenter={presenter} table={table} height={{ normal: 220, presenter: 360 }}>
      {(sizing) => {
        // Each bar's label is written past its end: the widest label sets the room kept on the right.
        const labelRoom = Math.max(...rows.map((row) => sizing.measure(row.label)));
        const margin = { top: 4, right: Math.ceil(labelRoom) + 12, bottom: 4, left: 4 };
        const side = sideCategories(rows, sizing, { minRowHeight: presenter ? 52 : 34, margin });
        return {
          chart: (
            <BarChart data={rows} layout="vertical" margin={margin}>
              <CartesianGrid stroke={CHART_COLORS.grid} strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" dataKey="customers" height={side.xAxisHeight} allowDecimals={false} tickFormatter={(value: number) => format.integer(value)} tick={{ fontSize: sizing.fontSize, fill: CHART_TEXT_COLOR }} />
              <YAxis {...side.yAxis} />
              <Tooltip formatter={(value) => (typeof value === 'number' ? format.integer(value) : String(value))} labelFormatter={side.nameOf} contentStyle={{ fontSize: sizing.fontSize }} />
              <Bar dataKey="customers" name={t('stages.customers')} isAnimationActive={false} minPointSize={2}>
                {rows.map((row) => (
                  <Cell key={row.key} fill={STAGE_COLORS[row.key]} />
                ))}
                <LabelList dataKey="label" position="right" fontSize={sizing.fontSize} fill={CHART_TEXT_COLOR} />
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
