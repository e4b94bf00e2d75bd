import { defineMessages } from '../../../src/i18n/translate';
import { matrixExportMessages } from './matrixExport';
import { matrixQuadrantMessages } from './matrixQuadrants';
import { matrixReadingMessages } from './matrixReading';
import { matrixStepMessages } from './matrixStep';

/** The matrix step's strings (one file per part, each checked for the Russian keys), merged for one lookup. */
export const matrixMessages = defineMessages({
  ru: { ...matrixStepMessages.ru, ...matrixQuadrantMessages.ru, ...matrixReadingMessages.ru, ...matrixExportMessages.ru },
  en: { ...matrixStepMessages.en, ...matrixQuadrantMessages.en, ...matrixReadingMessages.en, ...matrixExportMessages.en },
  zh: { ...matrixStepMessages.zh, ...matrixQuadrantMessages.zh, ...matrixReadingMessages.zh, ...matrixExportMessages.zh },
});

export type MatrixMessageKey = keyof typeof matrixMessages.ru;
