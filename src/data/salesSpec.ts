import type { DatasetSpec } from './spec';

/**
 * The participant's sales file, one spec for the whole workbook (`shared: 'sales'`): imported once into "My data",
 * it serves every exercise that reads sales, so its optional columns are the union of what those exercises use
 * (program members for the ROI evaluation, a segment for loyalty measurement; cost, margin, documents, products,
 * managers and regions for the customer base and segmentation exercises). Header synonyms cover what
 * Russian, English and Chinese exports (1C, CRM, POS) usually call these columns.
 */

export const SALES_SPEC_ID = 'sales';

export const salesSpec: DatasetSpec = {
  id: SALES_SPEC_ID,
  shared: 'sales',
  title: { ru: 'Продажи по клиентам', en: 'Sales by customer', zh: '按客户的销售记录' },
  columns: [
    {
      key: 'customer',
      type: 'text',
      required: true,
      label: { ru: 'Клиент', en: 'Customer', zh: '客户' },
      synonyms: {
        ru: ['клиент', 'покупатель', 'контрагент', 'код клиента', 'id клиента', 'номер карты', 'карта', 'телефон'],
        en: ['customer', 'client', 'customer id', 'client id', 'buyer', 'account', 'card number', 'phone'],
        zh: ['客户', '顾客', '客户编号', '客户id', '会员卡号', '卡号', '买家', '手机号'],
      },
      example: 'C0001',
    },
    {
      key: 'date',
      type: 'date',
      required: true,
      label: { ru: 'Дата', en: 'Date', zh: '日期' },
      synonyms: {
        ru: ['дата', 'дата продажи', 'дата покупки', 'дата чека', 'период', 'день'],
        en: ['date', 'sale date', 'purchase date', 'order date', 'invoice date', 'day'],
        zh: ['日期', '销售日期', '购买日期', '订单日期', '交易日期'],
      },
      example: '2024-03-15',
    },
    {
      key: 'amount',
      type: 'money',
      required: true,
      label: { ru: 'Сумма', en: 'Amount', zh: '金额' },
      synonyms: {
        ru: ['сумма', 'сумма продажи', 'сумма чека', 'выручка', 'стоимость', 'сумма с ндс', 'итого'],
        en: ['amount', 'sales', 'revenue', 'total', 'value', 'sale amount', 'net sales'],
        zh: ['金额', '销售额', '销售金额', '总额', '收入', '实付金额'],
      },
      example: 1800,
    },
    {
      key: 'cost',
      type: 'money',
      required: false,
      recommended: {
        ru: 'С себестоимостью (или маржой) клиентов можно сравнить по прибыли, а не только по выручке (практикум 3).',
        en: 'With the cost of goods (or the margin) customers can be ranked by profit, not only by revenue (practicum 3).',
        zh: '有了成本（或毛利），就能按利润而不只是按销售额给客户排序（练习3）。',
      },
      label: { ru: 'Себестоимость', en: 'Cost of goods', zh: '成本' },
      synonyms: {
        ru: ['себестоимость', 'себестоимость продаж', 'закупочная стоимость', 'сумма себестоимости', 'затраты'],
        en: ['cost', 'cost of goods', 'cogs', 'cost of sales', 'purchase cost', 'unit cost total'],
        zh: ['成本', '销售成本', '进货成本', '商品成本'],
      },
      example: 1150,
    },
    {
      key: 'margin',
      type: 'money',
      required: false,
      label: { ru: 'Маржа (валовая прибыль)', en: 'Margin (gross profit)', zh: '毛利' },
      synonyms: {
        ru: ['маржа', 'валовая прибыль', 'наценка в рублях', 'прибыль', 'валовый доход'],
        en: ['margin', 'gross margin', 'gross profit', 'profit', 'markup amount'],
        zh: ['毛利', '毛利润', '利润', '毛利额'],
      },
      example: 650,
    },
    {
      key: 'document',
      type: 'text',
      required: false,
      label: { ru: 'Номер документа (заказ, накладная, чек)', en: 'Document number (order, invoice, receipt)', zh: '单据编号（订单、发票、小票）' },
      synonyms: {
        ru: ['номер документа', 'документ', 'номер заказа', 'заказ', 'накладная', 'номер накладной', 'номер чека', 'чек', 'счет', 'номер счета'],
        en: ['document', 'document number', 'order', 'order id', 'order number', 'invoice', 'invoice number', 'receipt', 'receipt number'],
        zh: ['单据编号', '单据号', '订单号', '订单编号', '发票号', '小票号'],
      },
      example: 'РН-00125',
    },
    {
      key: 'product',
      type: 'text',
      required: false,
      label: { ru: 'Товар или товарная группа', en: 'Product or product group', zh: '商品或商品组' },
      synonyms: {
        ru: ['товар', 'номенклатура', 'наименование', 'товарная группа', 'группа товаров', 'категория товара', 'артикул'],
        en: ['product', 'item', 'sku', 'product name', 'product group', 'product category', 'category'],
        zh: ['商品', '产品', '商品名称', '商品组', '品类', '货号'],
      },
      example: 'Кофе в зёрнах',
    },
    {
      key: 'manager',
      type: 'category',
      required: false,
      label: { ru: 'Менеджер', en: 'Account manager', zh: '客户经理' },
      synonyms: {
        ru: ['менеджер', 'ответственный', 'торговый представитель', 'продавец', 'сотрудник'],
        en: ['manager', 'account manager', 'sales rep', 'salesperson', 'representative', 'owner'],
        zh: ['客户经理', '销售经理', '业务员', '负责人', '销售代表'],
      },
      example: 'Иванова',
    },
    {
      key: 'region',
      type: 'category',
      required: false,
      label: { ru: 'Регион или канал', en: 'Region or channel', zh: '地区或渠道' },
      synonyms: {
        ru: ['регион', 'город', 'область', 'филиал', 'канал', 'канал продаж', 'магазин', 'точка продаж'],
        en: ['region', 'city', 'area', 'branch', 'channel', 'sales channel', 'store', 'outlet'],
        zh: ['地区', '城市', '区域', '分公司', '渠道', '销售渠道', '门店'],
      },
      example: 'Казань',
    },
    {
      key: 'member',
      type: 'category',
      required: false,
      // What program-roi's parseMemberFlag (model/evaluation/salesRows.ts) reads; it takes a few more spellings too.
      accepted: { ru: ['да', 'нет', '1', '0'], en: ['yes', 'no', '1', '0'], zh: ['是', '否', '1', '0'] },
      recommended: {
        ru: 'Без него оценка программы лояльности (практикум 10) не отличит участников от остальных клиентов: тогда загрузите там отдельный список участников.',
        en: 'Without it, the loyalty program evaluation (practicum 10) cannot tell members from other customers: then load a separate member list there.',
        zh: '没有这一列，忠诚度计划评估（练习10）无法区分会员和其他客户：这种情况下请在那里上传单独的会员名单。',
      },
      label: { ru: 'Участник программы (да/нет)', en: 'Program member (yes/no)', zh: '是否会员（是/否）' },
      synonyms: {
        ru: ['участник', 'участник программы', 'член программы', 'в программе', 'программа лояльности', 'лояльность', 'карта лояльности'],
        en: ['member', 'program member', 'loyalty member', 'is member', 'loyalty', 'loyalty program', 'membership'],
        zh: ['会员', '是否会员', '忠诚度会员', '会员计划', '会员状态'],
      },
      example: 'да',
    },
    {
      key: 'segment',
      type: 'category',
      required: false,
      label: { ru: 'Сегмент', en: 'Segment', zh: '细分' },
      synonyms: {
        ru: ['сегмент', 'группа клиентов', 'тип клиента', 'категория клиента'],
        en: ['segment', 'customer segment', 'customer group', 'customer type'],
        zh: ['细分', '客户细分', '客户群', '客户类型'],
      },
      example: 'розница',
    },
  ],
};
