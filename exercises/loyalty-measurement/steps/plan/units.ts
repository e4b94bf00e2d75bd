import { INTL_TAG, type Locale } from '../../../../src/i18n/locale';
import type { Translate } from '../../../../src/i18n/translate';
import type { MetricUnit } from '../../content/catalogue';
import type { PlanMessageKey } from '../../messages/plan';

/** The currency's sign as the language writes it (₽, $, ¥), for an amount's suffix. */
function currencySign(currency: string, locale: Locale): string {
  const parts = new Intl.NumberFormat(INTL_TAG[locale], { style: 'currency', currency }).formatToParts(0);
  return parts.find((part) => part.type === 'currency')?.value ?? currency;
}

/** What follows a target or an alarm: "%", "пунктов", "дней", "раз", "₽". */
export function unitSuffix(unit: MetricUnit, t: Translate<PlanMessageKey>, currency: string, locale: Locale): string {
  if (unit === 'percent') return '%';
  if (unit === 'money') return currencySign(currency, locale);
  return t(`unit.${unit}`);
}
