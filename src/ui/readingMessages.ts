import { defineMessages } from '../i18n/translate';
import type { Message } from '../i18n/messages';

/** The heading of the plain-language reading that opens every results step (src/ui/Reading.tsx). */
const ru = {
  'reading.title': 'Что это значит',
  'reading.caution': 'Осторожно',
} satisfies Record<string, Message>;

const en: Record<keyof typeof ru, Message> = {
  'reading.title': 'What it means',
  'reading.caution': 'Caution',
};

const zh: Record<keyof typeof ru, Message> = {
  'reading.title': '结果解读',
  'reading.caution': '注意',
};

export const readingMessages = defineMessages({ ru, en, zh });
