import { useMessages } from '../../../../src/i18n/useI18n';
import type { Locale } from '../../../../src/i18n/locale';
import { Metric, MetricGrid } from '../../../../src/ui/Metric';
import { ScrollBox } from '../../../../src/ui/ScrollBox';
import { DIMENSIONS } from '../../structure';
import type { WaveAnalysis } from '../../model';
import { servqualMessages } from '../../messages';
import { uiMessages } from '../messages';
import { fixedNumber, signedNumber } from '../shared/numbers';

/** One decimal rule for the table: means, gaps, weights and scores all in two decimals. */
const DIGITS = 2;

const tone = (value: number | null) => (value === null ? 'neutral' : value < 0 ? 'bad' : 'good');

/** The headline scores and, per dimension, every figure behind them. */
export function ResultsSummary({ analysis, locale }: { analysis: WaveAnalysis; locale: Locale }) {
  const t = useMessages(servqualMessages);
  const ui = useMessages(uiMessages);
  const weighting = analysis.weighting.kind === 'ok' ? analysis.weighting : null;
  const invalidWeights = analysis.problems.invalidWeights.length;
  return (
    <>
      <MetricGrid label={ui('results.metricsLabel')}>
        <Metric
          label={ui('results.unweighted')}
          value={signedNumber(analysis.unweightedScore, locale)}
          tone={tone(analysis.unweightedScore)}
          note={ui('results.unweightedNote')}
        />
        <Metric
          label={ui('results.weighted')}
          value={weighting ? signedNumber(weighting.weightedTotal, locale) : '—'}
          tone={tone(weighting?.weightedTotal ?? null)}
          note={weighting ? ui('results.weightedNote') : t('notEnoughData.noValidWeights')}
        />
        <Metric label={ui('results.respondents')} value={fixedNumber(analysis.respondents, locale, 0)} note={ui('results.respondentsNote', { valid: weighting?.validRows ?? 0, invalid: invalidWeights })} />
      </MetricGrid>
      <ScrollBox label={ui('results.tableCaption')}>
        <table className="sq-table">
          <caption>{ui('results.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{ui('results.dimension')}</th>
              <th scope="col" className="number">{ui('results.expectation')}</th>
              <th scope="col" className="number">{ui('results.perception')}</th>
              <th scope="col" className="number">{ui('results.gap')}</th>
              <th scope="col" className="number">{ui('results.meanWeight')}</th>
              <th scope="col" className="number">{ui('results.weightedScore')}</th>
            </tr>
          </thead>
          <tbody>
            {DIMENSIONS.map((dimension) => {
              const result = analysis.dimensions[dimension];
              const weighted = weighting?.weightedScores[dimension] ?? null;
              return (
                <tr key={dimension}>
                  <th scope="row">{t(`dimension.${dimension}.name`)}</th>
                  <td className="number">{fixedNumber(result.meanExpectation, locale)}</td>
                  <td className="number">{fixedNumber(result.meanPerception, locale)}</td>
                  <td className={`number sq-tone--${tone(result.gap)}`}>{signedNumber(result.gap, locale)}</td>
                  <td className="number">{weighting ? fixedNumber(weighting.meanWeights[dimension], locale, DIGITS) : '—'}</td>
                  <td className={`number sq-tone--${tone(weighted)}`}>{signedNumber(weighted, locale)}</td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{ui('results.total')}</th>
              <td />
              <td />
              <td className="number">{signedNumber(analysis.unweightedScore, locale)}</td>
              <td className="number">{weighting ? fixedNumber(100, locale, DIGITS) : '—'}</td>
              <td className="number">{weighting ? signedNumber(weighting.weightedTotal, locale) : '—'}</td>
            </tr>
          </tfoot>
        </table>
      </ScrollBox>
      {analysis.dimensionsWithoutData.length > 0 ? (
        <p className="note">{ui('results.withoutData', { dimensions: analysis.dimensionsWithoutData.map((dimension) => t(`dimension.${dimension}.name`)).join(', ') })}</p>
      ) : null}
    </>
  );
}
