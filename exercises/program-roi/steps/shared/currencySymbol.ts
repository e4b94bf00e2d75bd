import { INTL_TAG } from '../../../../src/i18n/locale';
import { useFormat } from '../../../../src/i18n/useI18n';

/** The chosen currency's short sign for a field suffix ("₽", "$"), as the language writes it; the code if it has none. */
export function useCurrencySymbol(): string {
  const { locale, currency } = useFormat();
  try {
    const parts = new Intl.NumberFormat(INTL_TAG[locale], { style: 'currency', currency, currencyDisplay: 'narrowSymbol' }).formatToParts(0);
    return parts.find((part) => part.type === 'currency')?.value ?? currency;
  } catch {
    // An unknown code in an old backup must not break the step.
    return currency;
  }
}
