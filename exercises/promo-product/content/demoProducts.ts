import type { Locale } from '../../../src/i18n/locale';

/**
 * The demo grocery store's assortment (demo/README.md): 50 products in three lines each (the store's own
 * "value" line, the "classic" brand, a "premium" one), 150 labels in all. The demo's receipts carry codes
 * (`milk.classic`, category `dairy`) so that a choice the participant makes on the demo survives a change of
 * language; steps name them through `demoItemName`, and only on the demo: a participant's own product called
 * "milk.classic" is shown as written.
 */

export const DEMO_CATEGORIES = {
  dairy: { ru: 'Молочные продукты', en: 'Dairy', zh: '乳制品' },
  bakery: { ru: 'Хлеб и выпечка', en: 'Bakery', zh: '面包烘焙' },
  produce: { ru: 'Овощи и фрукты', en: 'Fruit and vegetables', zh: '果蔬' },
  meat: { ru: 'Мясо и колбасы', en: 'Meat', zh: '肉类' },
  grocery: { ru: 'Бакалея', en: 'Dry groceries', zh: '粮油干货' },
  drinks: { ru: 'Напитки', en: 'Drinks', zh: '饮料' },
  snacks: { ru: 'Снеки и сладости', en: 'Snacks and sweets', zh: '零食糖果' },
  household: { ru: 'Хозяйственные товары', en: 'Household', zh: '家居用品' },
  hygiene: { ru: 'Гигиена', en: 'Personal care', zh: '个人护理' },
  frozen: { ru: 'Заморозка', en: 'Frozen', zh: '冷冻食品' },
  baby: { ru: 'Детские товары', en: 'Baby', zh: '母婴用品' },
} as const satisfies Record<string, Record<Locale, string>>;

export type DemoCategory = keyof typeof DEMO_CATEGORIES;

export const DEMO_LINES = {
  value: { ru: 'эконом', en: 'value', zh: '经济装', priceFactor: 0.75, margin: 0.34 },
  classic: { ru: 'классика', en: 'classic', zh: '经典', priceFactor: 1, margin: 0.24 },
  premium: { ru: 'премиум', en: 'premium', zh: '优选', priceFactor: 1.45, margin: 0.3 },
} as const;

export type DemoLine = keyof typeof DEMO_LINES;
export const DEMO_LINE_CODES = Object.keys(DEMO_LINES) as DemoLine[]; // Cast: the keys of a literal.

export interface DemoBaseProduct {
  category: DemoCategory;
  name: Record<Locale, string>;
  /** Regular price of the classic line, in the workbook's currency units. */
  price: number;
  /** Relative chance of landing in a receipt as an unplanned pick. */
  weight: number;
  /** Overrides the line's margin: a price indicator is sold close to cost. */
  margin?: number;
}

const base = (category: DemoCategory, ru: string, en: string, zh: string, price: number, weight: number, margin?: number): DemoBaseProduct => ({
  category,
  name: { ru, en, zh },
  price,
  weight,
  ...(margin === undefined ? {} : { margin }),
});

export const DEMO_BASE_PRODUCTS = {
  milk: base('dairy', 'Молоко', 'Milk', '牛奶', 89, 0, 0.12),
  kefir: base('dairy', 'Кефир', 'Kefir', '开菲尔酸奶', 95, 5),
  yogurt: base('dairy', 'Йогурт', 'Yoghurt', '酸奶', 65, 8),
  cheese: base('dairy', 'Сыр', 'Cheese', '奶酪', 420, 5),
  butter: base('dairy', 'Масло сливочное', 'Butter', '黄油', 210, 5),
  cream: base('dairy', 'Сливки', 'Cream', '奶油', 120, 2),
  cottageCheese: base('dairy', 'Творог', 'Cottage cheese', '农家奶酪', 150, 4),
  eggs: base('dairy', 'Яйца', 'Eggs', '鸡蛋', 115, 0, 0.15),
  bread: base('bakery', 'Хлеб', 'Bread', '面包', 55, 0, 0.18),
  baguette: base('bakery', 'Багет', 'Baguette', '法棍', 70, 4),
  buns: base('bakery', 'Булочки', 'Buns', '小餐包', 90, 5),
  bananas: base('produce', 'Бананы', 'Bananas', '香蕉', 130, 0, 0.16),
  apples: base('produce', 'Яблоки', 'Apples', '苹果', 140, 7),
  tomatoes: base('produce', 'Помидоры', 'Tomatoes', '西红柿', 220, 5),
  cucumbers: base('produce', 'Огурцы', 'Cucumbers', '黄瓜', 180, 5),
  potatoes: base('produce', 'Картофель', 'Potatoes', '土豆', 60, 6),
  onions: base('produce', 'Лук', 'Onions', '洋葱', 45, 4),
  lemons: base('produce', 'Лимоны', 'Lemons', '柠檬', 60, 1),
  chicken: base('meat', 'Курица', 'Chicken', '鸡肉', 330, 6),
  mince: base('meat', 'Фарш', 'Minced meat', '肉馅', 390, 4),
  sausages: base('meat', 'Сосиски', 'Sausages', '香肠', 280, 5),
  grillMeat: base('meat', 'Шашлык', 'Barbecue meat', '烧烤肉串', 650, 0),
  pasta: base('grocery', 'Макароны', 'Pasta', '意大利面', 95, 1),
  tomatoSauce: base('grocery', 'Томатный соус', 'Tomato sauce', '番茄酱汁', 110, 0.5),
  rice: base('grocery', 'Рис', 'Rice', '大米', 120, 4),
  buckwheat: base('grocery', 'Гречка', 'Buckwheat', '荞麦', 100, 4),
  oil: base('grocery', 'Масло подсолнечное', 'Sunflower oil', '葵花籽油', 150, 4),
  sugar: base('grocery', 'Сахар', 'Sugar', '白糖', 80, 4),
  tea: base('grocery', 'Чай', 'Tea', '茶叶', 190, 1),
  coffee: base('grocery', 'Кофе', 'Coffee', '咖啡', 520, 1),
  water: base('drinks', 'Вода', 'Water', '饮用水', 45, 6),
  juice: base('drinks', 'Сок', 'Juice', '果汁', 140, 5),
  beer: base('drinks', 'Пиво', 'Beer', '啤酒', 110, 1),
  lemonade: base('drinks', 'Лимонад', 'Lemonade', '汽水', 95, 4),
  chips: base('snacks', 'Чипсы', 'Crisps', '薯片', 130, 1),
  nuts: base('snacks', 'Орешки', 'Nuts', '坚果', 250, 1),
  cookies: base('snacks', 'Печенье', 'Biscuits', '饼干', 120, 3),
  chocolate: base('snacks', 'Шоколад', 'Chocolate', '巧克力', 110, 5),
  detergent: base('household', 'Стиральный порошок', 'Laundry detergent', '洗衣粉', 480, 2),
  dishSoap: base('household', 'Средство для посуды', 'Washing-up liquid', '洗洁精', 150, 3),
  paperTowels: base('household', 'Бумажные полотенца', 'Paper towels', '厨房纸巾', 160, 3),
  binBags: base('household', 'Мешки для мусора', 'Bin bags', '垃圾袋', 140, 3),
  charcoal: base('household', 'Уголь для гриля', 'Barbecue charcoal', '烧烤木炭', 300, 0),
  toothpaste: base('hygiene', 'Зубная паста', 'Toothpaste', '牙膏', 190, 3),
  shampoo: base('hygiene', 'Шампунь', 'Shampoo', '洗发水', 350, 2),
  dumplings: base('frozen', 'Пельмени', 'Dumplings', '饺子', 320, 4),
  iceCream: base('frozen', 'Мороженое', 'Ice cream', '冰淇淋', 120, 5),
  diapers: base('baby', 'Подгузники', 'Nappies', '纸尿裤', 1200, 0),
  babyWipes: base('baby', 'Детские салфетки', 'Baby wipes', '婴儿湿巾', 190, 0.3),
  babyPuree: base('baby', 'Детское пюре', 'Baby puree', '婴儿果泥', 70, 0.3),
} as const satisfies Record<string, DemoBaseProduct>;

export type DemoBase = keyof typeof DEMO_BASE_PRODUCTS;
export const DEMO_BASE_CODES = Object.keys(DEMO_BASE_PRODUCTS) as DemoBase[]; // Cast: the keys of a literal.

export const demoProductCode = (product: DemoBase, line: DemoLine): string => `${product}.${line}`;

const isKey = <T extends object>(object: T, key: string): key is Extract<keyof T, string> => Object.hasOwn(object, key);

/** A demo code's name in the language, or null when `label` is not one of the demo store's codes. */
export function demoItemName(label: string, locale: Locale): string | null {
  if (isKey(DEMO_CATEGORIES, label)) return DEMO_CATEGORIES[label][locale];
  const [product, line, ...rest] = label.split('.');
  if (rest.length > 0 || product === undefined || line === undefined) return null;
  if (!isKey(DEMO_BASE_PRODUCTS, product) || !isKey(DEMO_LINES, line)) return null;
  const name = DEMO_BASE_PRODUCTS[product].name[locale];
  const lineName = DEMO_LINES[line][locale];
  return locale === 'zh' ? `${name}（${lineName}）` : `${name} (${lineName})`;
}

/** How items are named on screen, in exports and in print: the demo's codes in the language, anyone else's labels as written. */
export function itemNamer(fromDemo: boolean, locale: Locale): (label: string) => string {
  return fromDemo ? (label) => demoItemName(label, locale) ?? label : (label) => label;
}
