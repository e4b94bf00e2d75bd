import { useId } from 'react';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { ScrollBox } from '../../../../src/ui/ScrollBox';
import { PAGE_SIZE, type ValueRow, type ValueSortKey, type ValueTable, type ValueTableRequest } from '../../analysis/valueAnalysis';
import { valueModelMessages } from '../../messages/valueModel';

type Column = { key: keyof ValueRow; sort: ValueSortKey | null; text: (row: ValueRow) => string };

/**
 * One page of customers as the worker sorted them (never the whole base in the page); a column heading sorts
 * by it, the buttons turn pages. Model columns are left out when the model is not fitted.
 */
export function CustomerTable({ table, fitted, request, onChange }: { table: ValueTable; fitted: boolean; request: ValueTableRequest; onChange: (next: ValueTableRequest) => void }) {
  const t = useMessages(valueModelMessages);
  const format = useFormat();
  const id = useId();
  const dash = '—';
  const value = (amount: number | null, digits = 0) => (amount === null ? dash : format.money(amount, digits));
  const columns: Column[] = [
    { key: 'x', sort: 'x', text: (row) => format.integer(row.x) },
    { key: 'recency', sort: 'recency', text: (row) => format.number(row.recency, 1) },
    { key: 'age', sort: null, text: (row) => format.number(row.age, 1) },
    ...(fitted
      ? ([
          { key: 'pAlive', sort: 'pAlive', text: (row) => (row.pAlive === null ? dash : format.percent(row.pAlive, 0)) },
          { key: 'expectedPurchases', sort: 'expectedPurchases', text: (row) => (row.expectedPurchases === null ? dash : format.number(row.expectedPurchases, 2)) },
          { key: 'expectedOrderValue', sort: null, text: (row) => value(row.expectedOrderValue) },
          { key: 'expectedValue', sort: 'expectedValue', text: (row) => value(row.expectedValue) },
        ] satisfies Column[])
      : []),
    { key: 'simpleClv', sort: 'simpleClv', text: (row) => value(row.simpleClv) },
  ];
  const sortBy = (key: ValueSortKey) => onChange({ page: 0, sort: key, descending: table.sort === key ? !table.descending : true });
  const header = (column: Column) => {
    const label = t(`value.col.${column.key}`);
    const sorted = column.sort !== null && table.sort === column.sort;
    return (
      <th key={column.key} scope="col" className="number" aria-sort={sorted ? (table.descending ? 'descending' : 'ascending') : undefined}>
        {column.sort === null ? (
          label
        ) : (
          <button type="button" className="cb-value-sort" onClick={() => column.sort && sortBy(column.sort)}>
            {label}
            {sorted ? (
              <span aria-hidden="true" className="cb-value-sort__arrow">
                {table.descending ? '▼' : '▲'}
              </span>
            ) : null}
          </button>
        )}
      </th>
    );
  };
  const from = table.page * PAGE_SIZE + 1;
  const to = table.page * PAGE_SIZE + table.rows.length;
  return (
    <section className="step-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('value.table.title')}</h3>
      <p className="explain explain--detail">{t('value.table.meaning')}</p>
      <p className="explain explain--detail">{t('value.table.sortHint')}</p>
      <ScrollBox label={t('value.table.caption')} className="cb-value-table">
        <table aria-label={t('value.table.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('value.col.id')}</th>
              {columns.map(header)}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.id}</th>
                {columns.map((column) => (
                  <td key={column.key} className="number">
                    {column.text(row)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <div className="cb-value-pager">
        <button type="button" disabled={table.page === 0} onClick={() => onChange({ ...request, page: table.page - 1 })}>
          {t('value.table.previous')}
        </button>
        <span aria-live="polite">{t('value.table.shown', { from: format.integer(from), to: format.integer(to), total: format.integer(table.total) })}</span>
        <button type="button" disabled={table.page >= table.pages - 1} onClick={() => onChange({ ...request, page: table.page + 1 })}>
          {t('value.table.next')}
        </button>
      </div>
      <p className="note">{t('value.table.export')}</p>
    </section>
  );
}
