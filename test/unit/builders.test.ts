import { describe, expect, it } from 'vitest';
import { kanoStateSchema } from '../../exercises/kano/state';
import { servqualStateSchema } from '../../exercises/servqual/state';
import { programInputsSchema, roiStateSchema } from '../../exercises/program-roi/state';
import { salesFromRows, validateProgramInputs } from '../../exercises/program-roi/model';
import { datasetSummarySchema, exerciseEntrySchema, persistedWorkbookSchema, settingsSchema } from '../../src/store/schema';
import {
  datasetSummary,
  enteredWave,
  exerciseEntry,
  handCheckedSalesRows,
  importedResponses,
  kanoFeature,
  kanoState,
  onlyStatements,
  persistedWorkbook,
  roiState,
  servqualState,
  tinyProgram,
  typedResponse,
  workbookSettings,
} from '../builders';

// A builder that drifts from the state type or its schema fails here, not in the test that happens to use it:
// each default, and each part built into a state, is read back by the schema the app reads it with.
describe('the test builders build what the app accepts', () => {
  it('Kano: the blank and demo starts, a feature of one’s own, a typed-in form and an imported file', () => {
    for (const state of [
      kanoState(),
      kanoState({}, 'demo'),
      kanoState({
        features: [kanoFeature('wifi', 'Бесплатный Wi-Fi')],
        responses: [typedResponse('1', { wifi: { functional: 'like', dysfunctional: 'neutral', importance: null } })],
        imports: [importedResponses('answers-1', 'ответы.xlsx', 2)],
      }),
    ]) {
      expect(kanoStateSchema.parse(state)).toEqual(state);
    }
  });

  it('SERVQUAL: the blank and demo starts, two statements asked, a typed-in wave', () => {
    for (const state of [servqualState(), servqualState({}, 'demo'), servqualState({ questionnaire: { statements: onlyStatements(1, 5) }, waves: [enteredWave('w1', '2026-03-01')] })]) {
      expect(servqualStateSchema.parse(state)).toEqual(state);
    }
    expect(onlyStatements(1, 5).filter((statement) => statement.enabled).map((statement) => statement.item)).toEqual([1, 5]);
  });

  it('ROI: the blank and demo starts, a section changed field by field, the tiny program and the hand-checked sales', () => {
    for (const state of [roiState(), roiState({}, 'demo'), roiState({ evaluation: { launchDate: '2024-03-01' } }, 'demo')]) {
      expect(roiStateSchema.parse(state)).toEqual(state);
    }
    expect(roiState({ evaluation: { launchDate: '2024-03-01' } }, 'demo').evaluation).toEqual({ ...roiState({}, 'demo').evaluation, launchDate: '2024-03-01' });
    expect(programInputsSchema.parse(tinyProgram())).toEqual(tinyProgram());
    expect(validateProgramInputs(tinyProgram())).toEqual([]);
    const sales = salesFromRows(handCheckedSalesRows());
    expect([sales.sales.length, sales.unusableRows, sales.unrecognisedMemberValues]).toEqual([14, 0, 0]);
  });

  it('the store: a dataset summary, an exercise entry, settings and a whole workbook', () => {
    expect(datasetSummarySchema.parse(datasetSummary('продажи.csv', 3))).toEqual(datasetSummary('продажи.csv', 3));
    expect(exerciseEntrySchema.parse(exerciseEntry({ state: roiState() }))).toEqual(exerciseEntry({ state: roiState() }));
    expect(settingsSchema.parse(workbookSettings())).toEqual(workbookSettings());
    const workbook = persistedWorkbook({ exercises: { kano: exerciseEntry({ state: kanoState() }) }, myData: { sales: datasetSummary('продажи.csv', 3) } });
    expect(persistedWorkbookSchema.parse(workbook)).toEqual(workbook);
  });
});
