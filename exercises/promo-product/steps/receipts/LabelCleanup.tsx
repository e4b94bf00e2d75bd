import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { ScrollBox } from '../../../../src/ui/ScrollBox';
import type { LabelCounts } from '../../analysis/receiptsOverview';
import { receiptsCleanupMessages } from '../../messages/receiptsCleanup';
import { resolveMerge } from '../../model/baskets';
import type { ReceiptSettings } from '../../state';
import { mergeGroups, mergeLabels, setExcluded, suggestedExclusions, undoMerge } from './cleanup';

/** Rows a page of the list shows: thousands of labels are paged, never all drawn. */
export const LABELS_PER_PAGE = 50;

interface Props {
  labels: LabelCounts;
  settings: ReceiptSettings;
  itemName: (label: string) => string;
  onChange: (next: ReceiptSettings) => void;
}

/** Merge spellings and exclude non-purchases, from a searchable, paged list of the labels with their receipt counts. */
export function LabelCleanup({ labels, settings, itemName, onChange }: Props) {
  const t = useMessages(receiptsCleanupMessages);
  const format = useFormat();
  const ids = useId();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [page, setPage] = useState(0);
  const [picked, setPicked] = useState<readonly string[]>([]);
  const [name, setName] = useState('');

  // Most frequent first; names shown are searched, lower-cased once.
  const ordered = useMemo(() => {
    const order = labels.labels.map((_, index) => index).sort((a, b) => (labels.receipts[b] ?? 0) - (labels.receipts[a] ?? 0));
    return order.map((index) => {
      const label = labels.labels[index] ?? '';
      return { label, receipts: labels.receipts[index] ?? 0, search: `${itemName(label)} ${label}`.toLowerCase() };
    });
  }, [labels, itemName]);
  const found = useMemo(() => {
    const needle = deferredQuery.trim().toLowerCase();
    return needle === '' ? ordered : ordered.filter((entry) => entry.search.includes(needle));
  }, [ordered, deferredQuery]);
  const pages = Math.max(1, Math.ceil(found.length / LABELS_PER_PAGE));
  const current = Math.min(page, pages - 1);
  const shown = found.slice(current * LABELS_PER_PAGE, (current + 1) * LABELS_PER_PAGE);

  const excluded = new Set(settings.excluded);
  const suggestions = suggestedExclusions(labels.labels, itemName, settings.excluded);
  const groups = mergeGroups(settings.merges, itemName);
  const receiptsOf = new Map(ordered.map((entry) => [entry.label, entry.receipts]));

  const togglePick = (label: string) => {
    const next = picked.includes(label) ? picked.filter((p) => p !== label) : [...picked, label];
    setPicked(next);
    // The most frequent picked label names the merge until the participant types another name.
    const top = [...next].sort((a, b) => (receiptsOf.get(b) ?? 0) - (receiptsOf.get(a) ?? 0))[0];
    if (name === '' || picked.some((p) => itemName(p) === name)) setName(top === undefined ? '' : itemName(top));
  };
  const merge = () => {
    const typed = name.trim();
    // A name typed as shown for one of the picked labels keeps that label (a demo code stays a code).
    const into = picked.find((label) => itemName(label) === typed) ?? typed;
    onChange(mergeLabels(settings, picked, into));
    setPicked([]);
    setName('');
  };
  const canMerge = picked.length >= 2 && name.trim() !== '';
  const status = (label: string) => {
    const into = resolveMerge(label, settings.merges);
    if (excluded.has(label) || excluded.has(into)) return t('list.excluded');
    return into === label ? t('list.asIs') : t('list.mergedInto', { into: itemName(into) });
  };

  return (
    <section className="step-section pp-receipts-clean" aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`}>{t('clean.title')}</h3>
      <p className="explain">{t('clean.intro')}</p>

      {suggestions.length > 0 ? (
        <div className="pp-receipts-suggest">
          <h4>{t('suggest.title')}</h4>
          <ul className="pp-receipts-chips">
            {suggestions.map((label) => (
              <li key={label}>
                <span>{itemName(label)}</span>{' '}
                <button type="button" className="button pp-receipts-small" onClick={() => onChange(setExcluded(settings, [label], true))}>
                  {t('suggest.exclude')}
                </button>
              </li>
            ))}
          </ul>
          {suggestions.length > 1 ? (
            <button type="button" className="button" onClick={() => onChange(setExcluded(settings, suggestions, true))}>
              {t('suggest.excludeAll')}
            </button>
          ) : null}
        </div>
      ) : null}

      <div className="pp-receipts-columns">
        <div>
          <h4>{t('merges.title')}</h4>
          {groups.length === 0 ? <p className="pp-receipts-empty">{t('merges.none')}</p> : null}
          <ul className="pp-receipts-chips">
            {groups.map((group) => (
              <li key={group.into}>
                <span>{t('merges.group', { from: group.from.map(itemName).join(', '), into: itemName(group.into) })}</span>{' '}
                <button type="button" className="button pp-receipts-small" onClick={() => onChange(undoMerge(settings, group.into))}>
                  {t('merges.undo')}
                </button>
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h4>{t('excluded.title')}</h4>
          {settings.excluded.length === 0 ? <p className="pp-receipts-empty">{t('excluded.none')}</p> : null}
          <ul className="pp-receipts-chips">
            {settings.excluded.map((label) => (
              <li key={label}>
                <span>{itemName(label)}</span>{' '}
                <button type="button" className="button pp-receipts-small" onClick={() => onChange(setExcluded(settings, [label], false))}>
                  {t('list.restore')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      </div>

      <h4 id={`${ids}-list`}>{t('list.title')}</h4>
      <div className="pp-receipts-tools">
        <label className="pp-receipts-search">
          <span>{t('list.search')}</span>
          <input
            type="search"
            value={query}
            onChange={(event) => {
              setQuery(event.currentTarget.value);
              setPage(0);
            }}
          />
        </label>
        <div className="pp-receipts-merge" role="group" aria-label={t('merge.apply')}>
          <p className="note" aria-live="polite">
            {picked.length === 0 ? t('merge.needTwo') : t('merge.picked', { count: picked.length })}
          </p>
          {picked.length > 0 ? (
            <>
              <label className="pp-receipts-search">
                <span>{t('merge.name')}</span>
                <input type="text" value={name} onChange={(event) => setName(event.currentTarget.value)} />
              </label>
              <div className="pp-receipts-actions">
                <button type="button" className="button button--primary" disabled={!canMerge} onClick={merge}>
                  {t('merge.apply')}
                </button>
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    setPicked([]);
                    setName('');
                  }}
                >
                  {t('merge.clear')}
                </button>
              </div>
              {picked.length >= 2 && name.trim() === '' ? <p className="note">{t('merge.needName')}</p> : null}
            </>
          ) : null}
        </div>
      </div>
      {found.length === 0 ? (
        <p className="note">{t('list.nothing')}</p>
      ) : (
        <>
          <ScrollBox label={t('list.title')}>
            <table className="table-cards pp-receipts-labels" aria-labelledby={`${ids}-list`}>
              <thead>
                <tr>
                  <th scope="col">
                    <span className="visually-hidden">{t('merge.apply')}</span>
                  </th>
                  <th scope="col">{t('list.name')}</th>
                  <th scope="col" className="number">
                    {t('list.receipts')}
                  </th>
                  <th scope="col">{t('list.state')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('list.exclude')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.map(({ label, receipts }) => {
                  const isExcluded = excluded.has(label);
                  return (
                    <tr key={label}>
                      <td>
                        <input type="checkbox" checked={picked.includes(label)} aria-label={t('list.pick', { name: itemName(label) })} onChange={() => togglePick(label)} />
                      </td>
                      <th scope="row">{itemName(label)}</th>
                      <td className="number" data-label={t('list.receipts')}>
                        {format.integer(receipts)}
                      </td>
                      <td data-label={t('list.state')}>{status(label)}</td>
                      <td>
                        <button type="button" className="button pp-receipts-small" onClick={() => onChange(setExcluded(settings, [label], !isExcluded))}>
                          {isExcluded ? t('list.restore') : t('list.exclude')}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollBox>
          <div className="pp-receipts-pager">
            <button type="button" className="button" disabled={current === 0} onClick={() => setPage(current - 1)}>
              {t('list.previous')}
            </button>
            <span aria-live="polite">{t('list.shown', { from: current * LABELS_PER_PAGE + 1, to: current * LABELS_PER_PAGE + shown.length, total: found.length })}</span>
            <button type="button" className="button" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
              {t('list.next')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
