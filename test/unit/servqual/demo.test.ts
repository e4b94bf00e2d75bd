import { describe, expect, it } from 'vitest';
import { demoServqualState } from '../../../exercises/servqual/demo';
import { analyseWave, compareWaves, priorityOrder, type SurveySettings, type WaveAnalysis } from '../../../exercises/servqual/model';
import { DIMENSIONS, ITEM_COUNT } from '../../../exercises/servqual/structure';
import type { SurveyResponse } from '../../../exercises/servqual/state';

const SETTINGS: SurveySettings = { scale: 7, enabledItems: Array.from({ length: ITEM_COUNT }, (_, index) => index + 1) };

function waveResponses(index: number): SurveyResponse[] {
  const source = demoServqualState().waves[index]?.source;
  if (source?.kind !== 'entered') throw new Error('demo waves are entered in the app');
  return source.responses;
}

function analysis(index: number): WaveAnalysis {
  const result = analyseWave(waveResponses(index), SETTINGS);
  if (result.kind !== 'ok') throw new Error(result.reason);
  return result;
}

describe('the demo survey', () => {
  it('is the same on every call', () => {
    expect(demoServqualState()).toEqual(demoServqualState());
  });

  it('has 40+ respondents answering on the 7-point scale, a few blanks and a few spoiled splits', () => {
    const first = analysis(0);
    expect(first.respondents).toBeGreaterThanOrEqual(40);
    expect(first.problems.outOfScale).toEqual([]);
    expect(first.problems.missingAnswers.length).toBeGreaterThanOrEqual(3);
    expect(first.problems.invalidWeights.map((row) => row.statedSum)).toEqual([110, 90, 105]);
    expect(first.weighting.kind === 'ok' && first.weighting.validRows).toBe(first.respondents - 3);
  });

  it('has one clearly weak dimension, responsiveness, first in the priorities', () => {
    const first = analysis(0);
    const others = DIMENSIONS.filter((dimension) => dimension !== 'responsiveness').map((dimension) => first.dimensions[dimension].gap ?? 0);
    expect(first.dimensions.responsiveness.gap ?? 0).toBeLessThan(Math.min(...others) - 0.8);
    expect(priorityOrder(first).dimensions[0]?.dimension).toBe('responsiveness');
  });

  it('shows responsiveness improving in the second wave, months later', () => {
    const state = demoServqualState();
    expect(state.waves.map((wave) => wave.date)).toEqual(['2025-02-12', '2025-09-17']);
    const comparison = compareWaves(
      state.waves.map((wave, index) => ({ id: wave.id, label: wave.label, date: wave.date, responses: waveResponses(index) })),
      SETTINGS,
    );
    if (comparison.kind !== 'ok' || comparison.latestChange.kind !== 'ok') throw new Error('expected a comparison');
    expect(comparison.latestChange.dimensionChanges.responsiveness ?? 0).toBeGreaterThan(0.7);
    for (const dimension of DIMENSIONS.filter((each) => each !== 'responsiveness')) {
      expect(Math.abs(comparison.latestChange.dimensionChanges[dimension] ?? 0)).toBeLessThan(0.4);
    }
  });
});
