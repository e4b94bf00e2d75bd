import { useMemo } from 'react';
import type { StepProps } from '../../../src/workbook/contract';
import { useMessages } from '../../../src/i18n/useI18n';
import { Reading } from '../../../src/ui/Reading';
import { spansAMonth } from '../model/indicators';
import { priceProfiles, suggestPriceIndicators, togglePriceIndicator } from '../model/priceIndicators';
import type { PromoProductState } from '../state';
import { priceIndicatorsMessages } from '../messages/priceIndicators';
import { useItemName } from './shared/useReceipts';
import { useIndicators } from './indicators/useIndicators';
import { IndicatorsStatus } from './indicators/IndicatorsStatus';
import { fileHas } from './indicators/columns';
import { priceReading } from './priceIndicators/priceReading';
import { useReasonWords } from './priceIndicators/useReasonWords';
import { Suggestions } from './priceIndicators/Suggestions';
import { MarkedList } from './priceIndicators/MarkedList';
import { ProductPicker } from './priceIndicators/ProductPicker';
import './indicators/indicators.css';
import './priceIndicators/priceIndicators.css';

/** Step 4 "Price indicators": the participant marks the products the store's price image rests on, helped by the receipts' suggestions. */
export default function PriceIndicatorsStep({ state, update, presenter }: StepProps<PromoProductState>) {
  const t = useMessages(priceIndicatorsMessages);
  const { origin, view } = useIndicators(state);
  const name = useItemName(origin);
  const words = useReasonWords(name);
  const result = view.kind === 'ready' ? view.result : null;
  const suggestions = useMemo(() => (result ? suggestPriceIndicators(result.items, result.totals.days) : []), [result]);
  const profiles = useMemo(() => (result ? priceProfiles(result.items, result.totals.days) : null), [result]);
  const marked = state.priceIndicators;
  const absent = profiles ? marked.filter((label) => !profiles.has(label)) : [];
  const has = result ? fileHas(result.items, result.totals) : null;
  const toggle = (label: string) => update((current) => ({ ...current, priceIndicators: togglePriceIndicator(current.priceIndicators, label) }));
  const advice = (
    <section className="step-section" aria-labelledby="pp-priceIndicators-advice">
      <h3 id="pp-priceIndicators-advice">{t('priceIndicators.advice.title')}</h3>
      <ul className="pp-priceIndicators-advice explain">
        <li>{t('priceIndicators.advice.steady')}</li>
        <li>{t('priceIndicators.advice.noPromo')}</li>
        <li>{t('priceIndicators.advice.watch')}</li>
      </ul>
    </section>
  );
  return (
    <>
      {result ? <Reading reading={priceReading(marked, absent, suggestions, words)} /> : null}
      <IndicatorsStatus origin={origin} view={view} onUseDemo={() => update((current) => ({ ...current, useDemoData: true }))} />
      <p className="explain">{t('priceIndicators.intro')}</p>
      {presenter ? null : advice}
      <MarkedList
        marked={marked}
        profiles={profiles}
        perMonth={result !== null && spansAMonth(result.totals.days)}
        hasCustomers={has?.customers ?? false}
        hasPrices={has?.money ?? false}
        name={name}
        onToggle={toggle}
      />
      {result ? <Suggestions suggestions={suggestions} marked={marked} hasPrices={has?.money ?? false} name={name} onToggle={toggle} /> : null}
      {presenter ? advice : null}
      {result ? <ProductPicker items={result.items} marked={marked} name={name} onToggle={toggle} /> : null}
    </>
  );
}
