import type { Translate } from '../../../../src/i18n/translate';
import type { ReadingText } from '../../../../src/ui/Reading';
import type { AbcXyzFigures } from '../../analysis/abcXyzAnalysis';
import type { AbcXyzMessageKey } from '../../messages/abcXyz';

/** Fewer customers than this and one order moves a class line: the reading says so. */
export const FEW_CUSTOMERS = 30;
/** A class with at most this share of the customers bringing the A value: the business "rests on a few". */
const CONCENTRATED = 0.2;
/** One customer bringing more than this share of the value is a dependence worth naming. */
const DEPENDENCE = 0.1;

export interface AbcXyzReadingWords {
  t: Translate<AbcXyzMessageKey>;
  percent: (share: number) => string;
  integer: (value: number) => string;
}

/** What the classes say: how few bring the value, a dependence on one customer, the irregular A customers, what next. */
export function abcXyzReading(figures: AbcXyzFigures, words: AbcXyzReadingWords): ReadingText {
  const { t, percent, integer } = words;
  if (figures.customers === 0 || figures.abc.positiveTotal <= 0) return { sentences: [], caution: null };
  const { mark } = figures.pareto;
  const sentences = [
    t(figures.basis === 'profit' ? 'abcXyz.reading.pareto.profit' : 'abcXyz.reading.pareto.revenue', {
      customerShare: percent(mark.customerShare),
      count: integer(mark.customers),
      valueShare: percent(mark.valueShare),
    }),
    t(mark.customerShare <= CONCENTRATED ? 'abcXyz.reading.concentrated' : 'abcXyz.reading.spread'),
  ];
  if (figures.top && figures.top.valueShare > DEPENDENCE) sentences.push(t('abcXyz.reading.top', { id: figures.top.id, share: percent(figures.top.valueShare) }));
  const cell = (xyz: 'X' | 'Z') => figures.matrix?.find((entry) => entry.abc === 'A' && entry.xyz === xyz) ?? null;
  const az = cell('Z');
  const ax = cell('X');
  if (az && az.customers > 0) sentences.push(t('abcXyz.reading.az', { count: az.customers, share: percent(az.revenueShare ?? 0) }));
  else if (ax && ax.customers > 0) sentences.push(t('abcXyz.reading.ax', { share: percent(ax.revenueShare ?? 0) }));
  sentences.push(t('abcXyz.reading.next'));
  const cautions = [figures.profitUnavailable ? t('abcXyz.settings.profitUnavailable') : null, figures.customers < FEW_CUSTOMERS ? t('abcXyz.reading.few', { count: integer(figures.customers) }) : null];
  const caution = cautions.filter((text) => text !== null).join(' ');
  return { sentences, caution: caution === '' ? null : caution };
}
