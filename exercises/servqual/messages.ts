import { defineMessages } from '../../src/i18n/translate';
import { en } from './messagesEn';
import { ru, type ServqualMessageKey } from './messagesRu';
import { zh } from './messagesZh';

/** One file per language: Russian (messagesRu.ts) is the reference whose keys the others must have. */
export const servqualMessages = defineMessages<ServqualMessageKey>({ ru, en, zh });
export type { ServqualMessageKey };
