import { useMemo } from 'react';
import { useLocale } from '../../../../src/i18n/useI18n';
import { emotionalNames, type EmotionalNames } from '../../content/names';

/** The exercise's names in the page's language (content/names.ts). */
export function useEmotionalNames(): EmotionalNames {
  const locale = useLocale();
  return useMemo(() => emotionalNames(locale), [locale]);
}
