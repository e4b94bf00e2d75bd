import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { Callout } from '../../../../src/ui/Callout';
import { Metric, MetricGrid } from '../../../../src/ui/Metric';
import type { ReceiptsOverview } from '../../analysis/receiptsOverview';
import { receiptsMessages } from '../../messages/receipts';
import type { BasketLevel } from '../../state';
import { dayIso } from './dayIso';

interface Props {
  overview: ReceiptsOverview;
  level: BasketLevel;
}

/** The overview's figures, what was left out and why, and the block when no rule can come from these receipts. */
export function ReceiptsFigures({ overview, level }: Props) {
  const t = useMessages(receiptsMessages);
  const format = useFormat();
  const absent = <span className="pp-receipts-absent">{t('receipts.figure.absent')}</span>;
  const atCategory = level === 'category' && overview.has.category;
  const { returns, excluded, zeroQuantity } = overview.leftOut;
  const notes: string[] = [];
  if (returns > 0) notes.push(t('receipts.leftOut.returns', { count: returns }));
  if (excluded > 0) notes.push(t('receipts.leftOut.excluded', { count: excluded }));
  if (zeroQuantity > 0) notes.push(t('receipts.leftOut.zero', { count: zeroQuantity }));
  if (overview.emptyReceipts > 0) notes.push(t('receipts.leftOut.emptyReceipts', { count: overview.emptyReceipts }));
  if (atCategory && overview.withoutCategory > 0) notes.push(t('receipts.leftOut.withoutCategory', { count: overview.withoutCategory }));
  return (
    <section className="step-section" aria-labelledby="pp-receipts-overview">
      <h3 id="pp-receipts-overview">{t('receipts.overview.title')}</h3>
      {overview.block ? (
        <Callout tone="danger" title={t(`receipts.block.${overview.block}.title`)}>
          <p>{t(`receipts.block.${overview.block}.body`)}</p>
        </Callout>
      ) : null}
      <MetricGrid label={t('receipts.overview.title')}>
        <Metric label={t('receipts.figure.lines')} value={format.integer(overview.linesRead)} />
        <Metric label={t('receipts.figure.receipts')} value={format.integer(overview.receipts)} note={t('receipts.figure.receiptsOf', { total: overview.receiptsInFile })} />
        <Metric label={t('receipts.figure.products')} value={format.integer(overview.products)} />
        <Metric label={t('receipts.figure.categories')} value={overview.categories === null ? absent : format.integer(overview.categories)} />
        <Metric label={t(atCategory ? 'receipts.figure.items.category' : 'receipts.figure.items.product')} value={format.integer(overview.items)} />
        <Metric label={t('receipts.figure.customers')} value={overview.customers === null ? absent : format.integer(overview.customers)} />
        <Metric
          label={t('receipts.figure.period')}
          value={
            overview.firstDay === null || overview.lastDay === null ? (
              absent
            ) : (
              <span className="pp-receipts-period">{t('receipts.figure.periodValue', { from: format.date(dayIso(overview.firstDay)), to: format.date(dayIso(overview.lastDay)) })}</span>
            )
          }
        />
        <Metric label={t('receipts.figure.meanItems')} value={overview.meanItems === null ? '—' : format.fixed(overview.meanItems, 1)} />
        <Metric label={t('receipts.figure.singleShare')} value={overview.singleItemShare === null ? '—' : format.percent(overview.singleItemShare)} tone={overview.block === 'singleOnly' ? 'bad' : 'neutral'} />
      </MetricGrid>
      <h4>{t('receipts.leftOut.title')}</h4>
      {notes.length > 0 ? (
        <ul className="pp-receipts-left-out">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : (
        <p className="note">{t('receipts.leftOut.none')}</p>
      )}
    </section>
  );
}
