import type { Locale, LocalizedText } from '../../../src/i18n/locale';

/**
 * Segments the workbook names in the reader's language. The demo survey stores its two groups by these ids, so
 * its answers read the same in every language; any other segment is shown as the participant or the file wrote it.
 */
export const NAMED_SEGMENTS = ['regular', 'new'] as const;
export type NamedSegment = (typeof NAMED_SEGMENTS)[number];

const SEGMENT_LABELS: Record<NamedSegment, LocalizedText> = {
  regular: { ru: 'Постоянные покупатели', en: 'Regular customers', zh: '常客' },
  new: { ru: 'Новые покупатели', en: 'New customers', zh: '新顾客' },
};

/** How a stored segment is shown: a named segment in the current language, any other as it was written. */
export function segmentLabel(segment: string, locale: Locale): string {
  const named = NAMED_SEGMENTS.find((candidate) => candidate === segment);
  return named ? SEGMENT_LABELS[named][locale] : segment;
}
