import { useMessages } from '../../../../src/i18n/useI18n';
import type { PriceIndicatorSuggestion } from '../../model/priceIndicators';
import { priceIndicatorsMessages } from '../../messages/priceIndicators';
import { profileReason } from './priceReading';
import { MarkButton } from './MarkButton';
import { useReasonWords } from './useReasonWords';

interface Props {
  suggestions: readonly PriceIndicatorSuggestion[];
  marked: readonly string[];
  hasPrices: boolean;
  name: (label: string) => string;
  onToggle: (label: string) => void;
}

/** The receipts' likely indicators, each with the figures that make it one and a button to mark it. */
export function Suggestions({ suggestions, marked, hasPrices, name, onToggle }: Props) {
  const t = useMessages(priceIndicatorsMessages);
  const words = useReasonWords(name);
  return (
    <section className="step-section" aria-labelledby="pp-priceIndicators-suggest">
      <h3 id="pp-priceIndicators-suggest">{t('priceIndicators.suggest.title')}</h3>
      <p className="explain">{t('priceIndicators.suggest.intro')}</p>
      {hasPrices ? null : <p className="note">{t('priceIndicators.suggest.noPrice')}</p>}
      {suggestions.length === 0 ? (
        <p className="finding">{t('priceIndicators.suggest.none')}</p>
      ) : (
        <ul className="pp-priceIndicators-suggestions">
          {suggestions.map((suggestion) => (
            <li key={suggestion.label} className="pp-priceIndicators-suggestion">
              <div>
                <strong>{name(suggestion.label)}</strong>
                <p className="pp-priceIndicators-reason">{profileReason(suggestion, words, words.separator)}</p>
              </div>
              <MarkButton marked={marked.includes(suggestion.label)} name={name(suggestion.label)} onToggle={() => onToggle(suggestion.label)} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
