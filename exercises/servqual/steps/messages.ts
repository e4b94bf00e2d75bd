import { defineMessages } from '../../../src/i18n/translate';
import { en } from './messagesEn';
import { ru, type UiMessageKey } from './messagesRu';
import { zh } from './messagesZh';

/** One file per language: Russian (messagesRu.ts) is the reference whose keys the others must have. */
export const uiMessages = defineMessages<UiMessageKey>({ ru, en, zh });
export type { UiMessageKey };
