import { useId, useMemo, useState } from 'react';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { ScrollBox } from '../../../../src/ui/ScrollBox';
import { filterIndicators, sortIndicators, type BasketTotals, type IndicatorSortKey, type ItemIndicators, type SortDirection } from '../../model/indicators';
import type { BasketLevel } from '../../state';
import { indicatorsMessages } from '../../messages/indicators';
import { figureColumns, fileHas } from './columns';
import { FigureMeanings } from './FigureMeanings';

/** Rows a page shows: a table of 5,000 products is paged, the filter and the sort work on all of them. */
export const PAGE_SIZE = 50;
const MIN_PENETRATIONS = [0, 0.005, 0.01, 0.02, 0.05, 0.1];

interface Props {
  items: readonly ItemIndicators[];
  totals: BasketTotals;
  level: BasketLevel;
  name: (label: string) => string;
}

/** Every item's figures: sortable by each column, searchable by name, filtered by penetration, paged. */
export function IndicatorsTable({ items, totals, level, name }: Props) {
  const t = useMessages(indicatorsMessages);
  const format = useFormat();
  const id = useId();
  const [sort, setSort] = useState<{ key: IndicatorSortKey; direction: SortDirection }>({ key: 'penetration', direction: 'descending' });
  const [search, setSearch] = useState('');
  const [minPenetration, setMinPenetration] = useState(0);
  const [page, setPage] = useState(0);
  const has = fileHas(items, totals);
  const columns = figureColumns(has);
  const shown = useMemo(
    () => sortIndicators(filterIndicators(items, { search, minPenetration }, name), sort.key, sort.direction, name),
    [items, search, minPenetration, name, sort],
  );
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const rows = shown.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);

  const sortBy = (key: IndicatorSortKey) => {
    // A figure opens with its biggest values, the name from A.
    setSort((previous) => ({ key, direction: previous.key === key ? (previous.direction === 'ascending' ? 'descending' : 'ascending') : key === 'name' ? 'ascending' : 'descending' }));
    setPage(0);
  };
  const header = (key: IndicatorSortKey, label: string, numeric: boolean) => (
    <th key={key} scope="col" className={numeric ? 'number' : undefined} aria-sort={sort.key === key ? sort.direction : undefined}>
      <button type="button" className="pp-indicators-sort" onClick={() => sortBy(key)}>
        {label}
        {sort.key === key ? (
          <span aria-hidden="true" className="pp-indicators-sort__arrow">
            {sort.direction === 'ascending' ? '▲' : '▼'}
          </span>
        ) : null}
      </button>
    </th>
  );
  const nameLabel = t(`indicators.col.name.${level}`);

  return (
    <section className="step-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t(`indicators.table.title.${level}`)}</h3>
      <FigureMeanings columns={columns.map((column) => column.key)} days={totals.days} />
      <MissingNotes has={has} />
      <div className="pp-indicators-filters">
        <label className="pp-indicators-filter">
          <span>{t('indicators.filter.search')}</span>
          {/* A text field, not type="search": the walk's landmark rule reads two searchboxes on the printed report as two "search" landmarks. */}
          <input
            type="text"
            enterKeyHint="search"
            value={search}
            onChange={(event) => {
              setSearch(event.target.value);
              setPage(0);
            }}
          />
        </label>
        <label className="pp-indicators-filter">
          <span>{t('indicators.filter.minPenetration')}</span>
          <select
            value={minPenetration}
            onChange={(event) => {
              setMinPenetration(Number(event.target.value));
              setPage(0);
            }}
          >
            {MIN_PENETRATIONS.map((share) => (
              <option key={share} value={share}>
                {share === 0 ? t('indicators.filter.any') : t('indicators.filter.atLeast', { share: format.percent(share) })}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="note" aria-live="polite">
        {shown.length === 0 ? t('indicators.filter.nothing') : t('indicators.filter.shown', { shown: format.integer(shown.length), total: format.integer(items.length) })}
      </p>
      <p className="explain explain--detail">{t('indicators.table.sortHint')}</p>
      {rows.length > 0 ? (
        <ScrollBox label={t('indicators.table.caption')} className="pp-indicators-table">
          <table aria-label={t('indicators.table.caption')}>
            <thead>
              <tr>
                {header('name', nameLabel, false)}
                {columns.map((column) => header(column.key, t(`indicators.col.${column.key}`), true))}
              </tr>
            </thead>
            <tbody>
              {rows.map((item) => (
                <tr key={item.item}>
                  <th scope="row">{name(item.label)}</th>
                  {columns.map((column) => (
                    <td key={column.key} className="number">
                      {column.text(item, format)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      ) : null}
      {pages > 1 ? (
        <p className="note print-only">
          {t('indicators.page.printed', { from: format.integer(current * PAGE_SIZE + 1), to: format.integer(current * PAGE_SIZE + rows.length), total: format.integer(shown.length) })}
        </p>
      ) : null}
      {pages > 1 ? (
        <nav className="pp-indicators-pages" aria-label={t('indicators.page.label')}>
          <button type="button" className="button" disabled={current === 0} onClick={() => setPage(current - 1)}>
            {t('indicators.page.previous')}
          </button>
          <span>{t('indicators.page.range', { from: format.integer(current * PAGE_SIZE + 1), to: format.integer(current * PAGE_SIZE + rows.length), total: format.integer(shown.length) })}</span>
          <button type="button" className="button" disabled={current === pages - 1} onClick={() => setPage(current + 1)}>
            {t('indicators.page.next')}
          </button>
        </nav>
      ) : null}
    </section>
  );
}

/** One line for each kind of figure the file cannot give, and why. */
function MissingNotes({ has }: { has: ReturnType<typeof fileHas> }) {
  const t = useMessages(indicatorsMessages);
  const notes = [has.customers ? null : t('indicators.missing.customers'), has.money ? null : t('indicators.missing.money'), has.cost ? null : t('indicators.missing.cost')].filter((note) => note !== null);
  if (notes.length === 0) return null;
  return (
    <ul className="note pp-indicators-missing">
      {notes.map((note) => (
        <li key={note}>{note}</li>
      ))}
    </ul>
  );
}
