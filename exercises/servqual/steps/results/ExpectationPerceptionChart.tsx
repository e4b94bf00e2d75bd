import { Bar, BarChart, CartesianGrid, LabelList, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '../../../../src/charts/ChartFrame';
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
  const data = DIMENSIONS.map((dimension) => ({
    name: t(`dimension.${dimension}.name`),
    expectation: analysis.dimensions[dimension].meanExpectation,
    perception: analysis.dimensions[dimension].meanPerception,
    gap: analysis.dimensions[dimension].gap,
  }));
  const label = (value: unknown) => (typeof value === 'number' ? fixedNumber(value, locale, 1) : '');
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
    >
      {(sizing) => (
        <BarChart data={data} margin={{ top: sizing.fontSize * 1.6, right: 16, bottom: 8, left: 0 }} barGap={4}>
          <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
          <XAxis dataKey="name" tick={{ fontSize: sizing.fontSize }} interval={0} />
          <YAxis domain={[1, scale]} ticks={Array.from({ length: scale }, (_, index) => index + 1)} tick={{ fontSize: sizing.fontSize }} tickFormatter={(value: number) => fixedNumber(value, locale, 0)} width={sizing.fontSize * 2.5} />
          <Tooltip formatter={(value) => (typeof value === 'number' ? fixedNumber(value, locale) : String(value))} />
          <Legend wrapperStyle={{ fontSize: sizing.fontSize }} />
          <Bar dataKey="expectation" name={ui('results.expectation')} fill={CHART_COLORS.neutral} isAnimationActive={false}>
            <LabelList dataKey="expectation" position="top" formatter={label} style={{ fontSize: sizing.fontSize * 0.9 }} />
          </Bar>
          <Bar dataKey="perception" name={ui('results.perception')} fill={CHART_COLORS.primary} isAnimationActive={false}>
            <LabelList dataKey="perception" position="top" formatter={label} style={{ fontSize: sizing.fontSize * 0.9 }} />
          </Bar>
        </BarChart>
      )}
    </ChartFrame>
  );
}
