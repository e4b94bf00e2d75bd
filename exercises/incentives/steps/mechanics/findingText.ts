import type { Formatters } from '../../../../src/i18n/format';
import type { Translate } from '../../../../src/i18n/translate';
import { SHORT_EXPIRY_MONTHS, type MechanicFinding } from '../../model/mechanics';
import type { MechanicsMessageKey } from '../../messages/mechanics';

/** A check's finding in words, with its figures as the screen writes them; the step and the export share it. */
export function findingText(finding: MechanicFinding, t: Translate<MechanicsMessageKey>, format: Formatters): string {
  switch (finding.code) {
    case 'rewardAboveMargin':
    case 'rewardHalfMargin':
      return t(`finding.${finding.code}`, { rate: format.percent(finding.rewardRate), margin: format.percent(finding.margin) });
    case 'expiryShort':
      return t('finding.expiryShort', { months: finding.months, min: SHORT_EXPIRY_MONTHS });
    default:
      return t(`finding.${finding.code}`);
  }
}
