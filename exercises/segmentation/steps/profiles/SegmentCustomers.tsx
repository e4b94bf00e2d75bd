import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { ScrollBox } from '../../../../src/ui/ScrollBox';
import type { SegmentationFigures } from '../../analysis/segmentationAnalysis';
import type { SegmentationNames } from '../../content/names';
import { profilesMessages } from '../../messages/profiles';
import type { CriterionId } from '../../state';
import type { SegmentListChoice } from '../shared/useSegmentation';
import type { ProfileRow } from './profileRows';

/** The list's segment choice: the table's buttons move the focus to it. */
export const LIST_CHOICE_ID = 'sg-profiles-list-segment';

/**
 * One segment's customers, most revenue first, a page at a time, with the values of the criteria the participant
 * chose: the worker sends only the page asked for, so a segment of 40,000 customers costs no more than one of 40.
 */
export function SegmentCustomers({ rows, figures, choice, chosen, names, onChoose, updating }: {
  rows: readonly ProfileRow[];
  figures: SegmentationFigures;
  choice: SegmentListChoice;
  /** The criteria whose values are shown, in the participant's order. */
  chosen: readonly CriterionId[];
  names: SegmentationNames;
  onChoose: (choice: SegmentListChoice) => void;
  updating: boolean;
}) {
  const t = useMessages(profilesMessages);
  const format = useFormat();
  const segment = rows.find((row) => row.key === choice.segment);
  const page = figures.page !== null && figures.page.segment === choice.segment ? figures.page : null;
  const criteria = chosen.filter((id) => figures.criteria[id].ok);
  const boundsOf = (id: CriterionId) => {
    const summary = figures.criteria[id];
    return summary.ok ? summary.bounds : null;
  };
  const withNames = page?.rows.some((row) => row.name !== null) ?? false;
  const caption = t('list.caption', { name: segment?.name ?? '' });
  return (
    <section className="sg-profiles-section no-print" aria-labelledby="sg-profiles-list-title">
      <h3 id="sg-profiles-list-title">{t('list.title')}</h3>
      <div className="field sg-profiles-choose">
        <label htmlFor={LIST_CHOICE_ID} className="field__label">
          {t('list.segment')}
        </label>
        <select id={LIST_CHOICE_ID} value={choice.segment} onChange={(event) => onChoose({ segment: event.target.value, page: 0 })}>
          {rows.map((row) => (
            <option key={row.key} value={row.key}>
              {t('list.option', { name: row.name, count: format.integer(row.totals.customers) })}
            </option>
          ))}
        </select>
      </div>
      {page === null ? (
        <p className="note">{updating ? t('updating') : null}</p>
      ) : page.total === 0 ? (
        <p className="note">{t('list.empty')}</p>
      ) : (
        <>
          <p className="note">{t('list.order')}</p>
          <ScrollBox label={caption}>
            <table className="sg-profiles-customers" aria-busy={updating}>
              <caption className="visually-hidden">{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('col.customer')}</th>
                  {withNames ? <th scope="col">{t('col.name')}</th> : null}
                  <th scope="col" className="number">{t('col.revenue')}</th>
                  <th scope="col" className="number">{t('col.orders')}</th>
                  <th scope="col">{t('col.lastPurchase')}</th>
                  {criteria.map((id) => (
                    <th key={id} scope="col">{names.criterion(id)}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {page.rows.map((row) => (
                  <tr key={row.id}>
                    <th scope="row">{row.id}</th>
                    {withNames ? <td>{row.name ?? ''}</td> : null}
                    <td className="number">{format.money(row.revenue)}</td>
                    <td className="number">{format.integer(row.orders)}</td>
                    <td>{format.date(row.lastPurchase)}</td>
                    {criteria.map((id) => {
                      const key = row.values[id];
                      return <td key={id}>{key === undefined ? '—' : names.value(id, key, boundsOf(id))}</td>;
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
          {page.pages > 1 ? (
            <nav className="sg-profiles-pages" aria-label={t('page.label')}>
              <button type="button" className="button" disabled={page.page === 0} onClick={() => onChoose({ segment: page.segment, page: page.page - 1 })}>
                {t('page.previous')}
              </button>
              <span aria-live="polite">
                {t('page.range', { from: format.integer(page.page * page.size + 1), to: format.integer(page.page * page.size + page.rows.length), total: format.integer(page.total) })}
              </span>
              <button type="button" className="button" disabled={page.page >= page.pages - 1} onClick={() => onChoose({ segment: page.segment, page: page.page + 1 })}>
                {t('page.next')}
              </button>
            </nav>
          ) : null}
        </>
      )}
    </section>
  );
}
