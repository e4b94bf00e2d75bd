import { useId } from 'react';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { Metric, MetricGrid } from '../../../../src/ui/Metric';
import type { SegmentationFigures } from '../../analysis/segmentationAnalysis';
import { dataMessages } from '../../messages/data';

/** The window the sales are read over, who bought in it and for how much, the margin, and the halves growth and retention compare. */
export function WindowFigures({ figures }: { figures: SegmentationFigures }) {
  const t = useMessages(dataMessages);
  const format = useFormat();
  const headingId = useId();
  const { total, halfMonths, months } = figures;
  const odd = halfMonths > 0 && 2 * halfMonths < months;
  return (
    <section className="step-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('figures.title')}</h3>
      {total.customers === 0 ? <p className="finding">{t('figures.noCustomers')}</p> : null}
      <MetricGrid>
        <Metric
          label={t('figures.period')}
          value={<span className="sg-data-period">{t('figures.periodValue', { from: format.date(figures.startDay), to: format.date(figures.analysisDay) })}</span>}
          note={t('figures.months', { count: months })}
        />
        <Metric label={t('figures.customers')} value={format.integer(total.customers)} />
        <Metric label={t('figures.revenue')} value={format.money(total.revenue)} note={t('figures.revenueNote')} />
        {total.margin === null ? (
          <Metric label={t('figures.margin')} value={<span className="sg-data-absent">{t('figures.marginAbsent')}</span>} note={t('figures.marginAbsentNote')} />
        ) : (
          <Metric label={t('figures.margin')} value={format.money(total.margin)} note={total.revenue > 0 ? t('figures.marginNote', { share: format.percent(total.margin / total.revenue) }) : undefined} />
        )}
        {halfMonths === 0 ? (
          <Metric label={t('figures.halves')} value={<span className="sg-data-absent">{t('figures.halvesNone')}</span>} note={t('figures.halvesNoneNote')} tone="bad" />
        ) : (
          <Metric label={t('figures.halves')} value={t('figures.halvesValue', { half: halfMonths })} note={t(odd ? 'figures.halvesOdd' : 'figures.halvesNote', { half: halfMonths })} />
        )}
      </MetricGrid>
    </section>
  );
}
