import { en } from './messagesEn';
import { ru } from './messagesRu';
import { zh } from './messagesZh';

/**
 * Strings of the import flow and the blank template, one file per language (Russian the reference, whose keys
 * the others must have: `satisfies`), with storeMessages.ts spread in.
 */
export const importMessages = { ru, en, zh };
export type { ImportMessageKey } from './messagesRu';
