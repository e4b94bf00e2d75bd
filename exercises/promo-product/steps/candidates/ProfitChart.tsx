import { useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceDot, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame, type LegendEntry } from '../../../../src/charts/ChartFrame';
import { edgeRoom, numberAxisHeight } from '../../../../src/charts/categoryAxis';
import { CHART_TEXT_COLOR } from '../../../../src/charts/categoryAxes';
import { CHART_COLORS } from '../../../../src/charts/theme';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { niceScale } from '../../../../src/charts/niceScale';
import { profitCurve, type PromoEconomics, type PromoInputs } from '../../model/promoEconomics';
import { candidatesMessages } from '../../messages/candidates';

interface Props {
  inputs: PromoInputs;
  economics: PromoEconomics;
  product: string;
  presenter: boolean;
}

/**
 * Profit change against volume change: the product alone and with the products it brings along, each crossing
 * zero at its break-even (marked), and the participant's expected change as a dashed line. In money when the file
 * has it, else as a share of the product's own margin.
 */
export function ProfitChart({ inputs, economics, product, presenter }: Props) {
  const t = useMessages(candidatesMessages);
  const format = useFormat();
  const curve = useMemo(() => profitCurve(inputs, economics), [inputs, economics]);
  const money = inputs.revenuePerReceipt !== null;
  const halo = economics.breakEvenWithHalo !== null;
  const data = curve.map((point) => ({ x: point.volumeChange * 100, alone: point.alone, halo: point.withHalo }));
  const value = (v: number) => (money ? format.money(v) : format.signedPercent(v, 0));
  const tick = (v: number) => (money ? format.compact(v) : format.signedPercent(v, 0));
  const percentTick = (v: number) => format.number(v, 0);
  const end = (curve.at(-1)?.volumeChange ?? 1) * 100;
  const ys = curve.flatMap((point) => (point.withHalo === null ? [point.alone] : [point.alone, point.withHalo]));
  const yScale = niceScale(Math.min(0, ...ys), Math.max(0, ...ys));
  const xTicks = niceScale(0, end).ticks;
  const marks: { x: number; color: string }[] = [];
  if (economics.breakEven.kind === 'reachable') marks.push({ x: economics.breakEven.volumeChange, color: CHART_COLORS.primary });
  if (economics.breakEvenWithHalo?.kind === 'reachable') marks.push({ x: economics.breakEvenWithHalo.volumeChange, color: CHART_COLORS.positive });
  const expected = inputs.expectedVolumeChange;

  const legend: LegendEntry[] = [
    { label: t('economics.chart.alone'), color: CHART_COLORS.primary, marker: 'line' },
    ...(halo ? [{ label: t('economics.chart.halo'), color: CHART_COLORS.positive, marker: 'line' } satisfies LegendEntry] : []),
    { label: t('economics.chart.breakEven'), color: CHART_COLORS.neutral, marker: 'circle' },
    ...(expected !== null ? [{ label: t('economics.chart.expected'), color: CHART_COLORS.secondary, marker: 'dashed' } satisfies LegendEntry] : []),
  ];
  const table = {
    columns: [t('economics.chart.growth'), t('economics.chart.alone'), ...(halo ? [t('economics.chart.halo')] : [])],
    rows: curve.filter((_, index) => index % 4 === 0).map((point) => [format.signedPercent(point.volumeChange, 0), value(point.alone), ...(point.withHalo === null ? [] : [value(point.withHalo)])]),
  };

  return (
    <ChartFrame
      title={t('economics.chart.title', { product })}
      description={t(money ? 'economics.chart.descriptionMoney' : 'economics.chart.descriptionShare')}
      presenter={presenter}
      legend={legend}
      table={table}
      axisTitles={{ x: t('economics.chart.axisX'), y: t(money ? 'economics.chart.axisYMoney' : 'economics.chart.axisYShare') }}
    >
      {(sizing) => (
        <LineChart data={data} margin={{ top: sizing.fontSize, right: edgeRoom(percentTick(end), sizing.measure), bottom: 4, left: 4 }}>
          <CartesianGrid stroke={CHART_COLORS.grid} strokeDasharray="3 3" />
          <XAxis
            dataKey="x"
            type="number"
            domain={[0, end]}
            ticks={xTicks}
            tickFormatter={percentTick}
            height={numberAxisHeight(sizing.fontSize)}
            tick={{ fontSize: sizing.fontSize, fill: CHART_TEXT_COLOR }}
          />
          <YAxis
            type="number"
            domain={[yScale.low, yScale.high]}
            ticks={yScale.ticks}
            tickFormatter={tick}
            width="auto"
            tick={{ fontSize: sizing.fontSize, fill: CHART_TEXT_COLOR }}
          />
          <ReferenceLine y={0} stroke={CHART_COLORS.neutral} strokeWidth={1} />
          <Tooltip
            formatter={(v) => (typeof v === 'number' ? value(v) : '—')}
            labelFormatter={(label) => `${t('economics.chart.growth')}: ${typeof label === 'number' ? format.signedPercent(label / 100, 0) : String(label)}`}
            contentStyle={{ fontSize: sizing.fontSize }}
          />
          <Line type="linear" dataKey="alone" name={t('economics.chart.alone')} stroke={CHART_COLORS.primary} strokeWidth={sizing.strokeWidth} dot={false} isAnimationActive={false} />
          {halo ? (
            <Line type="linear" dataKey="halo" name={t('economics.chart.halo')} stroke={CHART_COLORS.positive} strokeWidth={sizing.strokeWidth} dot={false} isAnimationActive={false} />
          ) : null}
          {expected !== null && expected >= 0 && expected * 100 <= end ? (
            <ReferenceLine x={expected * 100} stroke={CHART_COLORS.secondary} strokeWidth={sizing.strokeWidth} strokeDasharray="6 4" />
          ) : null}
          {marks.filter((mark) => mark.x * 100 <= end).map((mark) => (
            <ReferenceDot key={mark.color} x={mark.x * 100} y={0} r={sizing.dotRadius * 2} fill={mark.color} stroke="#fff" strokeWidth={2} />
          ))}
        </LineChart>
      )}
    </ChartFrame>
  );
}
