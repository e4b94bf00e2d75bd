import { useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceArea, ReferenceDot, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '../../../../src/charts/ChartFrame';
import { edgeRoom, numberAxisHeight } from '../../../../src/charts/categoryAxis';
import { CHART_TEXT_COLOR } from '../../../../src/charts/categoryAxes';
import { CHART_COLORS } from '../../../../src/charts/theme';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { breakEvenCurve, type DiscountBreakEven } from '../../model';
import { roiMessages } from '../../messages';

/**
 * The curve climbs to infinity as the discount nears the margin, so the y-axis stops at 300 % (or at twice
 * the user's point, if that is higher): otherwise the last few points would flatten the whole curve.
 */
const MIN_Y_CAP_PERCENT = 300;

interface BreakEvenChartProps {
  margin: number;
  discount: number;
  result: DiscountBreakEven;
  presenter: boolean;
}

export function BreakEvenChart({ margin, discount, result, presenter }: BreakEvenChartProps) {
  const t = useMessages(roiMessages);
  const format = useFormat();
  const curve = useMemo(() => {
    const standard = breakEvenCurve(margin);
    const end = standard.at(-1)?.discount ?? 0;
    // A discount beyond the default axis end still gets its marker: stretch the axis to it.
    return discount > end ? breakEvenCurve(margin, { maxDiscount: discount }) : standard;
  }, [margin, discount]);

  // Percent points for the axes (×100 is presentation only).
  const data = curve.map((point) => ({
    discount: point.discount * 100,
    required: point.requiredVolumeChange === null ? null : point.requiredVolumeChange * 100,
  }));
  const axisEnd = (curve.at(-1)?.discount ?? margin) * 100;
  const userRequired = result.kind === 'ok' ? result.requiredVolumeChange * 100 : null;
  const yCap = Math.max(MIN_Y_CAP_PERCENT, userRequired === null ? 0 : 2 * userRequired);

  const table = {
    columns: [t('discount.tableDiscount'), t('discount.tableRequired')],
    rows: curve.map((point) => [
      format.percent(point.discount),
      point.requiredVolumeChange === null ? t('discount.tableSuicidal') : format.signedPercent(point.requiredVolumeChange),
    ]),
  };
  const percentTick = (value: number) => format.number(value, 0);

  return (
    <ChartFrame
      title={t('discount.chartTitle')}
      description={t('discount.chartDescription', { margin: format.percent(margin) })}
      presenter={presenter}
      table={table}
      legend={[
        { label: t('discount.tableRequired'), color: CHART_COLORS.primary, marker: 'line' },
        { label: t('discount.zone'), color: CHART_COLORS.zone, marker: 'square' },
        userRequired === null
          ? { label: t('discount.yourDiscount'), color: CHART_COLORS.danger, marker: 'dashed' }
          : { label: t('discount.yourDiscount'), color: CHART_COLORS.secondary, marker: 'circle' },
      ]}
      axisTitles={{ x: t('discount.axisDiscount'), y: t('discount.axisRequired') }}
    >
      {(sizing) => (
        <LineChart data={data} margin={{ top: sizing.fontSize, right: edgeRoom(percentTick(axisEnd), sizing.measure), bottom: 4, left: 4 }}>
          <CartesianGrid stroke={CHART_COLORS.grid} strokeDasharray="3 3" />
          <XAxis
            dataKey="discount"
            type="number"
            domain={[0, axisEnd]}
            tickFormatter={percentTick}
            height={numberAxisHeight(sizing.fontSize)}
            tick={{ fontSize: sizing.fontSize, fill: CHART_TEXT_COLOR }}
          />
          <YAxis type="number" domain={[0, yCap]} allowDataOverflow tickFormatter={percentTick} tick={{ fontSize: sizing.fontSize, fill: CHART_TEXT_COLOR }} width="auto" />
          <ReferenceArea x1={Math.min(margin * 100, axisEnd)} x2={axisEnd} fill={CHART_COLORS.zone} fillOpacity={0.8} />
          <Tooltip
            formatter={(value) => (typeof value === 'number' ? format.signedPercent(value / 100) : t('discount.tableSuicidal'))}
            labelFormatter={(label) => `${t('discount.tableDiscount')}: ${typeof label === 'number' ? format.percent(label / 100) : String(label)}`}
            contentStyle={{ fontSize: sizing.fontSize }}
          />
          <Line
            type="monotone"
            dataKey="required"
            name={t('discount.tableRequired')}
            stroke={CHART_COLORS.primary}
            strokeWidth={sizing.strokeWidth}
            dot={false}
            isAnimationActive={false}
          />
          {userRequired === null ? (
            <ReferenceLine x={discount * 100} stroke={CHART_COLORS.danger} strokeWidth={sizing.strokeWidth} strokeDasharray="6 4" />
          ) : (
            <ReferenceDot x={discount * 100} y={Math.min(userRequired, yCap)} r={sizing.dotRadius * 2} fill={CHART_COLORS.secondary} stroke="#fff" strokeWidth={2} />
          )}
        </LineChart>
      )}
    </ChartFrame>
  );
}
