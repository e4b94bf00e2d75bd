import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { Metric, MetricGrid } from '../../../../src/ui/Metric';
import type { BehaviourFigures } from '../../model/behaviour';
import { behaviourMessages } from '../../messages/behaviour';

/** The headline figures of the window, each with how it is counted. */
export function BehaviourMetrics({ figures }: { figures: BehaviourFigures }) {
  const t = useMessages(behaviourMessages);
  const format = useFormat();
  const retention = figures.retention.mean;
  return (
    <MetricGrid label={t('behaviour.metrics')}>
      <Metric label={t('behaviour.metric.customers')} value={format.integer(figures.customers)} note={t('behaviour.metric.customersNote', { purchases: figures.purchases })} />
      <Metric
        label={t('behaviour.metric.repeatRate')}
        value={format.percent(figures.repeatRate)}
        note={t('behaviour.metric.repeatRateNote', { repeat: figures.repeatCustomers, customers: figures.customers })}
      />
      <Metric
        label={t(`behaviour.metric.retention.${figures.period}`)}
        value={retention === null ? '—' : format.percent(retention)}
        note={retention === null ? t('behaviour.metric.retentionNone') : t('behaviour.metric.retentionNote', { churn: format.percent(1 - retention) })}
      />
      <Metric label={t(`behaviour.metric.frequency.${figures.period}`)} value={format.number(figures.frequency)} note={t('behaviour.metric.frequencyNote')} />
      <Metric label={t('behaviour.metric.averageCheck')} value={format.money(figures.averageCheck)} note={t('behaviour.metric.averageCheckNote')} />
      <Metric
        label={t('behaviour.metric.interval')}
        value={t('behaviour.days', { count: figures.medianInterval })}
        note={t('behaviour.metric.intervalNote')}
      />
      <Metric
        label={t('behaviour.metric.lapsed')}
        value={format.integer(figures.lapsed.total)}
        note={t('behaviour.metric.lapsedNote', { share: format.percent(figures.lapsed.total / figures.customers), date: format.date(figures.window.to) })}
      />
    </MetricGrid>
  );
}
