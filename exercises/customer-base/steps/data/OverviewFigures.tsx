import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { Callout } from '../../../../src/ui/Callout';
import { Metric, MetricGrid } from '../../../../src/ui/Metric';
import type { SalesOverview } from '../../analysis/overviewAnalysis';
import { dataOverviewMessages, type DataOverviewMessageKey } from '../../messages/dataOverview';
import { dayToIso } from '../../../../src/customers/sales';

const SALES_EXTRA = ['product', 'manager', 'region'] as const;

/** The optional columns a later step reads, with whether the files have them. */
export function optionalColumns(overview: SalesOverview): { key: DataOverviewMessageKey; found: boolean }[] {
  const listed = new Set(overview.list?.columns ?? []);
  return [
    { key: 'overview.columns.cost', found: overview.hasCost },
    { key: 'overview.columns.document', found: overview.hasDocuments },
    { key: 'overview.columns.potential', found: listed.has('potential') },
    { key: 'overview.columns.size', found: listed.has('size') },
    { key: 'overview.columns.plan', found: listed.has('plan') },
    { key: 'overview.columns.creditLimit', found: listed.has('creditLimit') },
    { key: 'overview.columns.debt', found: listed.has('debt') },
    { key: 'overview.columns.costToServe', found: listed.has('costToServe') },
    { key: 'overview.columns.categories', found: ['region', 'channel', 'type'].some((key) => listed.has(key)) },
  ];
}

/** The lines left out, one reason each (only the reasons that left something out), then the returns kept. */
export function leftOutNotes(overview: SalesOverview, t: (key: DataOverviewMessageKey, params: { count: number }) => string): string[] {
  const { noCustomer, noDay, noAmount, afterAnalysisDay, beforeWindow, returns } = overview.lines;
  const notes: [DataOverviewMessageKey, number][] = [
    ['overview.lines.noCustomer', noCustomer],
    ['overview.lines.noDay', noDay],
    ['overview.lines.noAmount', noAmount],
    ['overview.lines.after', afterAnalysisDay],
    ['overview.lines.before', beforeWindow],
    ['overview.lines.returns', returns],
  ];
  return notes.filter(([, count]) => count > 0).map(([key, count]) => t(key, { count }));
}

/** The sales read over the period: figures, the lines left out and why, the customer list's join, the columns found. */
export function OverviewFigures({ overview }: { overview: SalesOverview }) {
  const t = useMessages(dataOverviewMessages);
  const format = useFormat();
  const day = (value: number) => format.date(dayToIso(value));
  const list = overview.list;
  const salesExtra = SALES_EXTRA.filter((key) => overview.salesColumns.includes(key)).map((key) => t(`overview.columns.${key}`));
  return (
    <section className="step-section cb-data-overview" aria-labelledby="cb-data-overview">
      <h3 id="cb-data-overview">{t('overview.title')}</h3>
      {overview.customers === 0 ? (
        <Callout tone="warning">
          <p>{t('overview.noCustomers')}</p>
        </Callout>
      ) : null}
      <MetricGrid label={t('overview.title')}>
        <Metric
          label={t('overview.period')}
          value={<span className="cb-data-period">{t('overview.periodValue', { from: day(overview.startDay), to: day(overview.analysisDay) })}</span>}
          note={t('overview.periodNote', { count: overview.months })}
        />
        <Metric label={t('overview.customers')} value={format.integer(overview.customers)} />
        <Metric label={t('overview.lapsed')} value={format.integer(overview.lapsedCustomers)} note={t('overview.lapsedNote')} />
        <Metric label={t('overview.revenue')} value={format.money(overview.revenue)} note={t('overview.revenueNote')} />
        <Metric label={t('overview.returns')} value={format.money(overview.returns)} note={t('overview.returnsNote', { count: overview.lines.returns })} />
        <Metric
          label={t('overview.margin')}
          value={overview.margin === null ? <span className="cb-data-absent">{t('overview.marginAbsent')}</span> : format.money(overview.margin)}
          note={overview.margin !== null && overview.revenue > 0 ? t('overview.marginNote', { share: format.percent(overview.margin / overview.revenue) }) : undefined}
        />
        <Metric
          label={t(overview.hasDocuments ? 'overview.ordersDocuments' : 'overview.ordersDays')}
          value={format.integer(overview.orders)}
          note={t(overview.hasDocuments ? 'overview.ordersDocumentsNote' : 'overview.ordersDaysNote')}
        />
      </MetricGrid>
      <p className="note">{t('overview.dataRange', { first: day(overview.dataFirstDay), last: day(overview.dataLastDay) })}</p>

      <h4>{t('overview.lines.title')}</h4>
      <p>{t('overview.lines.used', { used: overview.lines.used, total: overview.lines.total })}</p>
      <ul className="cb-data-lines">
        {leftOutNotes(overview, t).map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>

      <h4>{t('overview.list.title')}</h4>
      {list === null ? (
        <p className="note">{t('overview.list.none')}</p>
      ) : (
        <>
          {list.matched === 0 && overview.customers > 0 ? (
            <Callout tone="warning">
              <p>{t('overview.list.noMatch')}</p>
            </Callout>
          ) : null}
          <MetricGrid label={t('overview.list.title')}>
            <Metric label={t('overview.list.rows')} value={format.integer(list.rows)} />
            <Metric label={t('overview.list.matched')} value={format.integer(list.matched)} note={t('overview.list.matchedNote', { customers: overview.customers })} />
            <Metric label={t('overview.list.withoutSales')} value={format.integer(list.withoutSales)} note={t('overview.list.withoutSalesNote')} tone={list.withoutSales > 0 ? 'bad' : 'neutral'} />
            <Metric label={t('overview.list.repeated')} value={format.integer(list.repeatedIds)} note={t('overview.list.repeatedNote')} tone={list.repeatedIds > 0 ? 'bad' : 'neutral'} />
          </MetricGrid>
        </>
      )}

      <h4>{t('overview.columns.title')}</h4>
      <ul className="cb-data-columns">
        {optionalColumns(overview).map(({ key, found }) => (
          <li key={key} className={found ? 'cb-data-columns__found' : 'cb-data-columns__missing'}>
            <span className="cb-data-columns__mark">{t(found ? 'overview.columns.found' : 'overview.columns.missing')}</span> {t(key)}
          </li>
        ))}
      </ul>
      {salesExtra.length > 0 ? <p className="note">{t('overview.columns.salesExtra', { columns: salesExtra.join(', ') })}</p> : null}
    </section>
  );
}
