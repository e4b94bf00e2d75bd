import { defineMessages } from '../../../src/i18n/translate';
import { discountMessages } from './discount';
import { economicsMessages } from './economics';
import { resultsMessages } from './results';
import { sensitivityMessages } from './sensitivity';
import { evaluationMessages } from './evaluation';
import { conclusionsMessages } from './conclusions';
import { exportMessages } from './export';
import { readingMessages } from './reading';

/**
 * The exercise's strings, one file per step (each checks that en and zh have exactly the Russian keys);
 * merged here so the steps and the export look every key up in one dictionary.
 */
export const roiMessages = defineMessages({
  ru: { ...discountMessages.ru, ...economicsMessages.ru, ...resultsMessages.ru, ...sensitivityMessages.ru, ...evaluationMessages.ru, ...conclusionsMessages.ru, ...exportMessages.ru, ...readingMessages.ru },
  en: { ...discountMessages.en, ...economicsMessages.en, ...resultsMessages.en, ...sensitivityMessages.en, ...evaluationMessages.en, ...conclusionsMessages.en, ...exportMessages.en, ...readingMessages.en },
  zh: { ...discountMessages.zh, ...economicsMessages.zh, ...resultsMessages.zh, ...sensitivityMessages.zh, ...evaluationMessages.zh, ...conclusionsMessages.zh, ...exportMessages.zh, ...readingMessages.zh },
});

export type RoiMessageKey = keyof typeof roiMessages.ru;
