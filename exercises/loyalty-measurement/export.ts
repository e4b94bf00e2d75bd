import type { SheetSpec } from '../../src/data/sheet';
import type { ExportContext } from '../../src/workbook/contract';
import type { LoyaltyState } from './state';
import { planSheets } from './export/plan';
import { surveyAnswerSources, surveySheets } from './export/survey';
import { behaviourSheets, loadBehaviourExportData } from './export/behaviour';
import { matrixSheets } from './export/matrix';
import { conclusionsSheets } from './export/conclusions';
import { collectAnswers, scoreResults } from './model/survey';
import { measuredValues } from './model/followUp';

/** The workbook in the order of the steps; each part builds its own sheets from the state and the stored files. */
export async function loyaltySheets(state: LoyaltyState, context: ExportContext): Promise<SheetSpec[]> {
  const behaviour = await loadBehaviourExportData(state, context);
  const survey = await surveyAnswerSources(state, context);
  const figures = behaviour.result?.kind === 'ready' ? behaviour.result.figures : null;
  const measured = measuredValues(scoreResults(collectAnswers(survey.files, state.survey.typedAnswers).answers), figures);
  return [
    ...planSheets(state, context),
    ...(await surveySheets(state, context)),
    ...behaviourSheets(state, behaviour, context),
    ...(await matrixSheets(state, context)),
    ...conclusionsSheets(state, measured, context),
  ];
}
