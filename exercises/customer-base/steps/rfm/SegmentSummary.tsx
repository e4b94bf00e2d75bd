import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { ScrollBox } from '../../../../src/ui/ScrollBox';
import type { RfmFigures } from '../../analysis/rfmAnalysis';
import type { SegmentRow } from './segmentRows';
import { rfmMessages } from '../../messages/rfm';

/** Every segment in the rules' order, "others" last, with the totals; each row opens its customers below. */
export function SegmentSummary({ rows, figures, onShow }: { rows: readonly SegmentRow[]; figures: RfmFigures; onShow: (segment: number) => void }) {
  const t = useMessages(rfmMessages);
  const format = useFormat();
  const share = (value: number | null) => (value === null ? '—' : format.percent(value));
  const money = (value: number | null) => (value === null ? '—' : format.money(value));
  const days = (value: number | null) => (value === null ? '—' : t('rfm.summary.days', { days: format.number(value, 0) }));
  return (
    <section className="cb-rfm-section" aria-labelledby="cb-rfm-summary-title">
      <h3 id="cb-rfm-summary-title">{t('rfm.summary.title')}</h3>
      <ScrollBox label={t('rfm.summary.caption')}>
        <table className="table-cards cb-rfm-summary" aria-labelledby="cb-rfm-summary-title">
          <thead>
            <tr>
              <th scope="col">{t('rfm.col.segment')}</th>
              <th scope="col" className="number">{t('rfm.col.customers')}</th>
              <th scope="col" className="number">{t('rfm.col.customerShare')}</th>
              <th scope="col" className="number">{t('rfm.col.orders')}</th>
              <th scope="col" className="number">{t('rfm.col.revenue')}</th>
              <th scope="col" className="number">{t('rfm.col.revenueShare')}</th>
              <th scope="col" className="number">{t('rfm.col.averageOrder')}</th>
              <th scope="col" className="number">{t('rfm.col.recency')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('rfm.summary.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.segment}>
                <th scope="row">{row.name}</th>
                <td className="number" data-label={t('rfm.col.customers')}>{format.integer(row.customers)}</td>
                <td className="number" data-label={t('rfm.col.customerShare')}>{format.percent(row.customerShare)}</td>
                <td className="number" data-label={t('rfm.col.orders')}>{format.integer(row.orders)}</td>
                <td className="number" data-label={t('rfm.col.revenue')}>{format.money(row.revenue)}</td>
                <td className="number" data-label={t('rfm.col.revenueShare')}>{share(row.revenueShare)}</td>
                <td className="number" data-label={t('rfm.col.averageOrder')}>{money(row.averageOrder)}</td>
                <td className="number" data-label={t('rfm.col.recency')}>{days(row.averageRecency)}</td>
                <td>
                  {row.customers > 0 ? (
                    <button type="button" className="button cb-rfm-show" onClick={() => onShow(row.segment)} aria-label={t('rfm.summary.showNamed', { name: row.name })}>
                      {t('rfm.summary.show')}
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('rfm.summary.total')}</th>
              <td className="number" data-label={t('rfm.col.customers')}>{format.integer(figures.customers)}</td>
              <td className="number" data-label={t('rfm.col.customerShare')}>{format.percent(1)}</td>
              <td className="number" data-label={t('rfm.col.orders')}>{format.integer(figures.orders)}</td>
              <td className="number" data-label={t('rfm.col.revenue')}>{format.money(figures.revenue)}</td>
              <td className="number" data-label={t('rfm.col.revenueShare')}>{figures.revenue > 0 ? format.percent(1) : '—'}</td>
              <td className="number" data-label={t('rfm.col.averageOrder')}>{money(figures.orders > 0 ? figures.revenue / figures.orders : null)}</td>
              <td className="number" data-label={t('rfm.col.recency')}>{days(figures.customers > 0 ? figures.segments.reduce((sum, s) => sum + s.recencyDays, 0) / figures.customers : null)}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      </ScrollBox>
    </section>
  );
}
