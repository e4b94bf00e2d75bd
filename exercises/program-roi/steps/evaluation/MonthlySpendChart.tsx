import { CartesianGrid, Legend, Line, LineChart, ReferenceArea, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '../../../../src/charts/ChartFrame';
import { CHART_COLORS } from '../../../../src/charts/theme';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import type { DifferenceInDifferences } from '../../model';
import { roiMessages } from '../../messages';
import { moneyAxisProps } from '../shared/compactNumber';
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
  const first = months[0]?.offset ?? 0;
  const last = months[months.length - 1]?.offset ?? 0;

  return (
    <ChartFrame title={t('evaluation.chart.title')} description={t('evaluation.chart.description')} presenter={presenter} table={table}>
      {(sizing) => (
        <LineChart data={months} margin={{ top: sizing.fontSize * 1.5, right: sizing.fontSize * 2, bottom: sizing.fontSize, left: sizing.fontSize }}>
          <CartesianGrid stroke={CHART_COLORS.grid} strokeDasharray="3 3" />
          <ReferenceArea x1={-result.window.months} x2={result.window.months - 1} fill={CHART_COLORS.grid} fillOpacity={0.25} />
          <XAxis
            dataKey="offset"
            type="number"
            domain={[first, last]}
            allowDecimals={false}
            tickFormatter={monthLabel}
            tick={{ fontSize: sizing.fontSize }}
            minTickGap={sizing.fontSize * 2}
          />
          <YAxis {...moneyAxisProps(sizing.fontSize, format.locale, t('evaluation.chart.axis', { currency }))} />
          <Tooltip
            formatter={(value) => (typeof value === 'number' ? format.money(value) : String(value))}
            labelFormatter={(label) => (typeof label === 'number' ? monthLabel(label) : String(label))}
            contentStyle={{ fontSize: sizing.fontSize }}
          />
          <Legend verticalAlign="top" wrapperStyle={{ fontSize: sizing.fontSize }} />
          <ReferenceLine
            x={0}
            stroke={CHART_COLORS.danger}
            strokeDasharray="6 4"
            strokeWidth={sizing.strokeWidth}
            label={{ value: t('evaluation.chart.launch'), position: 'insideTopRight', fontSize: sizing.fontSize, fill: CHART_COLORS.danger }}
          />
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
