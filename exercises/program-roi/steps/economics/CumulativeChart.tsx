import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '../../../../src/charts/ChartFrame';
import { edgeRoom, numberAxisHeight } from '../../../../src/charts/categoryAxis';
import { CHART_TEXT_COLOR } from '../../../../src/charts/categoryAxes';
import { CHART_COLORS } from '../../../../src/charts/theme';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import type { ProgramResult } from '../../model';
import { roiMessages } from '../../messages';
import { useCurrencySymbol } from '../shared/currencySymbol';

/** Month by month: when the cumulative net line crosses zero, the program has paid back. */
export function CumulativeChart({ result, presenter }: { result: ProgramResult; presenter: boolean }) {
  const t = useMessages(roiMessages);
  const format = useFormat();
  const currency = useCurrencySymbol();
  const series = [
    { key: 'cumulativeGrossProfit', name: t('cumulative.gain'), color: CHART_COLORS.positive, emphasis: false },
    { key: 'cumulativeCost', name: t('cumulative.cost'), color: CHART_COLORS.negative, emphasis: false },
    { key: 'cumulativeNet', name: t('cumulative.net'), color: CHART_COLORS.primary, emphasis: true },
  ] as const;
  const table = {
    columns: [t('cumulative.month'), ...series.map((line) => line.name)],
    rows: result.months.map((month) => [month.month, ...series.map((line) => format.money(month[line.key]))]),
  };
  const lastMonth = Math.max(1, result.months.length);

  return (
    <ChartFrame
      title={t('cumulative.title')}
      description={t('cumulative.description')}
      presenter={presenter}
      table={table}
      legend={[
        ...series.map((line) => ({ label: line.name, color: line.color, marker: 'line' as const })),
        ...(result.paybackMonth === null ? [] : [{ label: t('cumulative.payback'), color: CHART_COLORS.positive, marker: 'dashed' as const }]),
      ]}
      axisTitles={{ x: t('cumulative.month'), y: t('cumulative.axisMoney', { currency }) }}
    >
      {(sizing) => (
        <LineChart data={result.months} margin={{ top: sizing.fontSize, right: edgeRoom(String(lastMonth), sizing.measure), bottom: 4, left: 4 }}>
          <CartesianGrid stroke={CHART_COLORS.grid} strokeDasharray="3 3" />
          <XAxis
            dataKey="month"
            type="number"
            domain={[1, lastMonth]}
            allowDecimals={false}
            height={numberAxisHeight(sizing.fontSize)}
            tick={{ fontSize: sizing.fontSize, fill: CHART_TEXT_COLOR }}
          />
          <YAxis tickFormatter={format.compact} tick={{ fontSize: sizing.fontSize, fill: CHART_TEXT_COLOR }} width="auto" />
          <Tooltip
            formatter={(value) => (typeof value === 'number' ? format.money(value) : String(value))}
            labelFormatter={(label) => `${t('cumulative.month')} ${String(label)}`}
            contentStyle={{ fontSize: sizing.fontSize }}
          />
          <ReferenceLine y={0} stroke={CHART_COLORS.neutral} strokeWidth={Math.max(1, sizing.strokeWidth / 2)} />
          {result.paybackMonth === null ? null : (
            <ReferenceLine x={result.paybackMonth} stroke={CHART_COLORS.positive} strokeDasharray="6 4" strokeWidth={sizing.strokeWidth} />
          )}
          {series.map((line) => (
            <Line
              key={line.key}
              type="monotone"
              dataKey={line.key}
              name={line.name}
              stroke={line.color}
              strokeWidth={line.emphasis ? sizing.strokeWidth * 1.5 : sizing.strokeWidth}
              dot={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      )}
    </ChartFrame>
  );
}
