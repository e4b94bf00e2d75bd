import type { Translate } from '../../../../src/i18n/translate';
import type { IntervalBin } from '../../model/behaviour';
import type { BehaviourMessageKey } from '../../messages/behaviour';

/** A bin of the interval histogram in words: «до 7 дн.», «7–14 дн.», «больше 365 дн.». */
export function intervalBinLabel(bin: IntervalBin, t: Translate<BehaviourMessageKey>): string {
  if (bin.to === null) return t('behaviour.intervals.lastBin', { from: String(bin.from) });
  if (bin.from === 0) return t('behaviour.intervals.firstBin', { to: String(bin.to) });
  return t('behaviour.intervals.bin', { from: String(bin.from), to: String(bin.to) });
}
