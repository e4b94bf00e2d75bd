import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '../../../../src/charts/ChartFrame';
import { CHART_COLORS } from '../../../../src/charts/theme';
import { useMessages } from '../../../../src/i18n/useI18n';
import type { Locale } from '../../../../src/i18n/locale';
import { statementText } from '../../statements';
import type { Questionnaire } from '../../state';
import type { WaveAnalysis } from '../../model';
import { servqualMessages } from '../../messages';
import { uiMessages } from '../messages';
import { shorten, signedNumber } from '../shared/numbers';

/** Every answered item, the widest shortfall on top: where the service misses most, statement by statement. */
export function ItemGapChart({ analysis, questionnaire, presenter, locale }: { analysis: WaveAnalysis; questionnaire: Questionnaire; presenter: boolean; locale: Locale }) {
  const t = useMessages(servqualMessages);
  const ui = useMessages(uiMessages);
  const items = analysis.items
    .filter((item): item is typeof item & { gap: number } => item.gap !== null)
    .sort((a, b) => a.gap - b.gap || a.item - b.item)
    .map((item) => {
      const text = statementText(item.item, questionnaire.preset, questionnaire.statements[item.item - 1]?.text ?? null, locale);
      // Chinese characters are about twice as wide as Latin or Cyrillic ones.
      return { ...item, text, label: `${item.item}. ${shorten(text, locale === 'zh' ? 26 : presenter ? 50 : 44)}` };
    });
  const rowHeight = presenter ? 40 : 26;
  const height = Math.max(160, items.length * rowHeight + 60);
  // Half-point ticks, and room beyond the longest bars for their value labels.
  const lowest = Math.floor(Math.min(0, ...items.map((item) => item.gap)) * 2) / 2 - (items.some((item) => item.gap < 0) ? 0.5 : 0);
  const highest = Math.ceil(Math.max(0, ...items.map((item) => item.gap)) * 2) / 2 + (items.some((item) => item.gap > 0) ? 0.5 : 0);
  const ticks = Array.from({ length: Math.round((highest - lowest) * 2) + 1 }, (_, index) => lowest + index / 2);
  const labelWidth = presenter ? 620 : 360;
  return (
    <ChartFrame
      title={ui('chart.items.title')}
      description={ui('chart.items.description')}
      presenter={presenter}
      height={{ normal: height, presenter: height }}
      table={{
        columns: [ui('chart.items.item'), ui('results.dimension'), ui('results.gap')],
        rows: items.map((item) => [`${item.item}. ${item.text}`, t(`dimension.${item.dimension}.name`), signedNumber(item.gap, locale)]),
      }}
    >
      {(sizing) => (
        <BarChart data={items} layout="vertical" margin={{ top: 8, right: sizing.fontSize * 4, bottom: 8, left: 8 }}>
          <CartesianGrid stroke={CHART_COLORS.grid} horizontal={false} />
          <XAxis type="number" domain={[lowest, highest]} ticks={ticks} tick={{ fontSize: sizing.fontSize }} tickFormatter={(value: number) => signedNumber(value, locale, 1)} />
          <YAxis
            type="category"
            dataKey="label"
            width={labelWidth}
            interval={0}
            // One line per statement: recharts would wrap a long label into lines that run into the next bar.
            tick={({ x, y, payload }) => (
              <text x={x} y={y} dy="0.35em" textAnchor="end" fontSize={sizing.fontSize} fill="#374151">
                {String(payload.value)}
              </text>
            )}
          />
          <ReferenceLine x={0} stroke={CHART_COLORS.neutral} />
          <Tooltip formatter={(value) => (typeof value === 'number' ? signedNumber(value, locale) : String(value))} />
          <Bar dataKey="gap" name={ui('results.gap')} isAnimationActive={false}>
            {items.map((item) => (
              <Cell key={item.item} fill={item.gap < 0 ? CHART_COLORS.negative : CHART_COLORS.positive} />
            ))}
            <LabelList
              dataKey="gap"
              content={(props) => {
                // Cast: recharts passes a bar label these numbers, typed loosely as optional strings or numbers.
                const { x, y, width, height, value } = props as { x: number; y: number; width: number; height: number; value: number };
                // The figure sits beyond the bar's end: left of a shortfall, right of a surplus.
                const negative = value < 0;
                const end = negative ? Math.min(x, x + width) - 4 : Math.max(x, x + width) + 4;
                return (
                  <text x={end} y={y + height / 2} dy="0.35em" textAnchor={negative ? 'end' : 'start'} fontSize={sizing.fontSize * 0.9} fill="#374151">
                    {signedNumber(value, locale)}
                  </text>
                );
              }}
            />
          </Bar>
        </BarChart>
      )}
    </ChartFrame>
  );
}
