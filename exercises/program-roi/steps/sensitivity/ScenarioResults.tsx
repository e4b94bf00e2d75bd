import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '../../../../src/charts/ChartFrame';
import { numberAxisWidth } from '../../../../src/charts/categoryAxis';
import { bottomCategories, CHART_TEXT_COLOR } from '../../../../src/charts/categoryAxes';
import { CHART_COLORS } from '../../../../src/charts/theme';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { ScrollBox } from '../../../../src/ui/ScrollBox';
import { SCENARIO_IDS, type ProgramResult, type ScenarioId } from '../../model';
import { roiMessages } from '../../messages';
import { toneOf } from '../economics/ProgramResults';

interface ScenarioResultsProps {
  results: Record<ScenarioId, ProgramResult>;
  horizonMonths: number;
  presenter: boolean;
}

/** Net, ROI and payback of each scenario, a sentence on how robust the decision is, and a bar chart. */
export function ScenarioResults({ results, horizonMonths, presenter }: ScenarioResultsProps) {
  const t = useMessages(roiMessages);
  const format = useFormat();
  const name = (id: ScenarioId) => t(`sensitivity.scenario.${id}`);
  const roi = (result: ProgramResult) => (result.roi === null ? t('sensitivity.roiUndefined') : format.signedPercent(result.roi));
  const payback = (result: ProgramResult) =>
    result.paybackMonth === null ? t('sensitivity.never') : t('results.paybackValue', { count: result.paybackMonth });
  const rows = [
    { key: 'net', label: t('results.net'), cell: (result: ProgramResult) => format.money(result.net), tone: (result: ProgramResult) => toneOf(result.net) },
    { key: 'roi', label: t('results.roi'), cell: roi, tone: (result: ProgramResult) => toneOf(result.roi) },
    { key: 'payback', label: t('results.payback'), cell: payback, tone: () => 'neutral' as const },
  ];

  const nets = SCENARIO_IDS.map((id) => results[id].net);
  const verdict = nets.every((net) => net >= 0) ? 'robust' : nets.every((net) => net < 0) ? 'failing' : 'mixed';

  const data = SCENARIO_IDS.map((id, index) => ({
    key: String(index + 1),
    name: name(id),
    gain: results[id].incrementalGrossProfit,
    cost: results[id].programCost,
    net: results[id].net,
  }));
  const series = [
    { key: 'gain', label: t('cumulative.gain'), color: CHART_COLORS.positive },
    { key: 'cost', label: t('cumulative.cost'), color: CHART_COLORS.negative },
    { key: 'net', label: t('cumulative.net'), color: CHART_COLORS.primary },
  ] as const;

  return (
    <>
      <ScrollBox label={t('sensitivity.resultsCaption')}>
        <table aria-label={t('sensitivity.resultsCaption')}>
          <thead>
            <tr>
              <th scope="col">{t('sensitivity.resultsCaption')}</th>
              {SCENARIO_IDS.map((id) => (
                <th key={id} scope="col" className="number">
                  {name(id)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                {SCENARIO_IDS.map((id) => (
                  <td key={id} className={`number roi-tone--${row.tone(results[id])}`}>
                    {row.cell(results[id])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <p className="verdict">{t(`sensitivity.verdict.${verdict}`)}</p>
      <ChartFrame
        title={t('sensitivity.chartTitle')}
        description={t('sensitivity.chartDescription', { horizon: t('results.horizon', { count: horizonMonths }) })}
        presenter={presenter}
        height={{ normal: 280, presenter: 460 }}
        legend={series.map((item) => ({ label: item.label, color: item.color, marker: 'square' as const }))}
        table={{
          columns: [t('sensitivity.scenario'), ...series.map((item) => item.label)],
          rows: data.map((row) => [row.name, ...series.map((item) => format.money(row[item.key]))]),
        }}
      >
        {(sizing) => {
          const margin = { top: sizing.fontSize, right: 4, bottom: 4, left: 4 };
          // Recharts sizes the money axis to its ticks; the categories need its width beforehand, from the largest amounts.
          const amounts = data.flatMap((row) => series.map((item) => row[item.key]));
          const yAxisWidth = numberAxisWidth([format.compact(Math.min(0, ...amounts)), format.compact(Math.max(0, ...amounts))], sizing.measure);
          const bottom = bottomCategories(data, sizing, { margin, yAxisWidth });
          const chart = (
            <BarChart data={data} margin={margin}>
              <CartesianGrid stroke={CHART_COLORS.grid} strokeDasharray="3 3" vertical={false} />
              <XAxis {...bottom.xAxis} />
              <YAxis tickFormatter={format.compact} tick={{ fontSize: sizing.fontSize, fill: CHART_TEXT_COLOR }} width={yAxisWidth} />
              <Tooltip
                formatter={(value) => (typeof value === 'number' ? format.money(value) : String(value))}
                labelFormatter={bottom.nameOf}
                contentStyle={{ fontSize: sizing.fontSize }}
              />
              <ReferenceLine y={0} stroke={CHART_COLORS.neutral} />
              {series.map((item) => (
                <Bar key={item.key} dataKey={item.key} name={item.label} fill={item.color} isAnimationActive={false} />
              ))}
            </BarChart>
          );
          return { chart, keyEntries: bottom.keyEntries };
        }}
      </ChartFrame>
    </>
  );
}
