import type { Formatters } from '../../i18n/format';
import { INTL_TAG, type Locale } from '../../i18n/locale';

const timeFormats = new Map<Locale, Intl.DateTimeFormat>();

function timeFormat(locale: Locale): Intl.DateTimeFormat {
  let format = timeFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_TAG[locale], { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    timeFormats.set(locale, format);
  }
  return format;
}

/**
 * When a team handed in, to the minute, in the trainer's clock: the day as the app writes days (format.date) and
 * the time. Text that is no moment is shown as written: the file said it, the trainer may still recognise it.
 */
export function momentText(iso: string, format: Formatters): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const separator = format.locale === 'zh' ? ' ' : ', ';
  return `${format.date(date)}${separator}${timeFormat(format.locale).format(date)}`;
}
