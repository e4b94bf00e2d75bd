/**
 * Builders the tests share (STYLE: shared builders over copied literals): each returns a fresh, valid object of
 * the app's own types, started from the exercise's own start states where there is one, with what the test is
 * about overridden. test/unit/builders.test.ts checks every default against the schema that reads it back.
 */
export { datasetSummary } from './datasets';
export { exerciseEntry, persistedWorkbook, workbookSettings } from './workbook';
export { importedResponses, kanoFeature, kanoState, typedResponse } from './kano';
export { enteredWave, onlyStatements, servqualState, type ServqualOverrides } from './servqual';
export { handCheckedSalesRows, roiState, tinyProgram, type RoiOverrides } from './programRoi';
export { loadOnDemandParts } from './onDemand';
