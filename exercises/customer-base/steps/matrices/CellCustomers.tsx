import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { ScrollBox } from '../../../../src/ui/ScrollBox';
import { MATRIX_PAGE, type MatrixPage, type MatrixView } from '../../analysis/matricesAnalysis';
import type { MatrixKind } from '../../model/matrices';
import { matricesMessages } from '../../messages/matrices';
import { matricesPolicyMessages } from '../../messages/matricesPolicy';
import { formatFigure } from './figures';

interface Props {
  kind: MatrixKind;
  view: MatrixView;
  page: MatrixPage;
  onPage: (page: number) => void;
  onClose: () => void;
}

/** The customers of the opened cell, the largest figure of today first, one page (50) at a time from the worker. */
export function CellCustomers({ kind, view, page, onPage, onClose }: Props) {
  const t = useMessages(matricesMessages);
  const p = useMessages(matricesPolicyMessages);
  const format = useFormat();
  const title = t('list.title', { cell: p(`cell.${kind}.${page.cell}.name`) });
  const pages = Math.max(1, Math.ceil(page.total / MATRIX_PAGE));
  const named = page.rows.some((row) => row.name !== null);
  const profit = page.rows.some((row) => row.profit !== null);
  const wallet = kind === 'potential';
  const from = page.page * MATRIX_PAGE + 1;
  return (
    <section className="cb-matrices-list" aria-label={title}>
      <div className="cb-matrices-list__head">
        <h4>{title}</h4>
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t('list.close')}
        </button>
      </div>
      {page.total === 0 ? (
        <p className="note">{t('list.empty')}</p>
      ) : (
        <>
          <ScrollBox label={title}>
            <table className="table-cards">
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('list.customer')}</th>
                  {named ? <th scope="col">{t('list.name')}</th> : null}
                  <th scope="col" className="number">{t('short.revenue')}</th>
                  {profit ? <th scope="col" className="number">{t('short.profit')}</th> : null}
                  <th scope="col" className="number">{t(`short.${view.y}`)}</th>
                  {wallet ? <th scope="col" className="number">{t('list.wallet')}</th> : null}
                </tr>
              </thead>
              <tbody>
                {page.rows.map((row) => (
                  <tr key={row.id}>
                    <th scope="row">{row.id}</th>
                    {named ? <td data-label={t('list.name')}>{row.name ?? '—'}</td> : null}
                    <td className="number" data-label={t('short.revenue')}>{format.money(row.revenue)}</td>
                    {profit ? <td className="number" data-label={t('short.profit')}>{row.profit === null ? '—' : format.money(row.profit)}</td> : null}
                    <td className="number" data-label={t(`short.${view.y}`)}>{formatFigure(format, view.y, row.y)}</td>
                    {wallet ? <td className="number" data-label={t('list.wallet')}>{row.wallet === null ? '—' : format.percent(row.wallet)}</td> : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
          <nav className="cb-matrices-pages" aria-label={t('list.pages')}>
            <button type="button" className="button" disabled={page.page === 0} onClick={() => onPage(page.page - 1)}>
              {t('list.previous')}
            </button>
            <span>{t('list.range', { from: format.integer(from), to: format.integer(from + page.rows.length - 1), total: format.integer(page.total) })}</span>
            <button type="button" className="button" disabled={page.page >= pages - 1} onClick={() => onPage(page.page + 1)}>
              {t('list.next')}
            </button>
          </nav>
        </>
      )}
    </section>
  );
}
