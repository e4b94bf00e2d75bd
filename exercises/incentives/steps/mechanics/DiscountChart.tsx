import { useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceArea, ReferenceDot, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '../../../../src/charts/ChartFrame';
import { edgeRoom, numberAxisHeight } from '../../../../src/charts/categoryAxis';
import { CHART_TEXT_COLOR } from '../../../../src/charts/categoryAxes';
import { CHART_COLORS } from '../../../../src/charts/theme';
import { breakEvenCurve } from '../../../../src/economics/discount';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import type { CheckedDiscount } from '../../model/discounts';
import { discountsMessages } from '../../messages/discounts';
import { discountAxis } from './discountAxis';

/** The curve runs to infinity at the margin: the axis stops at 300 % or just above the highest discount's need. */
const MIN_Y_CAP = 3;
/** Room past the widest discount, as a share of price. */
const DOT_ROOM = 0.03;

interface DiscountChartProps {
  margin: number;
  checked: readonly CheckedDiscount[];
  presenter: boolean;
}

/**
 * The break-even d / (m − d) against the discount, the margin marked and the zone past it shaded, with every
 * checked discount numbered: a dot on the curve when it can pay, a dashed line in the shaded zone when it cannot.
 */
export function DiscountChart({ margin, checked, presenter }: DiscountChartProps) {
  const t = useMessages(discountsMessages);
  const format = useFormat();
  const points = checked.flatMap((entry) => (entry.check.kind === 'checked' && entry.line.discount !== null ? [{ number: entry.number, discount: entry.line.discount, required: entry.check.requiredVolumeChange }] : []));
  const widest = Math.max(0, ...points.map((point) => point.discount));
  // Ticks at round discounts: the axis ends on the next multiple of its step past the margin's zone and every dot.
  // A dot never sits on the axis's end, where it would cover the last tick.
  const axis = useMemo(() => discountAxis(Math.max(widest + DOT_ROOM, breakEvenCurve(margin).at(-1)?.discount ?? margin)), [margin, widest]);
  const curve = useMemo(() => breakEvenCurve(margin, { maxDiscount: axis.end / 100 }), [margin, axis.end]);
  const axisEnd = axis.end;
  const yCap = Math.max(MIN_Y_CAP, ...points.map((point) => (point.required ?? 0) * 1.2)) * 100;
  const data = curve.map((point) => ({ discount: point.discount * 100, required: point.requiredVolumeChange === null ? null : point.requiredVolumeChange * 100 }));
  const tick = (value: number) => format.number(value, 0);
  const table = {
    columns: [t('discounts.col.line'), t('discounts.discount'), t('discounts.required')],
    rows: checked.flatMap((entry) =>
      entry.line.discount === null || entry.check.kind !== 'checked'
        ? []
        : [[entry.line.name.trim() === '' ? t('discounts.untitled', { number: entry.number }) : `${entry.number}. ${entry.line.name.trim()}`, format.percent(entry.line.discount), entry.check.requiredVolumeChange === null ? t('discounts.unreachable') : format.signedPercent(entry.check.requiredVolumeChange)]],
    ),
  };
  return (
    <ChartFrame
      title={t('discounts.chartTitle')}
      description={t('discounts.chartDescription', { margin: format.percent(margin) })}
      presenter={presenter}
      table={table}
      legend={[
        { label: t('discounts.curve'), color: CHART_COLORS.primary, marker: 'line' },
        { label: t('discounts.marginLine', { margin: format.percent(margin) }), color: CHART_TEXT_COLOR, marker: 'line' },
        { label: t('discounts.zone'), color: CHART_COLORS.zone, marker: 'square' },
        { label: t('discounts.points'), color: CHART_COLORS.secondary, marker: 'circle' },
        ...(points.some((point) => point.required === null) ? [{ label: t('discounts.pointsSuicidal'), color: CHART_COLORS.danger, marker: 'dashed' as const }] : []),
      ]}
      axisTitles={{ x: t('discounts.axisDiscount'), y: t('discounts.axisRequired') }}
    >
      {(sizing) => (
        <LineChart data={data} margin={{ top: sizing.fontSize * 2, right: edgeRoom(tick(axisEnd), sizing.measure) + sizing.fontSize, bottom: 4, left: 4 }}>
          <CartesianGrid stroke={CHART_COLORS.grid} strokeDasharray="3 3" />
          <XAxis dataKey="discount" type="number" domain={[0, axisEnd]} ticks={axis.ticks} interval={0} tickFormatter={tick} height={numberAxisHeight(sizing.fontSize)} tick={{ fontSize: sizing.fontSize, fill: CHART_TEXT_COLOR }} />
          <YAxis type="number" domain={[0, yCap]} allowDataOverflow tickFormatter={tick} tick={{ fontSize: sizing.fontSize, fill: CHART_TEXT_COLOR }} width="auto" />
          <ReferenceArea x1={Math.min(margin * 100, axisEnd)} x2={axisEnd} fill={CHART_COLORS.zone} fillOpacity={0.8} />
          <ReferenceLine x={margin * 100} stroke={CHART_TEXT_COLOR} strokeWidth={sizing.strokeWidth} />
          <Tooltip
            formatter={(value) => (typeof value === 'number' ? format.signedPercent(value / 100) : t('discounts.unreachable'))}
            labelFormatter={(label) => `${t('discounts.discount')}: ${typeof label === 'number' ? format.percent(label / 100) : String(label)}`}
            contentStyle={{ fontSize: sizing.fontSize }}
          />
          <Line type="monotone" dataKey="required" name={t('discounts.curve')} stroke={CHART_COLORS.primary} strokeWidth={sizing.strokeWidth} dot={false} isAnimationActive={false} />
          {points.map((point) =>
            point.required === null ? (
              // No volume pays for it: a dashed line at the discount, numbered at the top, instead of a dot on the axis.
              <ReferenceLine
                key={point.number}
                x={point.discount * 100}
                stroke={CHART_COLORS.danger}
                strokeWidth={sizing.strokeWidth}
                strokeDasharray="6 4"
                label={{ value: String(point.number), position: 'top', fontSize: sizing.fontSize, fill: CHART_TEXT_COLOR }}
              />
            ) : (
              <ReferenceDot
                key={point.number}
                x={point.discount * 100}
                y={Math.min(point.required * 100, yCap)}
                r={sizing.dotRadius * 2}
                fill={CHART_COLORS.secondary}
                stroke="#fff"
                strokeWidth={2}
                label={{ value: String(point.number), position: 'top', fontSize: sizing.fontSize, fill: CHART_TEXT_COLOR }}
              />
            ),
          )}
        </LineChart>
      )}
    </ChartFrame>
  );
}
