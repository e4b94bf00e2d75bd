import type { Locale } from '../../../../src/i18n/locale';
import { featureText } from '../../content';
import type { KanoFeature } from '../../state';

export const KANO_EXERCISE_ID = 'kano';

/** Feature id → the name shown in this language (an untouched example feature follows the interface language). */
export function featureNames(features: readonly KanoFeature[], locale: Locale): Map<string, string> {
  return new Map(features.map((feature) => [feature.id, featureText(feature, locale).name]));
}

/** A name for a feature whose name is still empty, so lists and charts never show a blank. */
export function shownName(name: string | undefined, position: number, untitled: string): string {
  const trimmed = name?.trim() ?? '';
  return trimmed === '' ? `${untitled} ${position}` : trimmed;
}
