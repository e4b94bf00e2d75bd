import { useId, useMemo, useState } from 'react';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { filterIndicators, sortIndicators, type ItemIndicators } from '../../model/indicators';
import { priceIndicatorsMessages } from '../../messages/priceIndicators';

/** Checkboxes a list shows at once: thousands of products are found by searching, not by scrolling. */
export const PICKER_ROWS = 30;

/** Every product, most receipts first, searchable by name, each with a checkbox that marks it. */
export function ProductPicker({ items, marked, name, onToggle }: { items: readonly ItemIndicators[]; marked: readonly string[]; name: (label: string) => string; onToggle: (label: string) => void }) {
  const t = useMessages(priceIndicatorsMessages);
  const format = useFormat();
  const id = useId();
  const [search, setSearch] = useState('');
  const ranked = useMemo(() => sortIndicators(items, 'penetration', 'descending', name), [items, name]);
  const found = useMemo(() => filterIndicators(ranked, { search, minPenetration: 0 }, name), [ranked, search, name]);
  const shown = found.slice(0, PICKER_ROWS);
  return (
    <section className="step-section pp-priceIndicators-picker-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('priceIndicators.all.title')}</h3>
      <label className="pp-indicators-filter">
        <span>{t('priceIndicators.all.search')}</span>
        <input type="text" enterKeyHint="search" value={search} onChange={(event) => setSearch(event.target.value)} />
      </label>
      {found.length === 0 ? <p className="note">{t('priceIndicators.all.nothing')}</p> : null}
      <ul className="pp-priceIndicators-picker" aria-label={t('priceIndicators.all.label')}>
        {shown.map((item) => (
          <li key={item.label}>
            <label>
              <input type="checkbox" checked={marked.includes(item.label)} onChange={() => onToggle(item.label)} />{' '}
              {t('priceIndicators.all.item', { name: name(item.label), share: format.percent(item.penetration) })}
            </label>
          </li>
        ))}
      </ul>
      {found.length > shown.length ? <p className="note">{t('priceIndicators.all.more', { shown: format.integer(shown.length), total: format.integer(found.length) })}</p> : null}
    </section>
  );
}
