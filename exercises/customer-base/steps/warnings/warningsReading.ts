import type { Formatters } from '../../../../src/i18n/format';
import type { Translate } from '../../../../src/i18n/translate';
import type { ReadingText } from '../../../../src/ui/Reading';
import type { WarningsSummary } from '../../analysis/warningsAnalysis';
import type { WarningsMessageKey } from '../../messages/warnings';
import type { WarningsListMessageKey } from '../../messages/warningsList';
import { WARNING_RULES } from '../../model/warnings';
import { customerLabel } from './customerLabel';
import { reasonText } from './reasonText';

export interface WarningsReadingTools {
  t: Translate<WarningsMessageKey>;
  list: Translate<WarningsListMessageKey>;
  format: Formatters;
}

/**
 * What step 6 says first: how the base splits by stage, how much revenue the customers with a warning carry, the
 * first few to call with their main reason, and which rules are off for lack of data.
 */
export function warningsReading(summary: WarningsSummary, { t, list, format }: WarningsReadingTools): ReadingText {
  const { stages, atRisk } = summary;
  const count = (value: number) => format.integer(value);
  const sentences = [
    t('warnings.reading.stages', {
      customers: count(summary.customers),
      longTerm: count(stages.longTerm.customers),
      repeat: count(stages.repeat.customers),
      firstTime: count(stages.firstTime.customers),
      lapsing: count(stages.lapsing.customers),
      lapsed: count(stages.lapsed.customers),
    }),
  ];
  if (atRisk.customers === 0) sentences.push(t('warnings.reading.none'));
  else {
    const share = summary.yearlyRevenue > 0 ? atRisk.atStake / summary.yearlyRevenue : 0;
    sentences.push(t('warnings.reading.atRisk', { count: atRisk.customers, money: format.money(atRisk.atStake), share: format.percent(share, 0) }));
    const first = summary.top.map((row) => t('warnings.reading.topOne', { customer: customerLabel(row), reason: row.reasons[0] ? reasonText(row.reasons[0], list, format) : '' }));
    sentences.push(t('warnings.reading.top', { first: first.join(list('reason.join')) }), t('warnings.reading.action'));
  }
  const missing = WARNING_RULES.filter((rule) => summary.rules[rule].availability.kind === 'missing').map((rule) => t(`rule.${rule}`));
  return { sentences, caution: missing.length > 0 ? t('warnings.reading.missing', { rules: missing.join(list('reason.join')) }) : null };
}
