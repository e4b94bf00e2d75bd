import type { TypedRow } from '../../../src/data/import/types';
import { decimalCell, percentCell, type CellValue, type SheetSpec } from '../../../src/data/sheet';
import { translator } from '../../../src/i18n/translate';
import type { ExportContext } from '../../../src/workbook/contract';
import { ATTITUDE_INSTRUCTION, attitudeStatements, CES_LABELS, CES_QUESTION, CSAT_LABELS, CSAT_QUESTION, NPS_QUESTION } from '../content/questionnaire';
import { segmentLabel } from '../content/segments';
import { surveyDatasetKey } from '../inputs';
import { surveyMessages } from '../messages/survey';
import { npsGroup } from '../model/nps';
import { collectAnswers, surveyResults, type ScoreResults, type SurveyFileRows } from '../model/survey';
import type { LoyaltyState } from '../state';

/** The survey's answers as the step counts them: the participant's files and typed answers, else the demo when on. */
export async function surveyAnswerSources(state: LoyaltyState, context: ExportContext): Promise<{ demo: boolean; files: SurveyFileRows[]; notRead: string[] }> {
  const { files, typedAnswers } = state.survey;
  if (files.length === 0 && typedAnswers.length === 0) {
    if (!state.useDemoData) return { demo: false, files: [], notRead: [] };
    const { demoSurveyRows } = await import('../demo/retailer');
    return { demo: true, files: [{ fileName: 'demo', rows: demoSurveyRows() }], notRead: [] };
  }
  const stored = files.filter((file) => Object.hasOwn(context.datasets.own, surveyDatasetKey(file.id)));
  const loaded = await context.datasets.loadRows(stored.map((file) => surveyDatasetKey(file.id)));
  const read: SurveyFileRows[] = [];
  const notRead: string[] = [];
  for (const file of files) {
    const result = loaded.get(surveyDatasetKey(file.id));
    const rows: readonly TypedRow[] | null = result?.ok ? result.value : null;
    if (rows) read.push({ fileName: file.fileName, rows });
    else notRead.push(file.fileName);
  }
  return { demo: false, files: read, notRead };
}

/**
 * The questionnaire (the chosen questions as worded), the results (NPS with its interval, n and shares, CSAT, CES,
 * attitude; then per segment) and the 0–10 distribution. Numbers as numbers, shares as fractions shown as percents.
 */
export async function surveySheets(state: LoyaltyState, context: ExportContext): Promise<SheetSpec[]> {
  const { locale } = context;
  const t = translator(surveyMessages, locale);
  const survey = state.survey;
  const asks = (question: LoyaltyState['survey']['questions'][number]) => survey.questions.includes(question);
  const statements = attitudeStatements(survey, locale);
  const scaleWords = (labels: readonly string[]) => labels.map((label, index) => `${index + 1} ${label}`).join('; ');

  const questionRows: CellValue[][] = [[t('survey.export.question'), t('survey.export.wording'), t('survey.export.scale')]];
  if (asks('nps')) questionRows.push([t('question.nps'), NPS_QUESTION[locale], '0–10']);
  if (asks('csat')) questionRows.push([t('question.csat'), CSAT_QUESTION[locale], scaleWords(CSAT_LABELS[locale])]);
  if (asks('ces')) questionRows.push([t('question.ces'), CES_QUESTION[locale], scaleWords(CES_LABELS[locale])]);
  if (asks('attitude')) statements.forEach((statement) => questionRows.push([t('question.attitude'), `${ATTITUDE_INSTRUCTION[locale]} ${statement}`, '1–5']));
  if (asks('customerId')) questionRows.push([t('question.customerId'), t('paper.customer'), null]);
  if (asks('segment')) questionRows.push([t('question.segment'), t('paper.segment'), null]);

  const sources = await surveyAnswerSources(state, context);
  const { answers } = collectAnswers(sources.files, sources.demo ? [] : survey.typedAnswers);
  const results = surveyResults(answers, survey.minSegmentAnswers);
  const nps = results.nps;
  const figures = (scores: ScoreResults): CellValue[] => [
    scores.answers,
    decimalCell(scores.nps?.score, 1),
    decimalCell(scores.nps?.adjusted.margin, 1),
    decimalCell(scores.nps?.adjusted.low, 1),
    decimalCell(scores.nps?.adjusted.high, 1),
    percentCell(scores.csat?.share, 0),
    decimalCell(scores.ces?.mean, 1),
    decimalCell(scores.attitude?.mean, 1),
  ];
  const sourceText = sources.demo ? t('survey.export.sourceDemo') : t('survey.export.sourceOwn');
  const resultRows: CellValue[][] = [
    [t('survey.export.figure'), t('survey.export.value')],
    [t('survey.export.source'), sourceText],
    ...(sources.demo ? [] : [[t('survey.export.files'), survey.files.map((file) => file.fileName).join(', ') || null], [t('survey.export.typed'), survey.typedAnswers.length]]),
    ...sources.notRead.map((file): CellValue[] => [t('survey.export.notRead', { file })]),
    [t('survey.export.answers'), results.answers],
    [t('survey.export.nps'), decimalCell(nps?.score, 1)],
    [t('survey.export.margin'), decimalCell(nps?.adjusted.margin, 1)],
    [t('survey.export.low'), decimalCell(nps?.adjusted.low, 1)],
    [t('survey.export.high'), decimalCell(nps?.adjusted.high, 1)],
    [t('survey.group.promoter'), percentCell(nps?.promoterShare, 0)],
    [t('survey.group.passive'), percentCell(nps?.passiveShare, 0)],
    [t('survey.group.detractor'), percentCell(nps?.detractorShare, 0)],
    [t('survey.export.csat'), percentCell(results.csat?.share, 0)],
    [t('survey.export.ces'), decimalCell(results.ces?.mean, 1)],
    [t('survey.export.attitude'), decimalCell(results.attitude?.mean, 1)],
  ];
  if (results.segments.length > 0) {
    resultRows.push(
      [],
      [t('survey.segments.segment'), t('survey.export.answers'), t('survey.export.nps'), t('survey.export.margin'), t('survey.export.low'), t('survey.export.high'), t('survey.export.csat'), t('survey.export.ces'), t('survey.export.attitude'), t('survey.export.compared')],
      ...results.segments.map((segment): CellValue[] => [
        segment.segment === null ? t('survey.segments.unnamed') : segmentLabel(segment.segment, locale, sources.demo),
        ...figures(segment),
        segment.tooSmall ? t('survey.export.no') : t('survey.export.yes'),
      ]),
    );
  }

  return [
    { name: t('survey.export.sheet.questionnaire'), rows: questionRows, columnWidths: [36, 90, 40] },
    { name: t('survey.export.sheet.results'), rows: resultRows, columnWidths: [44, 24, 12, 14, 14, 14, 12, 12, 12, 18] },
    {
      name: t('survey.export.sheet.distribution'),
      rows: [[t('survey.chart.score'), t('survey.export.answers'), t('survey.export.group')], ...results.distribution.map((count, score): CellValue[] => [score, count, t(`survey.group.${npsGroup(score)}`)])],
      columnWidths: [10, 12, 24],
    },
  ];
}
