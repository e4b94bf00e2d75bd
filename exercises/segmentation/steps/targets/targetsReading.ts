import type { Formatters } from '../../../../src/i18n/format';
import { INTL_TAG } from '../../../../src/i18n/locale';
import type { Translate } from '../../../../src/i18n/translate';
import type { ReadingText } from '../../../../src/ui/Reading';
import type { SegmentationFigures } from '../../analysis/segmentationAnalysis';
import type { TargetsMessageKey } from '../../messages/targets';
import { missingParts, type PlannedSegment } from './targetPlan';

/**
 * What step 5 says first: which segments are targets and how much of the base and the revenue they cover, then
 * each target that cannot be acted on yet and what it lacks (a strategy, an offer, an owner), and decisions kept
 * for segments that are gone.
 */
export function targetsReading(
  planned: readonly PlannedSegment[],
  keptCount: number,
  figures: SegmentationFigures | null,
  segmentName: (key: string) => string,
  t: Translate<TargetsMessageKey>,
  format: Formatters,
): ReadingText {
  const targets = planned.filter((segment) => segment.target.target);
  const sentences: string[] = [];
  if (targets.length === 0) {
    sentences.push(t('reading.none'));
  } else {
    const list = new Intl.ListFormat(INTL_TAG[format.locale], { type: 'conjunction' });
    sentences.push(t('reading.targets', { count: targets.length, list: list.format(targets.map((segment) => segmentName(segment.key))) }));
    if (figures !== null && figures.total.customers > 0) {
      const customers = targets.reduce((sum, segment) => sum + (segment.profile?.customers ?? 0), 0);
      const revenue = targets.reduce((sum, segment) => sum + (segment.profile?.revenue ?? 0), 0);
      sentences.push(
        t('reading.cover', {
          count: customers,
          customerShare: format.percent(customers / figures.total.customers, 0),
          revenueShare: figures.total.revenue > 0 ? format.percent(revenue / figures.total.revenue, 0) : '—',
        }),
      );
    }
    let complete = true;
    for (const segment of targets) {
      const missing = missingParts(segment.target);
      if (missing.length === 0) continue;
      complete = false;
      sentences.push(t('reading.missing', { segment: segmentName(segment.key), parts: list.format(missing.map((part) => t(`part.${part}`))) }));
    }
    if (complete) sentences.push(t('reading.complete'));
  }
  if (keptCount > 0) sentences.push(t('reading.kept', { count: keptCount }));
  return { sentences, caution: null };
}
