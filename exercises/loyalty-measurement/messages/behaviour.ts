import { defineMessages } from '../../../src/i18n/translate';
import { behaviourSetupMessages } from './behaviourSetup';
import { behaviourResultsMessages } from './behaviourResults';
import { behaviourExportMessages } from './behaviourExport';

/** Step "behaviour from sales": its data and settings, its results, its export sheets, in one dictionary. */
export const behaviourMessages = defineMessages({
  ru: { ...behaviourSetupMessages.ru, ...behaviourResultsMessages.ru, ...behaviourExportMessages.ru },
  en: { ...behaviourSetupMessages.en, ...behaviourResultsMessages.en, ...behaviourExportMessages.en },
  zh: { ...behaviourSetupMessages.zh, ...behaviourResultsMessages.zh, ...behaviourExportMessages.zh },
});

export type BehaviourMessageKey = keyof typeof behaviourMessages.ru;
