import { INTL_TAG, type Locale } from '../../../../src/i18n/locale';
import type { Translate } from '../../../../src/i18n/translate';
import type { ReadingText } from '../../../../src/ui/Reading';
import type { EmotionalNames } from '../../content/names';
import { journeyGaps } from '../../model/journey';
import { LADDER_STAGES, type Touchpoint } from '../../state';
import type { JourneyMessageKey } from '../../messages/journey';

/** "1, 4 and 7": places are counted from 1, as the list and the map number them. */
export function listOf(items: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(INTL_TAG[locale], { type: 'conjunction' }).format(items);
}

export const placesOf = (places: readonly number[], locale: Locale) => listOf(places.map((place) => String(place + 1)), locale);

/** What the journey says in words: how much of the ladder it covers and what it still lacks. Pure. */
export function journeyReading(touchpoints: readonly Touchpoint[], t: Translate<JourneyMessageKey>, names: EmotionalNames, locale: Locale): ReadingText {
  if (touchpoints.length === 0) return { sentences: [t('journey.reading.empty')], caution: null };
  const gaps = journeyGaps(touchpoints);
  const sentences = [t('journey.reading.summary', { count: touchpoints.length, stages: LADDER_STAGES.length - gaps.emptyStages.length })];
  if (gaps.emptyStages.length > 0) sentences.push(t('journey.reading.emptyStages', { stages: listOf(gaps.emptyStages.map((stage) => `«${names.stage(stage)}»`), locale) }));
  if (gaps.noEmotion.length > 0) sentences.push(t('journey.reading.noEmotion', { list: placesOf(gaps.noEmotion, locale) }));
  if (gaps.unnamed.length > 0) sentences.push(t('journey.reading.unnamed', { list: placesOf(gaps.unnamed, locale) }));
  if (gaps.outOfOrder.length > 0) sentences.push(t('journey.reading.outOfOrder', { list: placesOf(gaps.outOfOrder, locale) }));
  const complete = gaps.emptyStages.length === 0 && gaps.noEmotion.length === 0 && gaps.unnamed.length === 0;
  sentences.push(t(complete ? 'journey.reading.complete' : 'journey.reading.next'));
  return { sentences, caution: null };
}
