import { defineMessages } from '../../../src/i18n/translate';
import { surveyAnswersMessages } from './surveyAnswers';
import { surveyQuestionnaireMessages } from './surveyQuestionnaire';
import { surveyResultsMessages } from './surveyResults';
import { surveyExportMessages } from './surveyExport';

/** The survey step's strings in one dictionary; each part checks that en and zh have exactly the Russian keys. */
export const surveyMessages = defineMessages({
  ru: { ...surveyResultsMessages.ru, ...surveyAnswersMessages.ru, ...surveyQuestionnaireMessages.ru, ...surveyExportMessages.ru },
  en: { ...surveyResultsMessages.en, ...surveyAnswersMessages.en, ...surveyQuestionnaireMessages.en, ...surveyExportMessages.en },
  zh: { ...surveyResultsMessages.zh, ...surveyAnswersMessages.zh, ...surveyQuestionnaireMessages.zh, ...surveyExportMessages.zh },
});

export type SurveyMessageKey = keyof typeof surveyMessages.ru;
