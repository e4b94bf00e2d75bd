import type { Formatters } from '../../../../src/i18n/format';
import type { Translate } from '../../../../src/i18n/translate';
import { decimalCell, enteredDecimals, moneyCell, percentCell, type NumberCell } from '../../../../src/data/sheet';
import type { ProgramFigures } from '../../../../src/results/programFigures';
import type { onePageMessages } from '../../messages/onePage';
import type { DesignMechanic } from '../../state';

export type OnePageT = Translate<keyof typeof onePageMessages.ru>;

/**
 * How each program figure reads: a count, a share (0.45 → 45 %), purchases a month, an amount, an uplift with its
 * sign, percentage points (a retention uplift adds to the retention it raises), months.
 */
export type FigureUnit = 'count' | 'share' | 'perMonth' | 'money' | 'uplift' | 'points' | 'months';

export const FIGURE_UNITS: Record<keyof ProgramFigures, FigureUnit> = {
  members: 'count',
  participation: 'share',
  baselineFrequency: 'perMonth',
  averageCheck: 'money',
  margin: 'share',
  baselineRetention: 'share',
  frequencyUplift: 'uplift',
  checkUplift: 'uplift',
  retentionUplift: 'points',
  rewardRate: 'share',
  breakage: 'share',
  baselineRewardShare: 'share',
  setupCost: 'money',
  monthlyFixedCost: 'money',
  monthlyCostPerMember: 'money',
  horizonMonths: 'months',
};

/** A figure as the sheet writes it, with the decimals the participant typed (12 ₽, 5.5 ₽, 3.2 purchases). */
export function figureText(value: number | null, unit: FigureUnit, format: Formatters, t: OnePageT): string {
  if (value === null) return t('onePage.empty');
  switch (unit) {
    case 'count':
      return format.integer(value);
    case 'share':
      return format.percent(value, enteredDecimals(value * 100));
    case 'perMonth':
      return format.number(value, enteredDecimals(value));
    case 'money':
      return format.money(value, enteredDecimals(value));
    case 'uplift':
      return format.signedPercent(value, enteredDecimals(value * 100));
    case 'points':
      // Points are a share's hundredths written without the percent sign: +3 п. п., not +3 % п. п.
      return t('unit.points', { value: format.signedPercent(value, enteredDecimals(value * 100)).replace(/\s?%$/u, '') });
    case 'months':
      return t('unit.months', { count: value });
  }
}

/** The same figure as an Excel cell: a number with its format, never text. */
export function figureCell(value: number | null, unit: FigureUnit): NumberCell | number | null {
  if (value === null) return null;
  switch (unit) {
    case 'share':
    case 'points':
      return percentCell(value, enteredDecimals(value * 100));
    case 'uplift':
      return percentCell(value, enteredDecimals(value * 100), { signed: true });
    case 'money':
      return moneyCell(value, enteredDecimals(value));
    case 'perMonth':
      return decimalCell(value, enteredDecimals(value));
    case 'count':
    case 'months':
      return decimalCell(value, 0);
  }
}

/** A mechanic's parameters in a phrase: "reward 5 %, threshold 150 ₽, expires after 6 months". */
export function mechanicParameters(mechanic: DesignMechanic, t: OnePageT, format: Formatters): string {
  const parts: string[] = [];
  if (mechanic.rewardRate !== null) parts.push(t('mechanic.rewardRate', { value: figureText(mechanic.rewardRate, 'share', format, t) }));
  if (mechanic.threshold !== null) parts.push(t('mechanic.threshold', { value: figureText(mechanic.threshold, 'money', format, t) }));
  parts.push(mechanic.expiryMonths === null ? t('mechanic.noExpiry') : t('mechanic.expiry', { count: mechanic.expiryMonths }));
  return parts.join(', ');
}
