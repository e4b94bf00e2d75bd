import { useMessages } from '../../../../src/i18n/useI18n';
import { priceIndicatorsMessages } from '../../messages/priceIndicators';

/**
 * Marks or unmarks one product; pressed while marked. Its name is its visible words with the product after them,
 * hidden from the eye (the card or row already shows it): a voice user says what they see.
 */
export function MarkButton({ marked, name, onToggle }: { marked: boolean; name: string; onToggle: () => void }) {
  const t = useMessages(priceIndicatorsMessages);
  return (
    <button
      type="button"
      className={marked ? 'button pp-priceIndicators-mark pp-priceIndicators-mark--on' : 'button pp-priceIndicators-mark'}
      aria-pressed={marked}
      onClick={onToggle}
    >
      {marked ? <span aria-hidden="true">✓ </span> : null}
      {t(marked ? 'priceIndicators.marked' : 'priceIndicators.mark')}{' '}
      <span className="visually-hidden">{t('priceIndicators.namedItem', { name })}</span>
    </button>
  );
}
