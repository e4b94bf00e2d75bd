import type { ExportContext } from '../../src/workbook/contract';
import { decimalCell, percentCell, type CellValue, type SheetSpec } from '../../src/data/sheet';
import { translator } from '../../src/i18n/translate';
import type { TypedRow } from '../../src/data/import/types';
import { featureText, segmentLabel } from './content';
import { analyseSurvey, evaluateAnswerPair, KANO_CATEGORIES, priorityList } from './model';
import { KANO_ANSWER_CODES } from './questions';
import { kanoMessages } from './messages';
import type { KanoState } from './state';
import { kanoStepMessages } from './steps/messages';
import { allResponses } from './steps/shared/importedResponses';
import { featureQuestions, questionnaireLocale } from './steps/shared/questionWording';

/**
 * What the exercise's toSheets runs: reads the rows of every imported answers file from IndexedDB, then
 * writes the sheets. A file progress no longer lists (its summary is gone) is not read, as on the steps.
 */
export async function kanoSheetsWithImports(state: KanoState, context: ExportContext): Promise<SheetSpec[]> {
  const summaries = context.datasets.own;
  const stored = state.imports.map((entry) => entry.datasetId).filter((datasetId) => Object.hasOwn(summaries, datasetId));
  const loaded = await context.datasets.loadRows(stored);
  const rows = new Map<string, readonly TypedRow[]>();
  for (const [datasetId, result] of loaded) if (result.ok) rows.set(datasetId, result.value);
  return kanoSheets(state, context, rows);
}

/**
 * Features, questions, answers, results per feature and decisions, numbers as numbers (shares as fractions shown as percents).
 * Answers come from the typed-in forms and from every imported file whose rows are given; a file without
 * rows (not readable from the browser's storage) is named on the Answers and Results sheets.
 */
export function kanoSheets(state: KanoState, { locale }: ExportContext, importedRows: ReadonlyMap<string, readonly TypedRow[]> = new Map()): SheetSpec[] {
  const t = translator(kanoStepMessages, locale);
  const model = translator(kanoMessages, locale);
  // Features by the names the steps show (an unnamed one is "Свойство 3", as in the lists); ids stay internal.
  const names = new Map(state.features.map((feature, index) => [feature.id, featureText(feature, locale).name.trim() || t('features.untitled', { number: index + 1 })]));
  const { responses, missing } = allResponses(state, (entry) => importedRows.get(entry.datasetId) ?? null);
  const notReadRows = missing.map((entry): CellValue[] => [t('export.notRead', { file: entry.fileName })]);
  const results = analyseSurvey(state.features, responses).overall;
  const printLocale = questionnaireLocale(state.questionnaire, locale);
  // A response's source is a dataset id inside the app; the reader knows the file by its name.
  const sourceName = (source: string) => (source === 'typed' ? t('export.typedSource') : (state.imports.find((entry) => entry.datasetId === source)?.fileName ?? null));

  const featuresSheet: SheetSpec = {
    name: t('export.sheet.features'),
    rows: [
      [t('export.number'), t('export.name'), t('export.description')],
      ...state.features.map((feature, index): CellValue[] => [index + 1, names.get(feature.id) ?? null, featureText(feature, locale).description]),
    ],
    columnWidths: [6, 40, 60],
  };

  const questionsSheet: SheetSpec = {
    name: t('export.sheet.questions'),
    rows: [
      [t('export.number'), t('export.name'), t('export.functional'), t('export.dysfunctional'), t('export.importanceQuestion')],
      ...state.features.map((feature, index): CellValue[] => {
        const questions = featureQuestions(feature, state.questionnaire, printLocale);
        return [index + 1, featureText(feature, printLocale).name.trim() || t('features.untitled', { number: index + 1 }), questions.functional, questions.dysfunctional, questions.importance];
      }),
    ],
    columnWidths: [6, 36, 60, 60, 60],
  };

  const answerRows: CellValue[][] = responses
    .filter((response) => names.has(response.featureId))
    .map((response) => [
      sourceName(response.source),
      response.respondent,
      response.segment === null ? null : segmentLabel(response.segment, locale),
      names.get(response.featureId) ?? null,
      response.functional === null ? null : KANO_ANSWER_CODES[response.functional],
      response.dysfunctional === null ? null : KANO_ANSWER_CODES[response.dysfunctional],
      response.importance,
      response.functional !== null && response.dysfunctional !== null ? evaluateAnswerPair(response.functional, response.dysfunctional) : null,
    ]);
  const answersSheet: SheetSpec = {
    name: t('export.sheet.answers'),
    rows: [
      [t('export.source'), t('export.respondent'), t('export.segment'), t('export.name'), t('export.functionalCode'), t('export.dysfunctionalCode'), t('export.importance'), t('export.category')],
      ...answerRows,
      ...notReadRows,
    ],
    columnWidths: [24, 14, 20, 36, 14, 14, 12, 10],
  };

  const resultsSheet: SheetSpec = {
    name: t('export.sheet.results'),
    rows: [
      [
        t('export.name'),
        'n',
        ...KANO_CATEGORIES,
        ...KANO_CATEGORIES.map((category) => t('export.share', { category })),
        t('export.category'),
        t('export.categoryName'),
        t('export.strength'),
        t('export.mixed'),
        t('export.fong'),
        'Better',
        'Worse',
        t('export.importance'),
        t('export.functionalMean'),
        t('export.dysfunctionalMean'),
      ],
      ...results.features.map((result): CellValue[] => {
        const c = result.classification;
        const name = names.get(result.featureId) ?? null;
        const continuous = result.continuous.kind === 'ok' ? result.continuous : null;
        // As the results table and charts show them: importance with one decimal, the continuous scores with two.
        const tail: CellValue[] = [decimalCell(result.importance?.mean, 1), decimalCell(continuous?.functional.mean, 2), decimalCell(continuous?.dysfunctional.mean, 2)];
        if (c.kind !== 'ok') return [name, 0, ...KANO_CATEGORIES.map(() => 0), ...KANO_CATEGORIES.map(() => null), null, model('result.notEnoughData'), null, null, null, null, null, ...tail];
        const bw = c.betterWorse.kind === 'ok' ? c.betterWorse : null;
        return [
          name,
          c.n,
          ...KANO_CATEGORIES.map((category) => c.counts[category]),
          // Shares in whole percents and strength with one decimal, Better/Worse with two: as the results table shows them.
          ...KANO_CATEGORIES.map((category) => percentCell(c.shares[category], 0)),
          c.category,
          model(`category.${c.category}.name`),
          decimalCell(c.strengthPoints, 1),
          c.mixed ? t('export.yes') : t('export.no'),
          c.fong.significant ? t('export.yes') : t('export.no'),
          decimalCell(bw?.better, 2),
          decimalCell(bw?.worse, 2),
          ...tail,
        ];
      }),
      // The results leave those files out too: said beside the figures, not only on the Answers sheet.
      ...(notReadRows.length > 0 ? [[], ...notReadRows] : []),
    ],
    columnWidths: [36, 6, 6, 6, 6, 6, 6, 6, 9, 9, 9, 9, 9, 9, 8, 20, 12, 12, 12, 9, 9, 12, 12, 12],
  };

  const decisionsSheet: SheetSpec = {
    name: t('export.sheet.decisions'),
    rows: [
      [t('export.rank'), t('export.name'), t('export.recommendation'), t('export.category'), t('export.decision'), t('export.note')],
      ...priorityList(results.features).map((item): CellValue[] => {
        const feature = state.features.find((candidate) => candidate.id === item.featureId);
        return [
          item.rank,
          names.get(item.featureId) ?? null,
          model(`priority.${item.action}.title`),
          item.category,
          feature ? t(`decisions.decision.${feature.decision}`) : null,
          feature?.note ?? null,
        ];
      }),
      [],
      [t('decisions.notes'), state.notes],
    ],
    columnWidths: [8, 36, 36, 10, 28, 60],
  };

  return [featuresSheet, questionsSheet, answersSheet, resultsSheet, decisionsSheet];
}
