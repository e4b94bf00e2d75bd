import type { Translate } from '../../../../src/i18n/translate';
import type { ReadingText } from '../../../../src/ui/Reading';
import { COHORT_RETENTION_MONTH, cohortSummary, type BehaviourFigures } from '../../model/behaviour';
import type { BehaviourMessageKey } from '../../messages/behaviour';

export interface BehaviourWords {
  t: Translate<BehaviourMessageKey>;
  percent: (share: number) => string;
  date: (iso: string) => string;
}

/** Below this many customers a share moves by a point or more per customer, and small cohorts swing. */
export const FEW_CUSTOMERS = 100;

/**
 * What the sales say in words: how many come back, how many stay from one period to the next, what a new
 * customer's path looks like (the pooled cohorts at one and six months), and how many have gone quiet.
 */
export function behaviourReading(figures: BehaviourFigures, demo: boolean, { t, percent, date }: BehaviourWords): ReadingText {
  const sentences = [t('behaviour.reading.repeat', { repeatRate: percent(figures.repeatRate), repeat: figures.repeatCustomers, customers: figures.customers })];
  const retention = figures.retention.mean;
  sentences.push(
    retention === null
      ? t('behaviour.reading.noRetention')
      : t(`behaviour.reading.retention.${figures.period}`, { retention: percent(retention), churn: percent(1 - retention) }),
  );
  const pooled = cohortSummary(figures.cohorts).shares;
  const first = pooled[1];
  const sixth = pooled[COHORT_RETENTION_MONTH];
  if (first !== undefined) {
    sentences.push(sixth === undefined ? t('behaviour.reading.cohortShort', { first: percent(first) }) : t('behaviour.reading.cohort', { first: percent(first), sixth: percent(sixth) }));
  }
  sentences.push(t('behaviour.reading.lapsed', { date: date(figures.window.to), share: percent(figures.lapsed.total / figures.customers), lapsed: figures.lapsed.total }));
  if (demo) sentences.push(t('behaviour.reading.demo'));
  return { sentences, caution: figures.customers < FEW_CUSTOMERS ? t('behaviour.reading.fewCustomers', { count: figures.customers }) : null };
}
