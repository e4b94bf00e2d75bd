import { defineMessages } from '../../../../src/i18n/translate';
import { inputsMessages } from './inputs';
import { analysisMessages } from './analysis';
import { exportMessages } from './export';

/**
 * The steps' own strings (the model's words — categories, priorities, limits — are in ../../messages.ts).
 * Each file checks that en and zh have exactly the Russian keys.
 */
export const kanoStepMessages = defineMessages({
  ru: { ...inputsMessages.ru, ...analysisMessages.ru, ...exportMessages.ru },
  en: { ...inputsMessages.en, ...analysisMessages.en, ...exportMessages.en },
  zh: { ...inputsMessages.zh, ...analysisMessages.zh, ...exportMessages.zh },
});

export type KanoStepMessageKey = keyof typeof kanoStepMessages.ru;
