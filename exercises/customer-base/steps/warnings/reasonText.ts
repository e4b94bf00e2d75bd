import type { Formatters } from '../../../../src/i18n/format';
import type { Locale } from '../../../../src/i18n/locale';
import type { Translate } from '../../../../src/i18n/translate';
import { customersSpec, salesSpec } from '../../inputs';
import type { WarningsMessageKey } from '../../messages/warnings';
import type { WarningsListMessageKey } from '../../messages/warningsList';
import type { NeededColumn, RuleAvailability, WarningReason } from '../../model/warnings';

/** A reason in words, with its figures: screen, reading and export say it alike. */
export function reasonText(reason: WarningReason, t: Translate<WarningsListMessageKey>, format: Formatters): string {
  const money = (value: number) => format.money(value);
  switch (reason.rule) {
    case 'interval':
      return reason.interval === null
        ? t('reason.intervalOneOff', { days: reason.silence, threshold: Math.round(reason.threshold) })
        : t('reason.interval', { days: reason.silence, times: format.number(reason.silence / reason.interval, 1), interval: format.number(reason.interval, 0) });
    case 'trend':
      return t('reason.trend', { months: reason.months, recent: money(reason.recent), earlier: money(reason.earlier), percent: format.percent(reason.ratio, 0) });
    case 'plan':
      return t('reason.plan', { revenue: money(reason.revenue), plan: money(reason.plan), percent: format.percent(reason.ratio, 0) });
    case 'debt':
      return t('reason.debt', { debt: money(reason.debt), limit: money(reason.limit) });
    case 'costToServe':
      return reason.ratio === null
        ? t('reason.costToServeNoMargin', { cost: money(reason.cost), margin: money(reason.margin) })
        : t('reason.costToServe', { cost: money(reason.cost), margin: money(reason.margin), percent: format.percent(reason.ratio, 0) });
  }
}

export function reasonsText(reasons: readonly WarningReason[], t: Translate<WarningsListMessageKey>, format: Formatters): string {
  return reasons.map((reason) => reasonText(reason, t, format)).join(t('reason.join'));
}

/** "the column «Debt» in «Customer list»" (or "«Cost» or «Margin»"): what a rule lacks, in the import's own names. */
function columnText(column: NeededColumn, t: Translate<WarningsMessageKey>, locale: Locale): string {
  const spec = column.file === 'sales' ? salesSpec : customersSpec;
  const [first = '', other] = column.keys.map((key) => spec.columns.find((candidate) => candidate.key === key)?.label[locale] ?? key);
  const file = spec.title[locale];
  return other === undefined ? t('rule.missing.column', { column: first, file }) : t('rule.missing.columnEither', { column: first, other, file });
}

/** Why a rule is unavailable, in words; null when it is ready. */
export function unavailableText(availability: RuleAvailability, t: Translate<WarningsMessageKey>, locale: Locale): string | null {
  if (availability.kind === 'ready') return null;
  if (availability.kind === 'shortWindow') return t('rule.shortWindow', { months: availability.months, needed: availability.needed });
  return t('rule.missing', { columns: availability.columns.map((column) => columnText(column, t, locale)).join(t('rule.missing.and')) });
}
