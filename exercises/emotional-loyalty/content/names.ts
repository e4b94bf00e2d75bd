import type { Locale } from '../../../src/i18n/locale';
import { pickText, translator } from '../../../src/i18n/translate';
import { namesMessages } from '../messages/names';
import type { BusinessType, Emotion, FollowUpStatus, Idea, LadderStage, Occasion, Touchpoint } from '../state';
import { DEFAULT_JOURNEYS, IDEA_LIBRARY, OCCASION_LIBRARY, QUALITY_LIBRARY } from './library';

export interface EmotionalNames {
  business: (type: BusinessType) => string;
  stage: (stage: LadderStage) => string;
  emotion: (emotion: Emotion) => string;
  followUp: (status: FollowUpStatus) => string;
  /** The participant's name, else the library's, else "Touchpoint n" by its place in the journey. */
  touchpoint: (touchpoint: Touchpoint, index: number) => string;
  ideaTitle: (idea: Idea) => string;
  /** '' when neither the participant nor the library gives one. */
  ideaDescription: (idea: Idea) => string;
  quality: (id: string) => string;
  occasion: (occasion: Occasion) => string;
}

const ownText = (text: string | null) => (text !== null && text.trim() !== '' ? text : null);

/** How the exercise names things on screen, in the export and in print, in one language. Pure. */
export function emotionalNames(locale: Locale): EmotionalNames {
  const t = translator(namesMessages, locale);
  const libraryTouchpoint = (id: string | null) => (id === null ? undefined : Object.values(DEFAULT_JOURNEYS).flat().find((entry) => entry.id === id));
  const libraryIdea = (id: string | null) => (id === null ? undefined : IDEA_LIBRARY.find((entry) => entry.id === id));
  return {
    business: (type) => t(`business.${type}`),
    stage: (stage) => t(`stage.${stage}`),
    emotion: (emotion) => t(`emotion.${emotion}`),
    followUp: (status) => t(`followUp.${status}`),
    touchpoint: (touchpoint, index) => {
      const library = libraryTouchpoint(touchpoint.libraryId);
      return ownText(touchpoint.name) ?? (library ? pickText(library.name, locale) : t('touchpoint.unnamed', { n: index + 1 }));
    },
    ideaTitle: (idea) => {
      const library = libraryIdea(idea.libraryId);
      return ownText(idea.title) ?? (library ? pickText(library.title, locale) : t('idea.untitled'));
    },
    ideaDescription: (idea) => {
      const library = libraryIdea(idea.libraryId);
      return ownText(idea.description) ?? (library ? pickText(library.description, locale) : '');
    },
    quality: (id) => {
      const library = QUALITY_LIBRARY.find((entry) => entry.id === id);
      return library ? pickText(library.name, locale) : id;
    },
    occasion: (occasion) => {
      const library = occasion.libraryId === null ? undefined : OCCASION_LIBRARY.find((entry) => entry.id === occasion.libraryId);
      return ownText(occasion.name) ?? (library ? pickText(library.name, locale) : t('occasion.unnamed'));
    },
  };
}
