import type { SurveyResponse } from '../state';
import { notEnoughData, perDimension, type DimensionValues, type NotEnoughData, type SurveySettings } from './answers';
import { analyseWave, type WaveAnalysis } from './wave';

/** The same questionnaire measured again months later: dimension gaps per wave, in date order. */

export interface WaveInput {
  id: string;
  label: string;
  /** ISO date 'yyyy-mm-dd'. */
  date: string;
  responses: readonly SurveyResponse[];
}

export interface WaveSummary {
  kind: 'ok';
  respondents: number;
  dimensionGaps: DimensionValues<number | null>;
  unweightedScore: number;
  /** null when the wave has no valid 100-point split. */
  weightedTotal: number | null;
}

export interface WavePoint {
  id: string;
  label: string;
  date: string;
  result: WaveSummary | NotEnoughData<'noRespondents' | 'noEnabledItems' | 'noPairedAnswers'>;
}

export interface WaveChange {
  kind: 'ok';
  fromId: string;
  toId: string;
  /** Later gap − earlier gap: positive = the gap narrowed (service closer to expectations). */
  dimensionChanges: DimensionValues<number | null>;
  unweightedChange: number;
}

export interface WaveComparison {
  kind: 'ok';
  /** Ordered by date; waves of the same date keep the order they were added in. */
  points: WavePoint[];
  /** The latest wave with results against the one before it that has results. */
  latestChange: WaveChange | NotEnoughData<'fewerThanTwoWaves'>;
}

/**
 * Every wave is analysed with the same questionnaire settings, so switching an item off removes it from all
 * waves alike and the comparison stays like for like.
 */
export function compareWaves(waves: readonly WaveInput[], settings: SurveySettings): WaveComparison | NotEnoughData<'noWaves'> {
  if (waves.length === 0) return notEnoughData('noWaves');
  const ordered = [...waves].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const points = ordered.map((wave): WavePoint => {
    const analysis = analyseWave(wave.responses, settings);
    return { id: wave.id, label: wave.label, date: wave.date, result: analysis.kind === 'ok' ? summarise(analysis) : analysis };
  });
  const withResults = points.filter((point): point is WavePoint & { result: WaveSummary } => point.result.kind === 'ok');
  const later = withResults[withResults.length - 1];
  const earlier = withResults[withResults.length - 2];
  const latestChange: WaveChange | NotEnoughData<'fewerThanTwoWaves'> =
    later && earlier
      ? {
          kind: 'ok',
          fromId: earlier.id,
          toId: later.id,
          dimensionChanges: perDimension((dimension) => {
            const before = earlier.result.dimensionGaps[dimension];
            const after = later.result.dimensionGaps[dimension];
            return before === null || after === null ? null : after - before;
          }),
          unweightedChange: later.result.unweightedScore - earlier.result.unweightedScore,
        }
      : notEnoughData('fewerThanTwoWaves');
  return { kind: 'ok', points, latestChange };
}

function summarise(analysis: WaveAnalysis): WaveSummary {
  return {
    kind: 'ok',
    respondents: analysis.respondents,
    dimensionGaps: perDimension((dimension) => analysis.dimensions[dimension].gap),
    unweightedScore: analysis.unweightedScore,
    weightedTotal: analysis.weighting.kind === 'ok' ? analysis.weighting.weightedTotal : null,
  };
}
