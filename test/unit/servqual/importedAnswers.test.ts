import { describe, expect, it } from 'vitest';
import { proposeMapping } from '../../../src/data/import/mapping';
import type { TypedRow } from '../../../src/data/import/types';
import { responseSpec, responsesFromRows } from '../../../exercises/servqual/inputs';
import { analyseWave, validateSurvey, type SurveySettings } from '../../../exercises/servqual/model';
import { ITEM_NUMBERS } from '../../../exercises/servqual/structure';
import { droppedOutsideScale, type WaveFile } from '../../../exercises/servqual/steps/shared/waveFiles';
import { datasetSummary } from '../../builders';

/**
 * Issue 12, "files that lie", for SERVQUAL: weight columns named by abbreviation were not recognised, and
 * then every response was faulted for weights it was never asked; a 1–7 file read as 1–5 lost its top answers
 * while the results said "answers outside the scale: 0".
 */

const SEVEN: SurveySettings = { scale: 7, enabledItems: [1, 5] };

/** A row as the importer types it from a file with E1, P1, E5, P5 and, when given, the five weights. */
function row(respondent: string, weights: (number | null)[] | null): TypedRow {
  const typed: TypedRow = { respondent, E1: 6, P1: 5, E5: 7, P5: 4 };
  if (weights) weights.forEach((weight, index) => (typed[`W${index + 1}`] = weight));
  else for (let index = 1; index <= 5; index++) typed[`W${index}`] = null;
  return typed;
}

describe('weight columns named by abbreviation', () => {
  it.each([
    [['W_tan', 'W_rel', 'W_res', 'W_ass', 'W_emp']],
    [['W_tang', 'W_reli', 'W_resp', 'W_assur', 'W_empa']],
    [['w-tan', 'w-rel', 'w-resp', 'w-ass', 'w-emp']],
    [['Weight_tan', 'Weight_rel', 'Weight_res', 'Weight_ass', 'Weight_emp']],
    [['Вес_мат', 'Вес_над', 'Вес_отз', 'Вес_убед', 'Вес_эмп']],
    [['В_мат', 'В_надёж', 'В_отз', 'В_уб', 'В_эмп']],
    [['W_мат', 'W_над', 'W_отз', 'W_убед', 'W_эмп']],
    [['权重_有形', '权重_可靠', '权重_响应', '权重_保证', '权重_移情']],
    [['W_有形', 'W_可靠', 'W_响应', 'W_保证', 'W_移情']],
  ])('%j', (weights) => {
    const spec = responseSpec(7, ITEM_NUMBERS);
    const mapping = proposeMapping(['ID', 'E1', 'P1', ...weights], spec);
    expect([mapping.W1, mapping.W2, mapping.W3, mapping.W4, mapping.W5]).toEqual([3, 4, 5, 6, 7]);
    expect(mapping).toMatchObject({ respondent: 0, E1: 1, P1: 2 });
  });
});

describe('a file without weights', () => {
  it('is not faulted response by response for a split it never asked', () => {
    const responses = responsesFromRows([row('R1', null), row('R2', null), row('R3', null)]);
    expect(responses.every((response) => response.weightsAsked === false)).toBe(true);
    const problems = validateSurvey(responses, SEVEN);
    expect(problems.invalidWeights).toEqual([]);
    expect(problems.weightsNotAsked).toBe(3);
    // The gaps are there; the weighting has nothing to rest on, and says so.
    const analysis = analyseWave(responses, SEVEN);
    expect(analysis.kind === 'ok' && analysis.weighting).toEqual({ kind: 'notEnoughData', reason: 'noValidWeights' });
  });

  it('leaves the other files of the wave checked as before', () => {
    const withWeights = responsesFromRows([row('A', [20, 20, 20, 20, 20]), row('B', [20, 20, 20, 20, 10]), row('C', null)]);
    const without = responsesFromRows([row('D', null)]);
    // In a file that asked, a blank split is the respondent's omission.
    expect(withWeights.some((response) => response.weightsAsked === false)).toBe(false);
    const problems = validateSurvey([...withWeights, ...without], SEVEN);
    expect(problems.invalidWeights.map((entry) => [entry.respondentId, entry.reason])).toEqual([
      ['B', 'sumNot100'],
      ['C', 'missing'],
    ]);
    expect(problems.weightsNotAsked).toBe(1);
  });

  it('answers typed into the app are checked as before', () => {
    const typed = { respondentId: 'T', expectations: Array<number | null>(22).fill(6), perceptions: Array<number | null>(22).fill(5), weights: [null, null, null, null, null] };
    expect(validateSurvey([typed], SEVEN)).toMatchObject({ invalidWeights: [{ respondentId: 'T', reason: 'missing' }], weightsNotAsked: 0 });
  });
});

describe('answers the import left out as outside the scale', () => {
  function file(fileName: string, problemCounts: WaveFile['summary']['problemCounts']): WaveFile {
    return { key: fileName, slot: 1, summary: datasetSummary(fileName, 50, { problemCounts }) };
  }

  it('are counted per file from its summary, answers only (not weights, not other problems)', () => {
    const files = [
      file('март.xlsx', [
        { code: 'outOfRange', column: 'E1', count: 120 },
        { code: 'outOfRange', column: 'P22', count: 96 },
        { code: 'outOfRange', column: 'W2', count: 3 },
        { code: 'notNumber', column: 'E3', count: 2 },
      ]),
      file('апрель.xlsx', []),
    ];
    // 120 + 96 = 216 answers, as issue 12 found them, which the wave's own rows no longer hold.
    expect(droppedOutsideScale(files)).toEqual([{ fileName: 'март.xlsx', count: 216 }]);
  });
});
