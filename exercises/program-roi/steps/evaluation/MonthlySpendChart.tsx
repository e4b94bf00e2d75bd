import { CartesianGrid, Line, LineChart, ReferenceArea, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '../../../../src/charts/ChartFrame';
import { edgeRoom, numberAxisHeight } from '../../../../src/charts/categoryAxis';
import { CHART_TEXT_COLOR } from '../../../../src/charts/categoryAxes';
import type { MeasureText } from '../../../../src/charts/measureText';
import { CHART_COLORS } from '../../../../src/charts/theme';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import type { DifferenceInDifferences } from '../../model';
import { roiMessages } from '../../messages';
import { useCurrencySymbol } from '../shared/currencySymbol';
import { formatIsoMonth } from './isoDates';

/**
 * Monthly spend per customer of both groups over every whole month the data has, the launch marked:
 * the months before it are where the reader judges whether the trends ran parallel. The compared
 * windows are shaded.
 */
export function MonthlySpendChart({ result, presenter }: { result: DifferenceInDifferences; presenter: boolean }) {
  const t = useMessages(roiMessages);
  const format = useFormat();
  const currency = useCurrencySymbol();
  const months = result.monthly;
  const monthLabel = (offset: number) => {
    const point = months.find((month) => month.offset === offset);
    return point ? formatIsoMonth(point.start, format.locale) : '';
  };
  const series = [
    { key: 'members', name: t('evaluation.group.members'), color: CHART_COLORS.primary },
    { key: 'nonMembers', name: t('evaluation.group.nonMembers'), color: CHART_COLORS.secondary },
  ] as const;
  const table = {
    columns: [t('evaluation.chart.month'), ...series.map((line) => line.name)],
    rows: months.map((month) => [formatIsoMonth(month.start, format.locale), ...series.map((line) => format.money(month[line.key]))]),
  };
  // A month's name is centred on its tick: the first and last need half their width inside the plot's edges.
  const edgePadding = (measure: MeasureText) => {
    const edge = Math.max(0, ...months.map((month) => edgeRoom(formatIsoMonth(month.start, format.locale), measure)));
    return { left: edge, right: edge };
  };
  const first = months[0]?.offset ?? 0;
  const last = months[months.length - 1]?.offset ?? 0;

  return (
    <ChartFrame
      title={t('evaluation.chart.title')}
      description={t('evaluation.chart.description')}
      presenter={presenter}
      table={table}
      legend={[
        ...series.map((line) => ({ label: line.name, color: line.color, marker: 'line' as const })),
        { label: t('evaluation.chart.launch'), color: CHART_COLORS.danger, marker: 'dashed' },
      ]}
      axisTitles={{ y: t('evaluation.chart.axis', { currency }) }}
    >
      {(sizing) => (
        <LineChart data={months} margin={{ top: sizing.fontSize, right: 4, bottom: 4, left: 4 }}>
          <CartesianGrid stroke={CHART_COLORS.grid} strokeDasharray="3 3" />
          <ReferenceArea x1={-result.window.months} x2={result.window.months - 1} fill={CHART_COLORS.grid} fillOpacity={0.25} />
          <XAxis
            dataKey="offset"
            type="number"
            domain={[first, last]}
            allowDecimals={false}
            tickFormatter={monthLabel}
            height={numberAxisHeight(sizing.fontSize)}
            padding={edgePadding(sizing.measure)}
            tick={{ fontSize: sizing.fontSize, fill: CHART_TEXT_COLOR }}
            minTickGap={sizing.fontSize * 2}
          />
          <YAxis tickFormatter={format.compact} tick={{ fontSize: sizing.fontSize, fill: CHART_TEXT_COLOR }} width="auto" />
          <Tooltip
            formatter={(value) => (typeof value === 'number' ? format.money(value) : String(value))}
            labelFormatter={(label) => (typeof label === 'number' ? monthLabel(label) : String(label))}
            contentStyle={{ fontSize: sizing.fontSize }}
          />
          <ReferenceLine x={0} stroke={CHART_COLORS.danger} strokeDasharray="6 4" strokeWidth={sizing.strokeWidth} />
          {series.map((line) => (
            <Line
              key={line.key}
              type="monotone"
              dataKey={line.key}
              name={line.name}
              stroke={line.color}
              strokeWidth={sizing.strokeWidth}
              dot={{ r: sizing.dotRadius }}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      )}
    </ChartFrame>
  );
}
