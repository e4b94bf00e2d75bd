import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '../../../../src/charts/ChartFrame';
import { numberAxisWidth } from '../../../../src/charts/categoryAxis';
import { bottomCategories, CHART_TEXT_COLOR } from '../../../../src/charts/categoryAxes';
import { CHART_COLORS, SERIES_COLORS } from '../../../../src/charts/theme';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import type { Locale } from '../../../../src/i18n/locale';
import { ScrollBox } from '../../../../src/ui/ScrollBox';
import { DIMENSIONS } from '../../structure';
import type { WaveComparison as Comparison, WavePoint } from '../../model';
import { servqualMessages } from '../../messages';
import { uiMessages } from '../messages';
import { signedNumber } from '../shared/numbers';
import { gapAxis } from './gapAxis';
import { changeAsShown } from '../../../../src/i18n/rounding';

/** One decimal rule for the whole table: every gap and every change in two decimals. */
const TABLE_DIGITS = 2;

/** Dimension gaps wave after wave, in date order, and what changed since the wave before the latest. */
export function WaveComparison({ comparison, labelOf, presenter, locale }: { comparison: Comparison; labelOf: (point: WavePoint) => string; presenter: boolean; locale: Locale }) {
  const t = useMessages(servqualMessages);
  const ui = useMessages(uiMessages);
  const format = useFormat();
  const withResults = comparison.points.filter((point) => point.result.kind === 'ok');
  const name = (point: WavePoint) => `${labelOf(point)} · ${format.date(point.date)}`;
  const data = withResults.map((point, index) => ({
    key: String(index + 1),
    name: name(point),
    ...Object.fromEntries(DIMENSIONS.map((dimension) => [dimension, point.result.kind === 'ok' ? point.result.dimensionGaps[dimension] : null])),
  }));
  const change = comparison.latestChange.kind === 'ok' ? comparison.latestChange : null;
  const from = change ? comparison.points.find((point) => point.id === change.fromId) : undefined;
  const to = change ? comparison.points.find((point) => point.id === change.toId) : undefined;
  const gapOf = (point: WavePoint, dimension: (typeof DIMENSIONS)[number]) => (point.result.kind === 'ok' ? point.result.dimensionGaps[dimension] : null);
  const scoreOf = (point: WavePoint | undefined) => (point?.result.kind === 'ok' ? point.result.unweightedScore : null);
  // The change the reader would get from the two figures shown beside it (round first, then subtract).
  const shownChange = (value: (point: WavePoint) => number | null) => (change && from && to ? changeAsShown(value(from), value(to), TABLE_DIGITS) : null);
  const axis = gapAxis(withResults.flatMap((point) => DIMENSIONS.map((dimension) => gapOf(point, dimension))));
  const tick = (value: number) => signedNumber(value, locale, axis.digits);

  return (
    <>
      <ChartFrame
        title={ui('chart.waves.title')}
        description={ui('chart.waves.description')}
        presenter={presenter}
        height={{ normal: 360, presenter: 560 }}
        legend={DIMENSIONS.map((dimension, index) => ({ label: t(`dimension.${dimension}.name`), color: SERIES_COLORS[index % SERIES_COLORS.length] ?? CHART_COLORS.primary, marker: 'line' as const }))}
        table={{
          columns: [ui('results.dimension'), ...withResults.map(name)],
          rows: DIMENSIONS.map((dimension) => [t(`dimension.${dimension}.name`), ...withResults.map((point) => signedNumber(gapOf(point, dimension), locale))]),
        }}
      >
        {(sizing) => {
          const margin = { top: sizing.fontSize, right: sizing.fontSize, bottom: 4, left: 4 };
          const yAxisWidth = numberAxisWidth(axis.ticks.map(tick), sizing.measure);
          const bottom = bottomCategories(data, sizing, { margin, yAxisWidth });
          const chart = (
            <LineChart data={data} margin={margin}>
              <CartesianGrid stroke={CHART_COLORS.grid} />
              <XAxis {...bottom.xAxis} padding={bottom.pointPadding} />
              <YAxis type="number" domain={axis.domain} ticks={axis.ticks} interval={0} tick={{ fontSize: sizing.fontSize, fill: CHART_TEXT_COLOR }} tickFormatter={tick} width={yAxisWidth} />
              <ReferenceLine y={0} stroke={CHART_COLORS.neutral} />
              <Tooltip formatter={(value) => (typeof value === 'number' ? signedNumber(value, locale) : String(value))} labelFormatter={bottom.nameOf} />
              {DIMENSIONS.map((dimension, index) => (
                <Line
                  key={dimension}
                  type="linear"
                  dataKey={dimension}
                  name={t(`dimension.${dimension}.name`)}
                  stroke={SERIES_COLORS[index % SERIES_COLORS.length]}
                  strokeWidth={sizing.strokeWidth}
                  dot={{ r: sizing.dotRadius + 1 }}
                  isAnimationActive={false}
                />
              ))}
            </LineChart>
          );
          return { chart, keyEntries: bottom.keyEntries };
        }}
      </ChartFrame>
      <ScrollBox label={ui('waves.tableCaption')}>
        <table className="sq-table">
          <caption>{ui('waves.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{ui('results.dimension')}</th>
              {comparison.points.map((point) => (
                <th key={point.id} scope="col" className="number">
                  {name(point)}
                </th>
              ))}
              <th scope="col" className="number">
                {from && to ? ui('waves.change', { from: labelOf(from), to: labelOf(to) }) : ui('waves.changeShort')}
              </th>
            </tr>
          </thead>
          <tbody>
            {DIMENSIONS.map((dimension) => {
              const delta = shownChange((point) => gapOf(point, dimension));
              return (
                <tr key={dimension}>
                  <th scope="row">{t(`dimension.${dimension}.name`)}</th>
                  {comparison.points.map((point) => (
                    <td key={point.id} className="number">
                      {signedNumber(gapOf(point, dimension), locale, TABLE_DIGITS)}
                    </td>
                  ))}
                  <td className={`number${delta === null ? '' : delta > 0 ? ' sq-tone--good' : delta < 0 ? ' sq-tone--bad' : ''}`}>{signedNumber(delta, locale, TABLE_DIGITS)}</td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{ui('results.unweighted')}</th>
              {comparison.points.map((point) => (
                <td key={point.id} className="number">
                  {point.result.kind === 'ok' ? signedNumber(point.result.unweightedScore, locale, TABLE_DIGITS) : t(`notEnoughData.${point.result.reason}`)}
                </td>
              ))}
              <td className="number">{signedNumber(shownChange(scoreOf), locale, TABLE_DIGITS)}</td>
            </tr>
          </tfoot>
        </table>
      </ScrollBox>
      <p className={change ? 'field__hint' : 'note'}>{change ? ui('waves.changeNote') : t('notEnoughData.fewerThanTwoWaves')}</p>
    </>
  );
}
