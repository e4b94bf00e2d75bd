import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '../../../../src/charts/ChartFrame';
import { CHART_TEXT_COLOR, sideCategories } from '../../../../src/charts/categoryAxes';
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
  const labels = shown.map((bar, index) => ({ key: String(index + 1), name: t(`economics.${bar.key}`) }));
  const data = shown.map((bar, index) => ({
    key: String(index + 1),
    low: rangeFrom(bar.base, bar.low),
    high: rangeFrom(bar.base, bar.high),
  }));
  const table = {
    columns: [t('sensitivity.input'), t('sensitivity.low'), t('sensitivity.high'), t('sensitivity.swing')],
    rows: bars.map((bar) => [t(`economics.${bar.key}`), roi(bar.low), roi(bar.high), format.percent(bar.swing)]),
  };
  const tick = (value: number) => format.number(value, 0);

  return (
    <ChartFrame
      title={t('sensitivity.tornadoTitle')}
      description={t('sensitivity.tornadoDescription', { base: roi(base) })}
      presenter={presenter}
      table={table}
      legend={[
        { label: t('sensitivity.low'), color: CHART_COLORS.secondary, marker: 'square' },
        { label: t('sensitivity.high'), color: CHART_COLORS.primary, marker: 'square' },
      ]}
      axisTitles={{ x: t('sensitivity.axisRoi') }}
    >
      {(sizing) => {
        const margin = { top: sizing.fontSize / 2, right: sizing.fontSize * 2, bottom: 4, left: 4 };
        const side = sideCategories(labels, sizing, { minRowHeight: presenter ? 56 : 36, margin });
        const chart = (
          <BarChart data={data} layout="vertical" barGap={2} margin={margin}>
            <CartesianGrid stroke={CHART_COLORS.grid} strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" domain={['auto', 'auto']} height={side.xAxisHeight} tickFormatter={tick} tick={{ fontSize: sizing.fontSize, fill: CHART_TEXT_COLOR }} />
            <YAxis {...side.yAxis} />
            <Tooltip
              formatter={(value) =>
                Array.isArray(value) ? value.map((end) => (typeof end === 'number' ? format.signedPercent(end / 100) : '')).join(' … ') : String(value)
              }
              labelFormatter={side.nameOf}
              contentStyle={{ fontSize: sizing.fontSize }}
            />
            <ReferenceLine x={0} stroke={CHART_COLORS.neutral} strokeWidth={Math.max(1, sizing.strokeWidth / 2)} />
            {base === null ? null : <ReferenceLine x={base * 100} stroke={CHART_COLORS.accent} strokeWidth={sizing.strokeWidth} strokeDasharray="6 4" />}
            <Bar dataKey="low" name={t('sensitivity.low')} fill={CHART_COLORS.secondary} isAnimationActive={false} />
            <Bar dataKey="high" name={t('sensitivity.high')} fill={CHART_COLORS.primary} isAnimationActive={false} />
          </BarChart>
        );
        return { chart, height: Math.max(presenter ? 320 : 200, side.height), keyEntries: side.keyEntries };
      }}
    </ChartFrame>
  );
}
