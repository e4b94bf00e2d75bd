import { CartesianGrid, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '../../../../src/charts/ChartFrame';
import { numberAxisHeight } from '../../../../src/charts/categoryAxis';
import { CHART_TEXT_COLOR } from '../../../../src/charts/categoryAxes';
import { CHART_COLORS } from '../../../../src/charts/theme';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import type { AssociationRule } from '../../model/mining';
import { rulesMessages } from '../../messages/rules';
import { rulesResultsMessages } from '../../messages/rulesResults';
import { ruleNames } from './ruleText';

/** Points drawn at most: the strongest rules by lift. More would blur into one cloud and slow the page; the table has them all. */
export const CHART_RULES = 500;

/** Light to dark: a higher lift reads as a darker point, and the light end still stands off the white plot. */
const LIFT_COLORS = ['#9ecae1', '#6baed6', '#3182bd', '#08519c', '#08306b'] as const;

export interface LiftBand {
  from: number;
  to: number;
  color: string;
}

/** Lift bands of equal ratio (lift is a ratio: 1.5 → 3 is as big a step as 10 → 20), one when every rule has the same lift. */
export function liftBands(lifts: readonly number[]): LiftBand[] {
  if (lifts.length === 0) return [];
  const low = Math.min(...lifts);
  const high = Math.max(...lifts);
  if (!(high > low) || low <= 0) return [{ from: low, to: high, color: LIFT_COLORS[3] }];
  const step = Math.log(high / low) / LIFT_COLORS.length;
  return LIFT_COLORS.map((color, index) => ({ from: low * Math.exp(step * index), to: index === LIFT_COLORS.length - 1 ? high : low * Math.exp(step * (index + 1)), color }));
}

export function bandOf(bands: readonly LiftBand[], lift: number): LiftBand | undefined {
  return bands.find((band, index) => lift <= band.to || index === bands.length - 1);
}

/** Round ticks from 0 to past `max`: a step of 1, 2, 2.5 or 5 times a power of ten, at most five steps. */
export function supportTicks(max: number): { ticks: number[]; decimals: number } {
  const top = max > 0 ? max : 1;
  const power = 10 ** Math.floor(Math.log10(top / 5));
  const step = [1, 2, 2.5, 5, 10].map((factor) => factor * power).find((candidate) => top / candidate <= 5) ?? 10 * power;
  const count = Math.ceil(top / step - 1e-9);
  const ticks = Array.from({ length: count + 1 }, (_, index) => Number((index * step).toPrecision(12)));
  const decimals = Math.max(0, ...ticks.map((tick) => (String(tick).split('.')[1] ?? '').length));
  return { ticks, decimals };
}

interface Point {
  x: number;
  y: number;
  rule: AssociationRule;
  name: string;
  color: string;
}

/** Support × confidence, coloured by lift, with a key of the colour bands; a point's tooltip names the rule. The table is the keyboard's way to the same figures. */
export function RulesChart({ rules, items, name, presenter }: { rules: readonly AssociationRule[]; items: readonly string[]; name: (label: string) => string; presenter: boolean }) {
  const t = useMessages(rulesResultsMessages);
  const tr = useMessages(rulesMessages);
  const format = useFormat();
  const drawn = [...rules].sort((a, b) => b.lift - a.lift).slice(0, CHART_RULES);
  const bands = liftBands(drawn.map((rule) => rule.lift));
  const points: Point[] = drawn.map((rule) => {
    const names = ruleNames(rule, items, name, tr('rules.and'));
    return { x: rule.support * 100, y: rule.confidence * 100, rule, name: `${names.antecedent} → ${names.consequent}`, color: bandOf(bands, rule.lift)?.color ?? CHART_COLORS.primary };
  });
  const lift = (value: number) => format.number(value, 1);
  const legend = bands.map((band) => ({ label: band.from === band.to ? t('rulesChart.keyOne', { lift: lift(band.from) }) : t('rulesChart.keyRange', { from: lift(band.from), to: lift(band.to) }), color: band.color, marker: 'circle' as const }));
  const axis = supportTicks(Math.max(...points.map((point) => point.x)));
  return (
    <div className="pp-rules-chart">
      <ChartFrame
        title={t('rulesChart.title')}
        description={t('rulesChart.description')}
        presenter={presenter}
        legend={legend}
        axisTitles={{ x: t('rulesChart.x'), y: t('rulesChart.y') }}
      >
        {(sizing) => (
          <ScatterChart margin={{ top: sizing.fontSize, right: sizing.fontSize * 2, bottom: 4, left: 4 }}>
            <CartesianGrid stroke={CHART_COLORS.grid} strokeDasharray="3 3" />
            <XAxis
              type="number"
              dataKey="x"
              domain={[0, axis.ticks[axis.ticks.length - 1] ?? 1]}
              ticks={axis.ticks}
              tickFormatter={(value: number) => format.number(value, axis.decimals)}
              height={numberAxisHeight(sizing.fontSize)}
              tick={{ fontSize: sizing.fontSize, fill: CHART_TEXT_COLOR }}
              minTickGap={sizing.fontSize * 2}
            />
            <YAxis type="number" dataKey="y" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tick={{ fontSize: sizing.fontSize, fill: CHART_TEXT_COLOR }} width="auto" />
            <Tooltip
              cursor={false}
              content={({ payload }) => {
                // Cast: recharts hands back the point it was given.
                const point = payload?.[0]?.payload as Point | undefined;
                return point ? (
                  <div className="chart__tooltip" style={{ fontSize: sizing.fontSize }}>
                    <strong>{point.name}</strong>
                    <br />
                    {t('rulesTable.support')}: {format.percent(point.rule.support, 2)} · {t('rulesTable.confidence')}: {format.percent(point.rule.confidence, 1)} · {t('rulesTable.lift')}:{' '}
                    {format.number(point.rule.lift, 2)}
                  </div>
                ) : null;
              }}
            />
            <Scatter
              data={points}
              isAnimationActive={false}
              shape={(props: unknown) => {
                // Cast: recharts hands each point's shape its position and the datum it was given.
                const { cx, cy, payload } = props as { cx: number; cy: number; payload: Point };
                return <circle cx={cx} cy={cy} r={sizing.dotRadius + 1.5} fill={payload.color} stroke="#ffffff" strokeWidth={0.75} />;
              }}
            />
          </ScatterChart>
        )}
      </ChartFrame>
      {rules.length > CHART_RULES ? <p className="note">{t('rulesChart.shown', { shown: format.integer(CHART_RULES), total: format.integer(rules.length) })}</p> : null}
    </div>
  );
}
