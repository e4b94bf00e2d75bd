import { PROGRAM_FIGURE_CODECS } from '../../../../src/results/programFigureCodecs';
import type { Formatters } from '../../../../src/i18n/format';
import type { Translate } from '../../../../src/i18n/translate';
import type { FigureKey } from '../../model/economics';
import type { EconomicsMessageKey } from '../../messages/economics';

export const FIGURE_CODECS = PROGRAM_FIGURE_CODECS;

export type FigureGroup = 'customers' | 'effect' | 'rewards' | 'costs';

/** The ROI form's groups and order, so a participant finds each figure where the ROI exercise shows it. */
export const FIGURE_GROUPS: { legend: FigureGroup; figures: FigureKey[] }[] = [
  { legend: 'customers', figures: ['members', 'participation', 'baselineFrequency', 'averageCheck', 'margin', 'baselineRetention'] },
  { legend: 'effect', figures: ['frequencyUplift', 'checkUplift', 'retentionUplift'] },
  { legend: 'rewards', figures: ['rewardRate', 'breakage', 'baselineRewardShare'] },
  { legend: 'costs', figures: ['setupCost', 'monthlyFixedCost', 'monthlyCostPerMember', 'horizonMonths'] },
];

type T = Translate<EconomicsMessageKey>;

/** The unit written after a field: %, the currency, "a month". */
export function figureSuffix(key: FigureKey, t: T, currency: string): string | undefined {
  if (key === 'retentionUplift') return t('economics.unit.points');
  if (key === 'horizonMonths') return t('economics.unit.months');
  if (key === 'baselineFrequency') return t('economics.unit.perMonth');
  const unit = FIGURE_CODECS[key].unit;
  if (unit === 'percent') return '%';
  if (unit === 'money') return currency;
  return undefined;
}

/** A figure as a sentence names it: "5 %", "1 800 ₽", "+2 pp", "24 months". */
export function formatFigure(key: FigureKey, value: number, format: Formatters, t: T): string {
  if (key === 'retentionUplift') return `${format.number(value * 100, 2)} ${t('economics.unit.points')}`;
  if (key === 'horizonMonths') return t('economics.reading.horizon', { count: value });
  if (key === 'baselineFrequency') return `${format.number(value, 2)} ${t('economics.unit.perMonth')}`;
  const unit = FIGURE_CODECS[key].unit;
  if (unit === 'percent') return format.percent(value, 2);
  if (unit === 'money') return format.money(value);
  return format.integer(value);
}

/** The currency's sign for a field's suffix, as the money format writes it ("₽", "$", "¥"): zero's amount without its digits. */
export function currencySign(format: Formatters): string {
  return format.money(0).replace(/[\d\s.,]/g, '') || format.currency;
}
