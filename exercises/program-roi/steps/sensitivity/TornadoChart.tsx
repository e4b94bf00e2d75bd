import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '../../../../src/charts/ChartFrame';
import { CHART_COLORS } from '../../../../src/charts/theme';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import type { TornadoBar } from '../../model';
import { roiMessages } from '../../messages';
import { TORNADO_SHOWN } from '../shared/useTornado';

/** Percent points for the axis; a range bar is [from, to], drawn from the base ROI to the varied one. */
function rangeFrom(base: number | null, value: number | null): [number, number] | null {
  if (base === null || value === null) return null;
  return [Math.min(base, value) * 100, Math.max(base, value) * 100];
}

export function TornadoChart({ bars, presenter }: { bars: TornadoBar[]; presenter: boolean }) {
  const t = useMessages(roiMessages);
  const format = useFormat();
  const roi = (value: number | null) => (value === null ? t('sensitivity.roiUndefined') : format.signedPercent(value));
  const base = bars[0]?.base ?? null;
  const shown = bars.filter((bar) => bar.swing > 0).slice(0, TORNADO_SHOWN);
  const data = shown.map((bar) => ({
    name: t(`economics.${bar.key}`),
    low: rangeFrom(bar.base, bar.low),
    high: rangeFrom(bar.base, bar.high),
  }));
  const table = {
    columns: [t('sensitivity.input'), t('sensitivity.low'), t('sensitivity.high'), t('sensitivity.swing')],
    rows: bars.map((bar) => [t(`economics.${bar.key}`), roi(bar.low), roi(bar.high), format.percent(bar.swing)]),
  };
  const rowHeight = presenter ? 56 : 36;

  return (
    <ChartFrame
      title={t('sensitivity.tornadoTitle')}
      description={t('sensitivity.tornadoDescription', { base: roi(base) })}
      presenter={presenter}
      height={{ normal: Math.max(200, 90 + shown.length * rowHeight), presenter: Math.max(320, 140 + shown.length * rowHeight) }}
      table={table}
    >
      {(sizing) => (
        <BarChart
          data={data}
          layout="vertical"
          barGap={2}
          margin={{ top: sizing.fontSize / 2, right: sizing.fontSize * 2, bottom: sizing.fontSize * 1.5, left: sizing.fontSize }}
        >
          <CartesianGrid stroke={CHART_COLORS.grid} strokeDasharray="3 3" horizontal={false} />
          <XAxis
            type="number"
            domain={['auto', 'auto']}
            tickFormatter={(value: number) => format.number(value, 0)}
            tick={{ fontSize: sizing.fontSize }}
            label={{ value: t('sensitivity.axisRoi'), position: 'insideBottom', offset: -sizing.fontSize, fontSize: sizing.fontSize }}
          />
          <YAxis type="category" dataKey="name" width={sizing.fontSize * 14} tick={{ fontSize: sizing.fontSize }} />
          <Tooltip
            formatter={(value) =>
              Array.isArray(value) ? value.map((end) => (typeof end === 'number' ? format.signedPercent(end / 100) : '')).join(' … ') : String(value)
            }
            contentStyle={{ fontSize: sizing.fontSize }}
          />
          <Legend verticalAlign="top" wrapperStyle={{ fontSize: sizing.fontSize }} />
          <ReferenceLine x={0} stroke={CHART_COLORS.neutral} strokeWidth={Math.max(1, sizing.strokeWidth / 2)} />
          {base === null ? null : (
            <ReferenceLine x={base * 100} stroke={CHART_COLORS.accent} strokeWidth={sizing.strokeWidth} strokeDasharray="6 4" />
          )}
          <Bar dataKey="low" name={t('sensitivity.low')} fill={CHART_COLORS.secondary} isAnimationActive={false} />
          <Bar dataKey="high" name={t('sensitivity.high')} fill={CHART_COLORS.primary} isAnimationActive={false} />
        </BarChart>
      )}
    </ChartFrame>
  );
}
