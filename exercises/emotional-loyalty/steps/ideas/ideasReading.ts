import type { Locale } from '../../../../src/i18n/locale';
import type { Translate } from '../../../../src/i18n/translate';
import type { ReadingText } from '../../../../src/ui/Reading';
import { ideasGaps } from '../../model/ideas';
import type { EmotionalState } from '../../state';
import type { IdeasMessageKey } from '../../messages/ideas';
import { placesOf } from '../journey/journeyReading';

/** What step 2 says in words: how many ideas over how many touchpoints, and where ideas or staff notes are missing. Pure. */
export function ideasReading(state: EmotionalState, t: Translate<IdeasMessageKey>, locale: Locale): ReadingText {
  if (state.touchpoints.length === 0) return { sentences: [t('ideas.reading.empty')], caution: null };
  const gaps = ideasGaps(state);
  if (gaps.ideaCount === 0) return { sentences: [t('ideas.reading.none')], caution: null };
  const total = state.touchpoints.length;
  const sentences = [t('ideas.reading.summary', { count: gaps.ideaCount, touchpoints: total - gaps.withoutIdeas.length, total })];
  if (gaps.ownCount > 0) sentences.push(t('ideas.reading.own', { count: gaps.ownCount }));
  if (gaps.withoutIdeas.length > 0) sentences.push(t('ideas.reading.noIdeas', { list: placesOf(gaps.withoutIdeas, locale) }));
  if (gaps.withoutStaff.length > 0) sentences.push(t('ideas.reading.noStaff', { list: placesOf(gaps.withoutStaff, locale) }));
  sentences.push(t('ideas.reading.next'));
  return { sentences, caution: null };
}
