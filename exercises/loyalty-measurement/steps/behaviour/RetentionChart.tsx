import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '../../../../src/charts/ChartFrame';
import { edgeRoom, numberAxisHeight } from '../../../../src/charts/categoryAxis';
import { CHART_TEXT_COLOR } from '../../../../src/charts/categoryAxes';
import { CHART_COLORS } from '../../../../src/charts/theme';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import type { BehaviourFigures } from '../../model/behaviour';
import { behaviourMessages } from '../../messages/behaviour';
import { periodLabel } from './periodLabel';

/** Retention and churn for each whole period after the first: the line the plan's retention target is read against. */
export function RetentionChart({ figures, presenter }: { figures: BehaviourFigures; presenter: boolean }) {
  const t = useMessages(behaviourMessages);
  const format = useFormat();
  const { period } = figures;
  const points = figures.retention.periods.flatMap((entry, index) =>
    entry.retention === null ? [] : [{ index, label: periodLabel(entry.start, period, format.locale, t), retention: entry.retention * 100, churn: (1 - entry.retention) * 100, active: entry.active }],
  );
  if (points.length === 0) return <p className="finding">{t('behaviour.retention.tooShort', { period: t(`behaviour.period.${period}`) })}</p>;
  const percent = (value: number) => format.percent(value / 100, 0);
  const label = (index: unknown) => points.find((point) => point.index === index)?.label ?? '';
  const series = [
    { key: 'retention', name: t('behaviour.retention.retention'), color: CHART_COLORS.primary },
    { key: 'churn', name: t('behaviour.retention.churn'), color: CHART_COLORS.negative },
  ] as const;
  const table = {
    columns: [t('behaviour.retention.period'), t('behaviour.retention.active'), ...series.map((line) => line.name)],
    rows: points.map((point) => [point.label, format.integer(point.active), format.percent(point.retention / 100), format.percent(point.churn / 100)]),
  };
  const first = points[0]?.index ?? 0;
  const last = points[points.length - 1]?.index ?? 0;

  return (
    <ChartFrame
      title={t('behaviour.retention.title')}
      description={t('behaviour.retention.description')}
      presenter={presenter}
      table={table}
      legend={series.map((line) => ({ label: line.name, color: line.color, marker: 'line' as const }))}
      axisTitles={{ y: t('behaviour.retention.axis') }}
    >
      {(sizing) => {
        // A period's name is centred on its tick: the first and last need half their width inside the plot's edges.
        const edge = Math.max(0, ...points.map((point) => edgeRoom(point.label, sizing.measure)));
        return (
          <LineChart data={points} margin={{ top: sizing.fontSize, right: 4, bottom: 4, left: 4 }}>
            <CartesianGrid stroke={CHART_COLORS.grid} strokeDasharray="3 3" />
            <XAxis
              dataKey="index"
              type="number"
              domain={[first, last]}
              allowDecimals={false}
              tickFormatter={label}
              height={numberAxisHeight(sizing.fontSize)}
              padding={{ left: edge, right: edge }}
              tick={{ fontSize: sizing.fontSize, fill: CHART_TEXT_COLOR }}
              minTickGap={sizing.fontSize * 2}
            />
            <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={percent} tick={{ fontSize: sizing.fontSize, fill: CHART_TEXT_COLOR }} width="auto" />
            <Tooltip
              formatter={(value) => (typeof value === 'number' ? format.percent(value / 100) : String(value))}
              labelFormatter={label}
              contentStyle={{ fontSize: sizing.fontSize }}
            />
            {series.map((line) => (
              <Line key={line.key} type="monotone" dataKey={line.key} name={line.name} stroke={line.color} strokeWidth={sizing.strokeWidth} dot={{ r: sizing.dotRadius }} isAnimationActive={false} />
            ))}
          </LineChart>
        );
      }}
    </ChartFrame>
  );
}
