import type { Translate } from '../../src/i18n/translate';
import type { ReadingText } from '../../src/ui/Reading';
import { SMALL_SAMPLE_ANSWERS } from './model/classification';
import { priorityList, type PriorityAction } from './model/priorities';
import type { FeatureResult } from './model/survey';
import type { KanoReadingKey } from './readingMessages';

/** How many features a sentence names: the first to act on, few enough to read aloud. */
const NAMED = 3;

/**
 * The results and decisions steps: the must-be features to secure first and the attractive ones to add next (in the
 * priority list's order, so the strongest come first), the one-dimensional ones when there are any, and the next
 * step. The small-sample caution counts the feature with the fewest classified answers.
 */
export function kanoReading(
  results: readonly FeatureResult[],
  nameOf: (featureId: string) => string,
  t: Translate<KanoReadingKey>,
  /** Where the decisions are taken: on the decisions step itself the next step is "below". */
  decisionsBelow = false,
): ReadingText {
  const priorities = priorityList(results);
  const named = (action: PriorityAction) =>
    priorities
      .filter((item) => item.action === action)
      .slice(0, NAMED)
      .map((item) => t('reading.item', { name: nameOf(item.featureId) }))
      .join(t('reading.separator'));
  const classified = results.flatMap((result) => (result.classification.kind === 'ok' ? [result.classification.n] : []));
  const fewest = classified.length > 0 ? Math.min(...classified) : null;
  const caution = fewest !== null && fewest < SMALL_SAMPLE_ANSWERS ? t('reading.smallSample', { count: fewest, min: SMALL_SAMPLE_ANSWERS }) : null;
  if (classified.length === 0) return { sentences: [t('reading.none')], caution: null };
  const mustBe = named('secureMustBe');
  const attractive = named('addAttractive');
  const oneDimensional = named('improveOneDimensional');
  const sentences = [
    mustBe ? t('reading.mustBe', { names: mustBe }) : t('reading.noMustBe'),
    attractive ? t('reading.attractive', { names: attractive }) : t('reading.noAttractive'),
  ];
  if (oneDimensional) sentences.push(t('reading.oneDimensional', { names: oneDimensional }));
  sentences.push(t(decisionsBelow ? 'reading.nextHere' : 'reading.next'));
  return { sentences, caution };
}
