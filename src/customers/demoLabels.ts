import type { Locale } from '../i18n/locale';

/**
 * The demo businesses' labels (demoBusinesses.ts) are codes, named here in each language: a region, manager,
 * product group or customer type chosen on the demo survives a change of language. Only the demo's labels are
 * translated; a participant's own "region.kazan" is shown as written.
 */
export const DEMO_LABELS = {
  'region.moscow': { ru: 'Москва', en: 'Moscow', zh: '莫斯科' },
  'region.kazan': { ru: 'Казань', en: 'Kazan', zh: '喀山' },
  'region.ekaterinburg': { ru: 'Екатеринбург', en: 'Yekaterinburg', zh: '叶卡捷琳堡' },
  'region.novosibirsk': { ru: 'Новосибирск', en: 'Novosibirsk', zh: '新西伯利亚' },
  'district.centre': { ru: 'Центр', en: 'City centre', zh: '市中心' },
  'district.north': { ru: 'Север', en: 'North', zh: '北区' },
  'district.south': { ru: 'Юг', en: 'South', zh: '南区' },
  'district.west': { ru: 'Запад', en: 'West', zh: '西区' },
  'manager.ivanova': { ru: 'Иванова А.', en: 'A. Ivanova', zh: '伊万诺娃' },
  'manager.petrov': { ru: 'Петров С.', en: 'S. Petrov', zh: '彼得罗夫' },
  'manager.sokolova': { ru: 'Соколова Е.', en: 'E. Sokolova', zh: '索科洛娃' },
  'manager.orlov': { ru: 'Орлов Д.', en: 'D. Orlov', zh: '奥尔洛夫' },
  'type.cafe': { ru: 'кафе', en: 'café', zh: '咖啡馆' },
  'type.restaurant': { ru: 'ресторан', en: 'restaurant', zh: '餐厅' },
  'type.hotel': { ru: 'гостиница', en: 'hotel', zh: '酒店' },
  'type.office': { ru: 'офис', en: 'office', zh: '办公室' },
  'type.shop': { ru: 'магазин', en: 'shop', zh: '商店' },
  'type.gourmet': { ru: 'ценитель', en: 'connoisseur', zh: '精品爱好者' },
  'type.daily': { ru: 'каждый день', en: 'daily regular', zh: '日常常客' },
  'type.occasional': { ru: 'время от времени', en: 'occasional', zh: '偶尔光顾' },
  'channel.horeca': { ru: 'HoReCa', en: 'HoReCa', zh: '餐饮酒店' },
  'channel.office': { ru: 'офисы', en: 'offices', zh: '办公室' },
  'channel.store': { ru: 'кофейня', en: 'in store', zh: '门店' },
  'channel.online': { ru: 'онлайн', en: 'online', zh: '线上' },
  'product.beans': { ru: 'Кофе в зёрнах', en: 'Coffee beans', zh: '咖啡豆' },
  'product.ground': { ru: 'Молотый кофе', en: 'Ground coffee', zh: '咖啡粉' },
  'product.tea': { ru: 'Чай', en: 'Tea', zh: '茶叶' },
  'product.syrups': { ru: 'Сиропы', en: 'Syrups', zh: '糖浆' },
  'product.cups': { ru: 'Стаканы и упаковка', en: 'Cups and packaging', zh: '杯子和包装' },
  'product.service': { ru: 'Сервис кофемашин', en: 'Machine servicing', zh: '咖啡机维护' },
  'product.coffeeDrinks': { ru: 'Кофейные напитки', en: 'Coffee drinks', zh: '咖啡饮品' },
  'product.pastry': { ru: 'Выпечка', en: 'Pastry', zh: '烘焙点心' },
  'product.beansRetail': { ru: 'Зерно домой', en: 'Beans to take home', zh: '零售咖啡豆' },
  'product.merch': { ru: 'Посуда и сувениры', en: 'Mugs and gifts', zh: '杯具和礼品' },
} as const satisfies Record<string, Record<Locale, string>>;

/** How a label is shown: a demo code in the interface's language, anything else as written. */
export function labelNamer(fromDemo: boolean, locale: Locale): (label: string) => string {
  if (!fromDemo) return (label) => label;
  return (label) => (Object.hasOwn(DEMO_LABELS, label) ? DEMO_LABELS[label as keyof typeof DEMO_LABELS][locale] : label); // Cast: checked by hasOwn.
}
