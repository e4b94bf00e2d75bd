import { defineMessages } from '../../../src/i18n/translate';
import { candidatesEconomicsMessages } from './candidatesEconomics';
import { candidatesExportMessages } from './candidatesExport';
import { candidatesScoreMessages } from './candidatesScore';

/** The candidates step's strings (one file per part, each checked for the Russian keys), merged for one lookup. */
export const candidatesMessages = defineMessages({
  ru: { ...candidatesScoreMessages.ru, ...candidatesEconomicsMessages.ru, ...candidatesExportMessages.ru },
  en: { ...candidatesScoreMessages.en, ...candidatesEconomicsMessages.en, ...candidatesExportMessages.en },
  zh: { ...candidatesScoreMessages.zh, ...candidatesEconomicsMessages.zh, ...candidatesExportMessages.zh },
});

export type CandidatesMessageKey = keyof typeof candidatesMessages.ru;
