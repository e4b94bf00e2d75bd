import type { GroupCell, GroupSection } from '../../src/handin/format';
import { createFormatters } from '../../src/i18n/format';
import { perLocale, type LocalizedText } from '../../src/i18n/locale';
import type { Dictionaries } from '../../src/i18n/messages';
import { translator } from '../../src/i18n/translate';
import type { ExportContext, GroupDeclaration } from '../../src/workbook/contract';
import { loadBehaviourExportData } from './export/behaviour';
import { surveyAnswerSources } from './export/survey';
import { conclusionsMessages } from './messages/conclusions';
import { groupMessages } from './messages/group';
import { meaningMessages } from './messages/meaning';
import { surveyMessages } from './messages/survey';
import { measuredValues } from './model/followUp';
import { collectAnswers, scoreResults } from './model/survey';
import type { LoyaltyState } from './state';

/** A message of the exercise in every language: the trainer may read the group view in another one than the team's. */
const text = <K extends string>(dictionaries: Dictionaries<K>, key: K): LocalizedText => perLocale((locale) => translator(dictionaries, locale)(key));
const share = (value: number | null): GroupCell => ({ kind: 'percent', value, decimals: 1 });
const number = (value: number | null, decimals: number): GroupCell => ({ kind: 'number', value, decimals });

/**
 * What the trainer compares across teams: what loyalty means to the team and how many metrics its plan holds, the
 * survey's NPS with its sample and shares, CSAT and CES, and the behaviour the sales show. The figures are the
 * follow-up's, found as the export finds them: the team's survey files and sales (read in columns, as the
 * behaviour step's worker reads them), else the demo retailer's when the exercise runs on it.
 */
export const loyaltyMeasurementGroup: GroupDeclaration<LoyaltyState> = {
  summarize: async ({ state, datasets }) => {
    // The export's readers want a whole export context; only the datasets matter to what they read.
    const context: ExportContext = { locale: 'ru', format: createFormatters('ru', 'RUB'), datasets };
    const behaviour = await loadBehaviourExportData(state, context);
    const survey = await surveyAnswerSources(state, context);
    const scores = scoreResults(collectAnswers(survey.files, survey.demo ? [] : state.survey.typedAnswers).answers);
    const measured = measuredValues(scores, behaviour.result?.kind === 'ready' ? behaviour.result.figures : null);
    const nps = scores.nps;
    const view = state.meaning.view;
    const method: GroupSection = {
      id: 'method',
      title: text(groupMessages, 'group.method'),
      rows: [
        { key: 'view', label: text(meaningMessages, 'meaning.viewLegend'), cell: view === null ? number(null, 0) : { kind: 'text', value: text(meaningMessages, `view.${view}`) } },
        { key: 'planMetrics', label: text(groupMessages, 'group.planMetrics'), cell: number(state.plan.length, 0) },
      ],
    };
    const surveyFigures: GroupSection = {
      id: 'survey',
      title: text(groupMessages, 'group.survey'),
      rows: [
        { key: 'nps', label: text(conclusionsMessages, 'conclusions.figure.nps'), cell: number(nps?.score ?? null, 1) },
        { key: 'answers', label: text(surveyMessages, 'survey.export.answers'), cell: number(nps?.answers ?? null, 0) },
        { key: 'promoters', label: text(surveyMessages, 'survey.group.promoter'), cell: share(nps?.promoterShare ?? null) },
        { key: 'detractors', label: text(surveyMessages, 'survey.group.detractor'), cell: share(nps?.detractorShare ?? null) },
        { key: 'csat', label: text(conclusionsMessages, 'conclusions.figure.csat'), cell: share(measured.csat) },
        { key: 'ces', label: text(conclusionsMessages, 'conclusions.figure.ces'), cell: number(measured.ces, 2) },
      ],
    };
    const behaviourFigures: GroupSection = {
      id: 'behaviour',
      title: text(groupMessages, 'group.behaviour'),
      rows: [
        { key: 'customers', label: text(conclusionsMessages, 'conclusions.figure.customers'), cell: number(measured.customers, 0) },
        { key: 'repeatRate', label: text(conclusionsMessages, 'conclusions.figure.repeatRate'), cell: share(measured.repeatRate) },
        { key: 'retention', label: text(conclusionsMessages, 'conclusions.figure.retention'), cell: share(measured.retention) },
        { key: 'cohortRetention', label: text(conclusionsMessages, 'conclusions.figure.cohortRetention'), cell: share(measured.cohortRetention) },
        { key: 'frequency', label: text(conclusionsMessages, 'conclusions.figure.frequency'), cell: number(measured.frequency, 2) },
        { key: 'averageCheck', label: text(conclusionsMessages, 'conclusions.figure.averageCheck'), cell: { kind: 'money', value: measured.averageCheck, decimals: 0 } },
      ],
    };
    return { sections: [method, surveyFigures, behaviourFigures] };
  },
};
