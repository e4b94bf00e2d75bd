import { useMessages } from '../../../../src/i18n/useI18n';
import { priceIndicatorsMessages } from '../../messages/priceIndicators';

/** Marks or unmarks one product; pressed while marked, and named with the product for a screen reader. */
export function MarkButton({ marked, name, onToggle }: { marked: boolean; name: string; onToggle: () => void }) {
  const t = useMessages(priceIndicatorsMessages);
  return (
    <button
      type="button"
      className={marked ? 'button pp-priceIndicators-mark pp-priceIndicators-mark--on' : 'button pp-priceIndicators-mark'}
      aria-pressed={marked}
      aria-label={t(marked ? 'priceIndicators.unmarkNamed' : 'priceIndicators.markNamed', { name })}
      onClick={onToggle}
    >
      {marked ? `✓ ${t('priceIndicators.marked')}` : t('priceIndicators.mark')}
    </button>
  );
}
