import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '../../../../src/charts/ChartFrame';
import { numberAxisWidth } from '../../../../src/charts/categoryAxis';
import { bottomCategories, CHART_TEXT_COLOR } from '../../../../src/charts/categoryAxes';
import { CHART_COLORS } from '../../../../src/charts/theme';
import { useMessages } from '../../../../src/i18n/useI18n';
import type { Locale } from '../../../../src/i18n/locale';
import { DIMENSIONS, type Scale } from '../../structure';
import type { WaveAnalysis } from '../../model';
import { servqualMessages } from '../../messages';
import { uiMessages } from '../messages';
import { fixedNumber, signedNumber } from '../shared/numbers';

/** Expectations beside perceptions for each dimension: the gap is the distance between the two bars. */
export function ExpectationPerceptionChart({ analysis, scale, presenter, locale }: { analysis: WaveAnalysis; scale: Scale; presenter: boolean; locale: Locale }) {
  const t = useMessages(servqualMessages);
  const ui = useMessages(uiMessages);
  const data = DIMENSIONS.map((dimension, index) => ({
    key: String(index + 1),
    name: t(`dimension.${dimension}.name`),
    expectation: analysis.dimensions[dimension].meanExpectation,
    perception: analysis.dimensions[dimension].meanPerception,
    gap: analysis.dimensions[dimension].gap,
  }));
  const label = (value: unknown) => (typeof value === 'number' ? fixedNumber(value, locale, 1) : '');
  const ticks = Array.from({ length: scale }, (_, index) => index + 1);
  const tick = (value: number) => fixedNumber(value, locale, 0);
  return (
    <ChartFrame
      title={ui('chart.ep.title')}
      description={ui('chart.ep.description', { max: scale })}
      presenter={presenter}
      height={{ normal: 340, presenter: 520 }}
      table={{
        columns: [ui('results.dimension'), ui('results.expectation'), ui('results.perception'), ui('results.gap')],
        rows: data.map((row) => [row.name, fixedNumber(row.expectation, locale), fixedNumber(row.perception, locale), signedNumber(row.gap, locale)]),
      }}
      legend={[
        { label: ui('results.expectation'), color: CHART_COLORS.neutral, marker: 'square' },
        { label: ui('results.perception'), color: CHART_COLORS.primary, marker: 'square' },
      ]}
    >
      {(sizing) => {
        const margin = { top: sizing.fontSize * 1.6, right: 8, bottom: 4, left: 4 };
        const yAxisWidth = numberAxisWidth(ticks.map(tick), sizing.measure);
        const bottom = bottomCategories(data, sizing, { margin, yAxisWidth });
        const valueStyle = { fontSize: sizing.fontSize * 0.9, fill: CHART_TEXT_COLOR };
        const chart = (
          <BarChart data={data} margin={margin} barGap={4}>
            <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
            <XAxis {...bottom.xAxis} />
            <YAxis domain={[1, scale]} ticks={ticks} tick={{ fontSize: sizing.fontSize, fill: CHART_TEXT_COLOR }} tickFormatter={tick} width={yAxisWidth} />
            <Tooltip formatter={(value) => (typeof value === 'number' ? fixedNumber(value, locale) : String(value))} labelFormatter={bottom.nameOf} />
            <Bar dataKey="expectation" name={ui('results.expectation')} fill={CHART_COLORS.neutral} isAnimationActive={false}>
              <LabelList dataKey="expectation" position="top" formatter={label} style={valueStyle} />
            </Bar>
            <Bar dataKey="perception" name={ui('results.perception')} fill={CHART_COLORS.primary} isAnimationActive={false}>
              <LabelList dataKey="perception" position="top" formatter={label} style={valueStyle} />
            </Bar>
          </BarChart>
        );
        return { chart, keyEntries: bottom.keyEntries };
      }}
    </ChartFrame>
  );
}
