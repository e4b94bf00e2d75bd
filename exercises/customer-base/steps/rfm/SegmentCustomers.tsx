import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { ScrollBox } from '../../../../src/ui/ScrollBox';
import type { RfmCustomerPage } from '../../analysis/rfmAnalysis';
import { rfmMessages } from '../../messages/rfm';
import type { SegmentRow } from './segmentRows';
import type { RfmListChoice } from './useRfm';

/** The list's segment choice: the summary's buttons move the focus to it. */
export const SEGMENT_CHOICE_ID = 'cb-rfm-list-segment';

/**
 * One segment's customers, most money first, 50 at a time: the worker sends only the page asked for, so a
 * segment of 40,000 customers costs the page no more than one of 40.
 */
export function SegmentCustomers({ rows, page, choice, onChoose, updating }: { rows: readonly SegmentRow[]; page: RfmCustomerPage | null; choice: RfmListChoice; onChoose: (choice: RfmListChoice) => void; updating: boolean }) {
  const t = useMessages(rfmMessages);
  const format = useFormat();
  const chosen = rows.find((row) => row.segment === choice.segment) ?? rows[0];
  const shown = page !== null && page.segment === chosen?.segment ? page : null;
  const withNames = shown?.rows.some((row) => row.name !== null) ?? false;
  return (
    <section className="cb-rfm-section" aria-labelledby="cb-rfm-list-title" id="cb-rfm-list">
      <h3 id="cb-rfm-list-title">{t('rfm.list.title')}</h3>
      <div className="field cb-rfm-list__choose">
        <label htmlFor={SEGMENT_CHOICE_ID} className="field__label">
          {t('rfm.list.segment')}
        </label>
        <select id={SEGMENT_CHOICE_ID} value={chosen?.segment ?? 0} onChange={(event) => onChoose({ segment: Number(event.target.value), page: 0 })}>
          {rows.map((row) => (
            <option key={row.segment} value={row.segment}>
              {t('rfm.list.option', { name: row.name, count: format.integer(row.customers) })}
            </option>
          ))}
        </select>
      </div>
      {shown === null ? (
        <p className="note">{updating ? t('rfm.updating') : null}</p>
      ) : shown.total === 0 ? (
        <p className="note">{t('rfm.list.empty')}</p>
      ) : (
        <>
          <ScrollBox label={t('rfm.list.caption', { name: chosen?.name ?? '' })}>
            <table className="cb-rfm-customers" aria-busy={updating}>
              <caption className="visually-hidden">{t('rfm.list.caption', { name: chosen?.name ?? '' })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('rfm.col.customer')}</th>
                  {withNames ? <th scope="col">{t('rfm.col.name')}</th> : null}
                  <th scope="col" className="number">{t('rfm.col.recencyDays')}</th>
                  <th scope="col" className="number">{t('rfm.col.orders')}</th>
                  <th scope="col" className="number">{t('rfm.col.revenue')}</th>
                  <th scope="col" className="number">R</th>
                  <th scope="col" className="number">F</th>
                  <th scope="col" className="number">M</th>
                </tr>
              </thead>
              <tbody>
                {shown.rows.map((row) => (
                  <tr key={row.id}>
                    <th scope="row">{row.id}</th>
                    {withNames ? <td>{row.name ?? ''}</td> : null}
                    <td className="number">{format.integer(row.recency)}</td>
                    <td className="number">{format.integer(row.frequency)}</td>
                    <td className="number">{format.money(row.monetary)}</td>
                    <td className="number">{row.r}</td>
                    <td className="number">{row.f}</td>
                    <td className="number">{row.m}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
          {shown.pages > 1 ? (
            <nav className="cb-rfm-pages" aria-label={t('rfm.page.label')}>
              <button type="button" className="button" disabled={shown.page === 0} onClick={() => onChoose({ segment: shown.segment, page: shown.page - 1 })}>
                {t('rfm.page.previous')}
              </button>
              <span aria-live="polite">
                {t('rfm.page.range', { from: format.integer(shown.page * shown.size + 1), to: format.integer(shown.page * shown.size + shown.rows.length), total: format.integer(shown.total) })}
              </span>
              <button type="button" className="button" disabled={shown.page >= shown.pages - 1} onClick={() => onChoose({ segment: shown.segment, page: shown.page + 1 })}>
                {t('rfm.page.next')}
              </button>
            </nav>
          ) : null}
        </>
      )}
    </section>
  );
}
