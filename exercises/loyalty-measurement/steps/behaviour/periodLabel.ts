import type { Locale } from '../../../../src/i18n/locale';
import { INTL_TAG } from '../../../../src/i18n/locale';
import type { Translate } from '../../../../src/i18n/translate';
import type { RetentionPeriod } from '../../state';
import type { BehaviourMessageKey } from '../../messages/behaviour';

/** A month as the language writes it short: «янв. 2025», "Jan 2025", "2025年1月". */
export function monthLabel(iso: string, locale: Locale): string {
  const [year, month] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(INTL_TAG[locale], { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, 1)));
}

/** A period named by its first day: a month, «I кв. 2025» / "Q1 2025" / "2025年第1季度", or a year. */
export function periodLabel(start: string, period: RetentionPeriod, locale: Locale, t: Translate<BehaviourMessageKey>): string {
  const year = start.slice(0, 4);
  if (period === 'year') return year;
  if (period === 'month') return monthLabel(start, locale);
  const quarter = Math.floor((Number(start.slice(5, 7)) - 1) / 3) + 1;
  return t('behaviour.quarterLabel', { quarter: String(quarter), year });
}
