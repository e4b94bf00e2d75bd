import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { Metric, MetricGrid } from '../../../../src/ui/Metric';
import { topProducts, type BasketTotals, type ItemIndicators } from '../../model/indicators';
import { indicatorsMessages } from '../../messages/indicators';

/** Four cards: the most penetrating product, the biggest revenue, the biggest margin, the strongest pull on the basket. */
export function TopProducts({ items, totals, name }: { items: readonly ItemIndicators[]; totals: BasketTotals; name: (label: string) => string }) {
  const t = useMessages(indicatorsMessages);
  const format = useFormat();
  const top = topProducts(items, totals.receipts);
  return (
    <section className="step-section pp-indicators-top" aria-labelledby="pp-indicators-top">
      <h3 id="pp-indicators-top">{t('indicators.top.title')}</h3>
      <MetricGrid>
        {top.penetration ? (
          <Metric label={t('indicators.top.penetration')} value={name(top.penetration.label)} note={t('indicators.top.penetrationNote', { share: format.percent(top.penetration.penetration) })} />
        ) : null}
        {top.revenue?.revenueShare != null ? (
          <Metric label={t('indicators.top.revenue')} value={name(top.revenue.label)} note={t('indicators.top.revenueNote', { share: format.percent(top.revenue.revenueShare) })} />
        ) : null}
        {top.margin?.marginShare != null ? (
          <Metric label={t('indicators.top.margin')} value={name(top.margin.label)} note={t('indicators.top.marginNote', { share: format.percent(top.margin.marginShare) })} />
        ) : null}
        {top.attachment ? (
          <Metric label={t('indicators.top.attachment')} value={name(top.attachment.label)} note={t('indicators.top.attachmentNote', { count: format.number(top.attachment.attachment, 1) })} />
        ) : null}
      </MetricGrid>
    </section>
  );
}
