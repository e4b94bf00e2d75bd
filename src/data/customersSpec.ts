import type { DatasetSpec } from './spec';

/**
 * The participant's customer list (a CRM or accounting export), one spec for the whole workbook
 * (`shared: 'customers'`): one row per customer, joined to the sales by the customer column. Every column but the
 * id is optional; each one opens a figure (potential: the profit × potential matrix; size: revenue × size; plan,
 * credit limit, debt and cost to serve: the early-warning rules; region, channel and type: segmentation criteria).
 */

export const CUSTOMERS_SPEC_ID = 'customers';

export const customersSpec: DatasetSpec = {
  id: CUSTOMERS_SPEC_ID,
  shared: 'customers',
  title: { ru: 'Справочник клиентов', en: 'Customer list', zh: '客户名册' },
  columns: [
    {
      key: 'customer',
      type: 'text',
      required: true,
      label: { ru: 'Клиент (как в продажах)', en: 'Customer (as in the sales)', zh: '客户（与销售记录一致）' },
      synonyms: {
        ru: ['клиент', 'код клиента', 'id клиента', 'контрагент', 'покупатель', 'номер карты', 'карта'],
        en: ['customer', 'customer id', 'client', 'client id', 'account', 'card number'],
        zh: ['客户', '客户编号', '客户id', '会员卡号', '卡号'],
      },
      example: 'C0001',
    },
    {
      key: 'name',
      type: 'text',
      required: false,
      label: { ru: 'Название', en: 'Name', zh: '名称' },
      synonyms: {
        ru: ['название', 'наименование', 'имя', 'фио', 'наименование клиента', 'компания'],
        en: ['name', 'customer name', 'company', 'company name', 'full name'],
        zh: ['名称', '客户名称', '公司', '公司名称', '姓名'],
      },
      example: 'ООО «Ромашка»',
    },
    {
      key: 'potential',
      type: 'money',
      required: false,
      recommended: {
        ru: 'Потенциал (сколько клиент тратит на вашу категорию у всех поставщиков за год) открывает матрицу «прибыль × потенциал».',
        en: 'Potential (what the customer spends on your category with all suppliers in a year) opens the profit × potential matrix.',
        zh: '潜力（客户一年在您这类商品上向所有供应商的总支出）用于“利润 × 潜力”矩阵。',
      },
      label: { ru: 'Потенциал за год', en: 'Potential per year', zh: '年度潜力' },
      synonyms: {
        ru: ['потенциал', 'потенциал клиента', 'емкость', 'ёмкость', 'оценка потенциала', 'общие закупки'],
        en: ['potential', 'customer potential', 'wallet', 'total spend', 'estimated spend', 'capacity'],
        zh: ['潜力', '客户潜力', '钱包份额基数', '总支出', '采购总额'],
      },
      example: 2_400_000,
    },
    {
      key: 'size',
      type: 'number',
      required: false,
      label: { ru: 'Размер (сотрудники, точки, площадь)', en: 'Size (staff, outlets, floor space)', zh: '规模（员工、网点、面积）' },
      synonyms: {
        ru: ['размер', 'размер клиента', 'численность', 'сотрудники', 'количество сотрудников', 'точки', 'количество точек', 'площадь'],
        en: ['size', 'customer size', 'employees', 'headcount', 'outlets', 'stores', 'floor space'],
        zh: ['规模', '员工数', '人数', '网点数', '门店数', '面积'],
      },
      example: 45,
    },
    {
      key: 'plan',
      type: 'money',
      required: false,
      label: { ru: 'План продаж за период', en: 'Sales plan for the period', zh: '期间销售计划' },
      synonyms: {
        ru: ['план', 'план продаж', 'плановый объем', 'плановый объём', 'план закупок'],
        en: ['plan', 'sales plan', 'planned volume', 'target', 'quota'],
        zh: ['计划', '销售计划', '计划量', '目标'],
      },
      example: 1_200_000,
    },
    {
      key: 'creditLimit',
      type: 'money',
      required: false,
      label: { ru: 'Кредитный лимит', en: 'Credit limit', zh: '信用额度' },
      synonyms: {
        ru: ['кредитный лимит', 'лимит', 'лимит отсрочки', 'лимит кредита', 'лимит задолженности'],
        en: ['credit limit', 'limit', 'credit line'],
        zh: ['信用额度', '额度', '赊销额度'],
      },
      example: 300_000,
    },
    {
      key: 'debt',
      type: 'money',
      required: false,
      label: { ru: 'Задолженность', en: 'Debt (receivables)', zh: '应收欠款' },
      synonyms: {
        ru: ['задолженность', 'долг', 'дебиторская задолженность', 'дебиторка', 'сальдо'],
        en: ['debt', 'receivables', 'balance due', 'outstanding', 'amount due'],
        zh: ['欠款', '应收账款', '应收', '未付金额'],
      },
      example: 120_000,
    },
    {
      key: 'costToServe',
      type: 'money',
      required: false,
      label: { ru: 'Затраты на обслуживание за период', en: 'Cost to serve for the period', zh: '期间服务成本' },
      synonyms: {
        ru: ['затраты на обслуживание', 'стоимость обслуживания', 'расходы на клиента', 'логистика', 'затраты на доставку'],
        en: ['cost to serve', 'service cost', 'serving cost', 'customer cost', 'delivery cost'],
        zh: ['服务成本', '客户服务成本', '配送成本', '客户费用'],
      },
      example: 80_000,
    },
    {
      key: 'region',
      type: 'category',
      required: false,
      label: { ru: 'Регион', en: 'Region', zh: '地区' },
      synonyms: {
        ru: ['регион', 'город', 'область', 'округ', 'филиал'],
        en: ['region', 'city', 'area', 'state', 'branch'],
        zh: ['地区', '城市', '区域', '省份', '分公司'],
      },
      example: 'Казань',
    },
    {
      key: 'channel',
      type: 'category',
      required: false,
      label: { ru: 'Канал', en: 'Channel', zh: '渠道' },
      synonyms: {
        ru: ['канал', 'канал продаж', 'тип канала', 'способ покупки'],
        en: ['channel', 'sales channel', 'channel type'],
        zh: ['渠道', '销售渠道', '渠道类型'],
      },
      example: 'HoReCa',
    },
    {
      key: 'type',
      type: 'category',
      required: false,
      label: { ru: 'Тип клиента', en: 'Customer type', zh: '客户类型' },
      synonyms: {
        ru: ['тип клиента', 'тип', 'вид деятельности', 'отрасль', 'сегмент', 'категория клиента'],
        en: ['customer type', 'type', 'industry', 'business type', 'segment', 'customer category'],
        zh: ['客户类型', '类型', '行业', '细分', '客户类别'],
      },
      example: 'кафе',
    },
  ],
};
