import type { Locale } from '../../../src/i18n/locale';

/** The demo retailer's segment codes in the interface's language. */
const DEMO_SEGMENT_NAMES: Record<string, Record<Locale, string>> = {
  stores: { ru: 'Магазины', en: 'Shops', zh: '门店' },
  online: { ru: 'Интернет-магазин', en: 'Online store', zh: '网店' },
  corporate: { ru: 'Корпоративные клиенты', en: 'Corporate clients', zh: '企业客户' },
};

/** A segment as shown: the demo's codes by their names; a participant's own segments as written, even one called "online". */
export function segmentLabel(segment: string, locale: Locale, fromDemo: boolean): string {
  return (fromDemo ? DEMO_SEGMENT_NAMES[segment]?.[locale] : undefined) ?? segment;
}
