import type { ReadingText } from '../../../../src/ui/Reading';
import type { Translate } from '../../../../src/i18n/translate';
import { MIN_REPEAT_CUSTOMERS } from '../../analysis/valueModel';
import type { ValueMessageKey } from '../../messages/value';
import type { ReadyValue } from './useValue';

export interface ReadingFormat {
  money: (value: number) => string;
  percent: (share: number) => string;
  integer: (value: number) => string;
  signedPercent: (share: number) => string;
}

/** How close a prediction came: within 10 % good, 25 % fair, else poor. */
export function fitVerdict(predicted: number, actual: number): 'good' | 'fair' | 'poor' {
  const error = actual > 0 ? Math.abs(predicted - actual) / actual : predicted > 0 ? Infinity : 0;
  return error <= 0.1 ? 'good' : error <= 0.25 ? 'fair' : 'poor';
}

/** The step's reading: the simple CLV in one sentence, what the model expects, who is slipping away, how far to trust it. */
export function valueReading(result: ReadyValue, t: Translate<ValueMessageKey>, format: ReadingFormat): ReadingText {
  const { simple, model, holdout } = result;
  const sentences: string[] = [];
  const periodOne = t(`value.clv.period.${simple.period}`);
  if (simple.clv !== null && simple.retention.rate !== null && simple.totalClv !== null) {
    sentences.push(
      t('value.reading.clv', {
        margin: format.money(simple.marginPerPeriod),
        periodOne,
        retention: format.percent(simple.retention.rate),
        rate: format.percent(simple.discountPerPeriod === 0 ? 0 : Math.pow(1 + simple.discountPerPeriod, 12 / simple.periodMonths) - 1),
        clv: Number.isFinite(simple.clv) ? format.money(simple.clv) : t('value.clv.infinite'),
        total: Number.isFinite(simple.totalClv) ? format.money(simple.totalClv) : t('value.clv.infinite'),
        customers: format.integer(simple.customers),
      }),
    );
  } else {
    sentences.push(t('value.reading.noRetention'));
  }
  let caution: string | null = null;
  if (model.status === 'fitted' && model.expectedPurchases !== null && model.expectedValue !== null) {
    sentences.push(t('value.reading.model', { purchases: format.integer(model.expectedPurchases), months: format.integer(model.horizonMonths), value: format.money(model.expectedValue) }));
    const repeaters = model.repeatCustomers;
    const gone = model.aliveHistogram.slice(0, 5).reduce((sum, n) => sum + n, 0);
    if (repeaters > 0 && gone > 0) sentences.push(t('value.reading.gone', { share: format.percent(gone / repeaters) }));
    if (holdout.status === 'fitted') {
      const verdict = fitVerdict(holdout.predicted, holdout.actual);
      sentences.push(
        t('value.reading.holdout', {
          months: format.integer(Math.round(holdout.weeks / (365.25 / 12 / 7))),
          predicted: format.integer(holdout.predicted),
          actual: format.integer(holdout.actual),
          error: format.signedPercent(holdout.actual > 0 ? holdout.predicted / holdout.actual - 1 : 0),
        }),
        t(`value.reading.${verdict}`),
      );
    }
    sentences.push(t('value.reading.next'));
  } else if (model.status === 'tooFew') {
    caution = t('value.reading.tooFew', { count: format.integer(model.repeatCustomers), min: format.integer(MIN_REPEAT_CUSTOMERS) });
  } else {
    caution = t('value.reading.notConverged');
  }
  return { sentences, caution };
}
