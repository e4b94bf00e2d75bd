import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '../../../../src/charts/ChartFrame';
import { edgeRoom } from '../../../../src/charts/categoryAxis';
import { CHART_TEXT_COLOR, sideCategories } from '../../../../src/charts/categoryAxes';
import { CHART_COLORS } from '../../../../src/charts/theme';
import { useMessages } from '../../../../src/i18n/useI18n';
import type { Locale } from '../../../../src/i18n/locale';
import { statementText } from '../../statements';
import type { Questionnaire } from '../../state';
import type { WaveAnalysis } from '../../model';
import { servqualMessages } from '../../messages';
import { uiMessages } from '../messages';
import { signedNumber } from '../shared/numbers';

/**
 * Every answered item, the widest shortfall on top: where the service misses most, statement by statement. Each
 * statement is written whole, wrapped beside its bar; on a phone the bars carry the items' numbers and the
 * statements follow under the chart.
 */
export function ItemGapChart({ analysis, questionnaire, presenter, locale }: { analysis: WaveAnalysis; questionnaire: Questionnaire; presenter: boolean; locale: Locale }) {
  const t = useMessages(servqualMessages);
  const ui = useMessages(uiMessages);
  const items = analysis.items
    .filter((item): item is typeof item & { gap: number } => item.gap !== null)
    .sort((a, b) => a.gap - b.gap || a.item - b.item)
    .map((item) => ({ ...item, key: String(item.item), text: statementText(item.item, questionnaire.preset, questionnaire.statements[item.item - 1]?.text ?? null, locale) }));
  const labels = items.map((item) => ({ key: item.key, name: item.text, text: `${item.item}. ${item.text}` }));
  // Half-point ticks around the bars and 0.
  const gaps = items.map((item) => item.gap);
  const lowest = Math.floor(Math.min(0, ...gaps) * 2) / 2;
  const highest = Math.ceil(Math.max(0, ...gaps) * 2) / 2;
  const ticks = Array.from({ length: Math.round((highest - lowest) * 2) + 1 }, (_, index) => lowest + index / 2);
  const tick = (value: number) => signedNumber(value, locale, 1);
  return (
    <ChartFrame
      title={ui('chart.items.title')}
      description={ui('chart.items.description')}
      presenter={presenter}
      table={{
        columns: [ui('chart.items.item'), ui('results.dimension'), ui('results.gap')],
        rows: items.map((item) => [`${item.item}. ${item.text}`, t(`dimension.${item.dimension}.name`), signedNumber(item.gap, locale)]),
      }}
    >
      {(sizing) => {
        const margin = { top: 8, right: edgeRoom(tick(highest), sizing.measure), bottom: 8, left: 4 };
        // Statements are long and the bars need little room: half the width goes to the words.
        const side = sideCategories(labels, sizing, { minRowHeight: presenter ? 40 : 26, margin, maxShare: 0.5 });
        const valueSize = sizing.fontSize * 0.9;
        // Room beyond the longest bars for their figures, in pixels, so a figure never runs into the statements.
        const valueRoom = (gaps: readonly number[]) => (gaps.length ? Math.ceil(Math.max(...gaps.map((gap) => sizing.measureAt(signedNumber(gap, locale), valueSize))) + 8) : 0);
        const chart = (
          <BarChart data={items} layout="vertical" margin={margin}>
            <CartesianGrid stroke={CHART_COLORS.grid} horizontal={false} />
            <XAxis
              type="number"
              height={side.xAxisHeight}
              domain={[lowest, highest]}
              padding={{ left: valueRoom(gaps.filter((gap) => gap < 0)), right: valueRoom(gaps.filter((gap) => gap > 0)) }}
              ticks={ticks}
              tick={{ fontSize: sizing.fontSize, fill: CHART_TEXT_COLOR }}
              tickFormatter={tick}
            />
            <YAxis {...side.yAxis} />
            <ReferenceLine x={0} stroke={CHART_COLORS.neutral} />
            <Tooltip formatter={(value) => (typeof value === 'number' ? signedNumber(value, locale) : String(value))} labelFormatter={side.nameOf} />
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
                    <text x={end} y={y + height / 2} dy="0.35em" textAnchor={negative ? 'end' : 'start'} fontSize={valueSize} fill={CHART_TEXT_COLOR}>
                      {signedNumber(value, locale)}
                    </text>
                  );
                }}
              />
            </Bar>
          </BarChart>
        );
        return { chart, height: side.height, keyEntries: side.keyEntries };
      }}
    </ChartFrame>
  );
}
