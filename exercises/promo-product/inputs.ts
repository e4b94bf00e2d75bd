import type { DatasetSpec } from '../../src/data/spec';

/**
 * The participant's receipts: one row per receipt line, as a till or an ERP exports them. Only the receipt and
 * the product are required; the rest widens what the exercise can say (money figures need amounts, margin
 * room needs cost or margin, "what the same customer buys next" needs customers and dates). Two other shapes
 * are accepted at import and turned into these lines: one basket per line (items separated by commas, as
 * public basket data sets are published) and a wide 0/1 table (one column per product).
 */

/** The exercise's id: progress, datasets and routes are keyed by it. */
export const PROMO_EXERCISE_ID = 'promo-product';

export const RECEIPTS_SPEC_ID = 'receipts';

/** Column keys, shared by the spec, the demo store and the models. */
export const RECEIPT_COLUMNS = {
  receipt: 'receipt',
  date: 'date',
  product: 'product',
  customer: 'customer',
  category: 'category',
  quantity: 'quantity',
  price: 'price',
  amount: 'amount',
  cost: 'cost',
  margin: 'margin',
} as const;

export const receiptsSpec: DatasetSpec = {
  id: RECEIPTS_SPEC_ID,
  // The receipt is the line number (or the wide table's id column), the product the item or the column's name.
  layouts: { accepted: ['basketPerLine', 'wideBinary'], group: RECEIPT_COLUMNS.receipt, item: RECEIPT_COLUMNS.product },
  title: { ru: 'Чеки (строки чеков)', en: 'Receipts (receipt lines)', zh: '小票（小票明细）' },
  columns: [
    {
      key: RECEIPT_COLUMNS.receipt,
      type: 'text',
      required: true,
      label: { ru: 'Номер чека', en: 'Receipt', zh: '小票号' },
      synonyms: {
        ru: ['чек', 'номер чека', 'id чека', 'документ', 'номер документа', 'заказ', 'номер заказа', 'транзакция'],
        en: ['receipt', 'receipt id', 'receipt number', 'basket', 'basket id', 'transaction', 'transaction id', 'order', 'order id', 'invoice', 'invoiceno', 'invoice no'],
        zh: ['小票', '小票号', '小票编号', '单号', '订单号', '交易号', '交易编号'],
      },
      example: 'Ч-000123',
    },
    {
      key: RECEIPT_COLUMNS.date,
      type: 'date',
      required: false,
      recommended: {
        ru: 'Без даты не получится посмотреть, что тот же клиент покупает следом; правила и показатели товаров посчитаются.',
        en: 'Without a date the exercise cannot show what the same customer buys next; rules and product figures still work.',
        zh: '没有日期就无法看到同一客户接下来会买什么；关联规则和商品指标仍可计算。',
      },
      label: { ru: 'Дата', en: 'Date', zh: '日期' },
      synonyms: {
        ru: ['дата', 'дата чека', 'дата продажи', 'дата покупки', 'день'],
        en: ['date', 'receipt date', 'sale date', 'purchase date', 'order date', 'invoicedate', 'invoice date'],
        zh: ['日期', '小票日期', '销售日期', '购买日期', '交易日期'],
      },
      example: '2026-03-15',
    },
    {
      key: RECEIPT_COLUMNS.product,
      type: 'text',
      required: true,
      label: { ru: 'Товар', en: 'Product', zh: '商品' },
      synonyms: {
        ru: ['товар', 'номенклатура', 'наименование', 'наименование товара', 'артикул', 'продукт', 'позиция', 'sku'],
        en: ['product', 'item', 'product name', 'item name', 'description', 'sku', 'stockcode', 'stock code', 'article'],
        zh: ['商品', '商品名称', '品名', '货品', '产品', '商品编码', 'sku'],
      },
      example: 'Молоко 3,2 % 1 л',
    },
    {
      key: RECEIPT_COLUMNS.customer,
      type: 'text',
      required: false,
      recommended: {
        ru: 'Без клиента не получится посмотреть, что тот же клиент покупает следом, и посчитать покупателей товара.',
        en: 'Without a customer the exercise cannot show what the same customer buys next or count a product’s buyers.',
        zh: '没有客户列就无法看到同一客户接下来买什么，也无法统计商品的购买人数。',
      },
      label: { ru: 'Клиент', en: 'Customer', zh: '客户' },
      synonyms: {
        ru: ['клиент', 'покупатель', 'карта', 'номер карты', 'код клиента', 'id клиента'],
        en: ['customer', 'customer id', 'customerid', 'client', 'card', 'card number', 'member'],
        zh: ['客户', '顾客', '会员卡号', '卡号', '客户编号'],
      },
      example: 'K0001',
    },
    {
      key: RECEIPT_COLUMNS.category,
      type: 'text',
      required: false,
      label: { ru: 'Категория', en: 'Category', zh: '品类' },
      synonyms: {
        ru: ['категория', 'группа', 'группа товаров', 'товарная группа', 'подгруппа'],
        en: ['category', 'product category', 'group', 'product group', 'department'],
        zh: ['品类', '类别', '商品类别', '商品分类', '分类'],
      },
      example: 'Молочные продукты',
    },
    {
      key: RECEIPT_COLUMNS.quantity,
      type: 'number',
      required: false,
      label: { ru: 'Количество', en: 'Quantity', zh: '数量' },
      synonyms: {
        ru: ['количество', 'кол-во', 'кол', 'шт', 'количество шт'],
        en: ['quantity', 'qty', 'units', 'pcs'],
        zh: ['数量', '件数', '销量'],
      },
      example: 2,
    },
    {
      key: RECEIPT_COLUMNS.price,
      type: 'money',
      required: false,
      label: { ru: 'Цена', en: 'Price', zh: '单价' },
      synonyms: {
        ru: ['цена', 'цена продажи', 'цена за шт', 'цена с ндс'],
        en: ['price', 'unit price', 'unitprice', 'sale price'],
        zh: ['单价', '价格', '售价'],
      },
      example: 89.9,
    },
    {
      key: RECEIPT_COLUMNS.amount,
      type: 'money',
      required: false,
      label: { ru: 'Сумма строки', en: 'Line amount', zh: '行金额' },
      synonyms: {
        ru: ['сумма', 'сумма строки', 'сумма продажи', 'стоимость', 'выручка', 'итого'],
        en: ['amount', 'line amount', 'total', 'line total', 'sales', 'revenue', 'value'],
        zh: ['金额', '行金额', '销售额', '小计', '总额'],
      },
      example: 179.8,
    },
    {
      key: RECEIPT_COLUMNS.cost,
      type: 'money',
      required: false,
      label: { ru: 'Себестоимость строки', en: 'Line cost', zh: '行成本' },
      synonyms: {
        ru: ['себестоимость', 'себестоимость строки', 'закупочная стоимость', 'затраты'],
        en: ['cost', 'line cost', 'cost of goods', 'cogs', 'purchase cost'],
        zh: ['成本', '行成本', '进货成本', '销售成本'],
      },
      example: 121,
    },
    {
      key: RECEIPT_COLUMNS.margin,
      type: 'money',
      required: false,
      label: { ru: 'Маржа строки', en: 'Line margin', zh: '行毛利' },
      synonyms: {
        ru: ['маржа', 'валовая прибыль', 'наценка в рублях', 'доход'],
        en: ['margin', 'gross margin', 'gross profit', 'line margin', 'profit'],
        zh: ['毛利', '毛利额', '行毛利', '利润'],
      },
      example: 58.8,
    },
  ],
};
