import { defineMessages } from '../../i18n/translate';
import type { Message } from '../../i18n/messages';

/** The date field: what to type, and the calendar beside it. */
const ru = {
  'date.openCalendar': 'Выбрать дату в календаре',
  'date.closeCalendar': 'Закрыть календарь',
  'date.calendar': 'Календарь',
  'date.invalid': '«{text}» не читается как дата. Введите её так: {example}, или выберите в календаре.',
  'date.required': 'Здесь нужна дата: введите её так: {example}, или выберите в календаре.',
  'date.beforeMin': 'Дата не может быть раньше {min}.',
  'date.afterMax': 'Дата не может быть позже {max}.',
};

export type DateMessageKey = keyof typeof ru;

const en = {
  'date.openCalendar': 'Pick the date in a calendar',
  'date.closeCalendar': 'Close the calendar',
  'date.calendar': 'Calendar',
  'date.invalid': '“{text}” does not read as a date. Type it like {example}, or pick it in the calendar.',
  'date.required': 'A date is needed here: type it like {example}, or pick it in the calendar.',
  'date.beforeMin': 'The date cannot be before {min}.',
  'date.afterMax': 'The date cannot be after {max}.',
} satisfies Record<DateMessageKey, Message>;

const zh = {
  'date.openCalendar': '在日历中选择日期',
  'date.closeCalendar': '关闭日历',
  'date.calendar': '日历',
  'date.invalid': '无法将“{text}”识别为日期。请按 {example} 的格式输入，或在日历中选择。',
  'date.required': '此处需要日期：请按 {example} 的格式输入，或在日历中选择。',
  'date.beforeMin': '日期不能早于 {min}。',
  'date.afterMax': '日期不能晚于 {max}。',
} satisfies Record<DateMessageKey, Message>;

export const dateMessages = defineMessages({ ru, en, zh });
