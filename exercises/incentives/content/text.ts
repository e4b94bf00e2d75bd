import type { LocalizedText } from '../../../src/i18n/locale';

/** One text in the three languages, written in the order the content files keep: Russian, English, Chinese. */
export function text(ru: string, en: string, zh: string): LocalizedText {
  return { ru, en, zh };
}
