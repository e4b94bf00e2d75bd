import type { LocalizedText } from '../../../src/i18n/locale';
import type { BusinessType, Emotion, LadderStage } from '../state';

/**
 * The shapes of the libraries the participant picks from. State refers to an entry by its id; its texts live in
 * the three languages, so a demo or a picked idea reads in the page's language until the participant edits it.
 */
export interface LibraryTouchpoint {
  id: string;
  name: LocalizedText;
  stage: LadderStage;
  emotion: Emotion;
}

export interface LibraryIdea {
  id: string;
  title: LocalizedText;
  description: LocalizedText;
  /** Library touchpoints it suits (ids); an idea suits a participant's own touchpoint of the same ladder stage. */
  touchpoints: readonly string[];
  stages: readonly LadderStage[];
  /** A first guess of cost and effect, 1–5, which the participant rates over. */
  cost: number;
  effect: number;
}

export interface LibraryQuality {
  id: string;
  name: LocalizedText;
}

export interface LibraryOccasion {
  id: string;
  name: LocalizedText;
  /** 'mm-dd' of the usual date; the participant's own year is added when it is taken. */
  monthDay: string;
  businesses: readonly BusinessType[];
}
