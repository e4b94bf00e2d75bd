import { useId } from 'react';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { ScrollBox } from '../../../../src/ui/ScrollBox';
import type { CustomerFilter, CustomerPage } from '../../analysis/abcXyzAnalysis';
import { ABC_CLASSES, type AbcClass } from '../../../../src/customers/abc';
import { XYZ_GROUPS, type XyzGroup } from '../../../../src/customers/xyz';
import { abcXyzMessages } from '../../messages/abcXyz';
import type { ValueBasis } from '../../state';
import { cellName } from '../../model/abcXyzMatrix';

const ANY = '*';
const filterValue = (filter: CustomerFilter) => `${filter.abc ?? ANY}|${filter.xyz ?? ANY}`;
function parseFilter(value: string): CustomerFilter {
  const [abc, xyz] = value.split('|');
  return {
    abc: ABC_CLASSES.find((name) => name === abc) ?? null,
    xyz: XYZ_GROUPS.find((name) => name === xyz) ?? null,
  };
}

interface Props {
  /** The filter asked for: the choice shows at once, while its page may still be computed. */
  choice: CustomerFilter;
  page: CustomerPage;
  basis: ValueBasis;
  /** XYZ is computed (a window of 3 months or more): its columns and cells are offered. */
  hasXyz: boolean;
  onChange: (choice: CustomerFilter & { page: number }) => void;
}

/** The customers of a class, an XYZ class or a cell, most valuable first, a page at a time (the worker's CUSTOMER_PAGE_SIZE). */
export function CustomerPageList({ choice, page, basis, hasXyz, onChange }: Props) {
  const t = useMessages(abcXyzMessages);
  const format = useFormat();
  const filterId = useId();
  const newWord = t('abcXyz.list.new');
  const options: CustomerFilter[] = [
    { abc: null, xyz: null },
    ...ABC_CLASSES.map((abc): CustomerFilter => ({ abc, xyz: null })),
    ...(hasXyz ? [...XYZ_GROUPS.map((xyz): CustomerFilter => ({ abc: null, xyz })), ...ABC_CLASSES.flatMap((abc: AbcClass) => XYZ_GROUPS.map((xyz: XyzGroup): CustomerFilter => ({ abc, xyz })))] : []),
  ];
  const optionText = ({ abc, xyz }: CustomerFilter) => {
    if (abc === null && xyz === null) return t('abcXyz.list.filter.all');
    if (abc !== null && xyz !== null) return t('abcXyz.list.filter.cell', { cell: cellName(abc, xyz, newWord) });
    if (xyz === 'new') return t('abcXyz.list.filter.new', { cell: newWord });
    return t('abcXyz.list.filter.class', { cell: abc ?? xyz ?? '' });
  };
  const columns = {
    rank: t('abcXyz.list.col.rank'),
    customer: t('abcXyz.list.col.customer'),
    value: t(`abcXyz.abc.col.value.${basis}`),
    shareBefore: t('abcXyz.list.col.shareBefore'),
    abc: t('abcXyz.list.col.abc'),
    xyz: t('abcXyz.list.col.xyz'),
    cv: t('abcXyz.list.col.cv'),
    months: t('abcXyz.list.col.months'),
  };
  const shown = hasXyz ? columns : { rank: columns.rank, customer: columns.customer, value: columns.value, shareBefore: columns.shareBefore, abc: columns.abc };
  const { from } = page;
  const go = (to: number) => onChange({ abc: choice.abc, xyz: choice.xyz, page: to });
  return (
    <section className="cb-abc-list" aria-labelledby="cb-abc-list-title">
      <h3 id="cb-abc-list-title">{t('abcXyz.list.title')}</h3>
      <div className="field cb-abc-list__filter">
        <label htmlFor={filterId} className="field__label">
          {t('abcXyz.list.filter')}
        </label>
        <div className="field__control">
          <select id={filterId} value={filterValue(choice)} onChange={(event) => onChange({ ...parseFilter(event.target.value), page: 0 })}>
            {options.map((option) => (
              <option key={filterValue(option)} value={filterValue(option)}>
                {optionText(option)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {page.total === 0 ? (
        <p className="note">{t('abcXyz.list.empty')}</p>
      ) : (
        <>
          <p className="note" role="status">
            {t('abcXyz.list.range', { total: format.integer(page.total), from: format.integer(from + 1), to: format.integer(from + page.rows.length) })}
          </p>
          <ScrollBox label={t('abcXyz.list.title')}>
            <table className="table-cards cb-abc-list__table">
              <caption className="visually-hidden">{t('abcXyz.list.title')}</caption>
              <thead>
                <tr>
                  {Object.entries(shown).map(([key, head]) => (
                    <th key={key} scope="col" className={key === 'customer' || key === 'abc' || key === 'xyz' ? undefined : 'number'}>
                      {head}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {page.rows.map((row) => (
                  <tr key={row.id}>
                    <td className="number" data-label={columns.rank}>
                      {format.integer(row.rank)}
                    </td>
                    <th scope="row" data-label={columns.customer}>
                      {row.id}
                      {row.name !== null && row.name !== row.id ? <span className="cb-abc-list__name"> {row.name}</span> : null}
                    </th>
                    <td className="number" data-label={columns.value}>
                      {format.money(row.value)}
                    </td>
                    <td className="number" data-label={columns.shareBefore}>
                      {format.percent(row.shareBefore)}
                    </td>
                    <td data-label={columns.abc}>{row.abc}</td>
                    {hasXyz ? (
                      <>
                        <td data-label={columns.xyz}>{row.xyz === 'new' ? newWord : (row.xyz ?? '—')}</td>
                        <td className="number" data-label={columns.cv}>
                          {row.cv === null ? '—' : format.percent(row.cv)}
                        </td>
                        <td className="number" data-label={columns.months}>
                          {row.monthsCounted === null ? '—' : format.integer(row.monthsCounted)}
                        </td>
                      </>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
          {page.pages > 1 ? (
            <nav className="cb-abc-list__pager" aria-label={t('abcXyz.list.title')}>
              <button type="button" className="button" disabled={page.page === 0} onClick={() => go(page.page - 1)}>
                {t('abcXyz.list.previous')}
              </button>
              <span>{t('abcXyz.list.page', { page: format.integer(page.page + 1), pages: format.integer(page.pages) })}</span>
              <button type="button" className="button" disabled={page.page >= page.pages - 1} onClick={() => go(page.page + 1)}>
                {t('abcXyz.list.next')}
              </button>
            </nav>
          ) : null}
        </>
      )}
    </section>
  );
}

