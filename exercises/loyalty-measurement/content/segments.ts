import type { Locale } from '../../../src/i18n/locale';

/** The demo retailer's segment codes in the interface's language; a participant's own segments show as written. */
const DEMO_SEGMENT_NAMES: Record<string, Record<Locale, string>> = {
  stores: { ru: 'Магазины', en: 'Shops', zh: '门店' },
  online: { ru: 'Интернет-магазин', en: 'Online store', zh: '网店' },
  corporate: { ru: 'Корпоративные клиенты', en: 'Corporate clients', zh: '企业客户' },
};

export function segmentLabel(segment: string, locale: Locale): string {
  return DEMO_SEGMENT_NAMES[segment]?.[locale] ?? segment;
}
