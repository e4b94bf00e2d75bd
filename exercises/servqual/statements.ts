import type { Locale, LocalizedText } from '../../src/i18n/locale';
import { ITEM_COUNT, dimensionOfItem, type Dimension, type PresetId } from './structure';

/**
 * The 22 statements, written for this workbook: each conveys the meaning of the corresponding SERVQUAL item
 * (Parasuraman, Zeithaml & Berry 1988) in our own words.
 *
 * Form chosen: ONE NEUTRAL STATEMENT PER ITEM, asked under two prompts (messages.ts
 * `questionnaire.expectationPrompt` / `questionnaire.perceptionPrompt`): "think of an excellent company of
 * this kind" for E, "think of {company}" for P. The statements therefore speak of "the company" in the third
 * person and read correctly under both prompts. Why not two forms per item: a participant adapting the
 * questionnaire edits one text per item instead of two that must stay in step, and a respondent answers
 * the same words twice, which is what makes P − E a gap on the same thing.
 */

export interface Statement {
  item: number;
  dimension: Dimension;
  text: LocalizedText;
}

const GENERIC_TEXTS: readonly LocalizedText[] = [
  // Tangibles 1–4
  {
    ru: 'Оборудование и техника компании выглядят современно.',
    en: "The company's equipment and tools look up to date.",
    zh: '该公司的设备和工具看起来很现代。',
  },
  {
    ru: 'Помещения компании (офис, торговый зал, сайт) выглядят привлекательно и ухоженно.',
    en: "The company's premises (office, shop floor, website) look attractive and well kept.",
    zh: '该公司的场所（办公室、门店、网站）美观整洁。',
  },
  {
    ru: 'Сотрудники компании выглядят опрятно и одеты уместно.',
    en: "The company's staff look tidy and suitably dressed.",
    zh: '该公司员工仪表整洁、着装得体。',
  },
  {
    ru: 'Печатные и электронные материалы компании (буклеты, договоры, счета) понятны и приятно оформлены.',
    en: "The company's printed and online materials (leaflets, contracts, bills) are clear and pleasant to look at.",
    zh: '该公司的印刷和电子资料（宣传册、合同、账单）清楚易懂、设计美观。',
  },
  // Reliability 5–9
  {
    ru: 'Если компания обещает сделать что-то к определённому сроку, она это делает.',
    en: 'When the company promises to do something by a certain date, it does so.',
    zh: '该公司承诺在某个日期前完成的事，都会按时做到。',
  },
  {
    ru: 'Когда у клиента возникает проблема, компания искренне старается её решить.',
    en: 'When a customer has a problem, the company makes a genuine effort to solve it.',
    zh: '客户遇到问题时，该公司会真心设法解决。',
  },
  {
    ru: 'Компания с первого раза выполняет услугу правильно.',
    en: 'The company gets the service right the first time.',
    zh: '该公司第一次就能把服务做好。',
  },
  {
    ru: 'Компания оказывает услуги в то время, которое назвала.',
    en: 'The company delivers its services at the time it said it would.',
    zh: '该公司在承诺的时间提供服务。',
  },
  {
    ru: 'В документах, счетах и записях компании нет ошибок.',
    en: "The company's documents, bills and records are free of errors.",
    zh: '该公司的单据、账单和记录没有差错。',
  },
  // Responsiveness 10–13
  {
    ru: 'Компания точно сообщает клиентам, когда будет выполнена услуга.',
    en: 'The company tells customers exactly when a service will be done.',
    zh: '该公司会准确告诉客户服务何时完成。',
  },
  {
    ru: 'Сотрудники компании обслуживают клиентов без задержек.',
    en: "The company's staff serve customers without delay.",
    zh: '该公司员工为客户服务不拖延。',
  },
  {
    ru: 'Сотрудники компании всегда готовы помочь клиенту.',
    en: "The company's staff are always willing to help a customer.",
    zh: '该公司员工总是乐于帮助客户。',
  },
  {
    ru: 'Сотрудники компании никогда не бывают настолько заняты, чтобы не ответить на просьбу клиента.',
    en: "The company's staff are never too busy to respond to a customer's request.",
    zh: '该公司员工再忙也会回应客户的请求。',
  },
  // Assurance 14–17
  {
    ru: 'Поведение сотрудников вызывает у клиентов доверие к компании.',
    en: "The way the company's staff behave makes customers trust the company.",
    zh: '该公司员工的言行让客户信任这家公司。',
  },
  {
    ru: 'Клиенты чувствуют себя в безопасности, имея дело с компанией (платежи, данные, договорённости).',
    en: 'Customers feel safe doing business with the company (payments, personal data, agreements).',
    zh: '客户与该公司打交道时感到放心（付款、个人数据、约定）。',
  },
  {
    ru: 'Сотрудники компании неизменно вежливы с клиентами.',
    en: "The company's staff are polite to customers every time.",
    zh: '该公司员工对客户始终礼貌。',
  },
  {
    ru: 'Сотрудникам компании хватает знаний, чтобы ответить на вопросы клиентов.',
    en: "The company's staff know enough to answer customers' questions.",
    zh: '该公司员工具备回答客户问题所需的知识。',
  },
  // Empathy 18–22
  {
    ru: 'Компания относится к каждому клиенту индивидуально, а не как к одному из многих.',
    en: 'The company treats each customer as an individual, not as one of many.',
    zh: '该公司把每位客户当作独立的个体对待，而不是众多客户之一。',
  },
  {
    ru: 'Часы работы и каналы связи компании удобны её клиентам.',
    en: "The company's opening hours and contact channels suit its customers.",
    zh: '该公司的营业时间和联系渠道方便客户。',
  },
  {
    ru: 'У каждого клиента в компании есть человек, который лично им занимается.',
    en: 'Each customer has someone at the company who looks after them personally.',
    zh: '每位客户在该公司都有专人亲自负责。',
  },
  {
    ru: 'Для компании интересы клиента стоят на первом месте.',
    en: "The company puts its customers' interests first.",
    zh: '该公司把客户的利益放在首位。',
  },
  {
    ru: 'Сотрудники компании понимают, что нужно именно этому клиенту.',
    en: "The company's staff understand the particular needs of each customer.",
    zh: '该公司员工了解每位客户的具体需求。',
  },
];

/** The generic questionnaire, item by item, in METHODS.md's order. */
export const GENERIC_STATEMENTS: readonly Statement[] = GENERIC_TEXTS.map((text, index) => ({
  item: index + 1,
  dimension: dimensionOfItem(index + 1),
  text,
}));

if (GENERIC_STATEMENTS.length !== ITEM_COUNT) throw new Error('SERVQUAL needs exactly 22 generic statements');

export interface AdaptationPreset {
  id: PresetId;
  label: LocalizedText;
  /** Items rewritten for this business; the others keep the generic text. The item fixes the dimension. */
  rewrites: Readonly<Partial<Record<number, LocalizedText>>>;
}

export const ADAPTATION_PRESETS: Record<PresetId, AdaptationPreset> = {
  generic: {
    id: 'generic',
    label: { ru: 'Общая формулировка', en: 'Generic wording', zh: '通用表述' },
    rewrites: {},
  },
  bank: {
    id: 'bank',
    label: { ru: 'Банк', en: 'Bank', zh: '银行' },
    rewrites: {
      1: {
        ru: 'Банкоматы, терминалы и мобильное приложение банка современные и удобные.',
        en: "The bank's ATMs, terminals and mobile app are modern and easy to use.",
        zh: '银行的自动取款机、终端和手机应用先进好用。',
      },
      9: {
        ru: 'В выписках, платежах и договорах банка не бывает ошибок.',
        en: "The bank's statements, payments and contracts are free of errors.",
        zh: '银行的对账单、付款和合同没有差错。',
      },
      11: {
        ru: 'Операции в отделении и в приложении проходят без долгого ожидания.',
        en: 'Transactions at the branch and in the app go through without long waits.',
        zh: '在网点和应用中办理业务无需长时间等待。',
      },
      15: {
        ru: 'Клиенты уверены, что их деньги и личные данные в банке в безопасности.',
        en: 'Customers are sure their money and personal data are safe with the bank.',
        zh: '客户确信自己的资金和个人数据在银行是安全的。',
      },
      19: {
        ru: 'Отделения, колл-центр и онлайн-банк доступны в удобное клиентам время.',
        en: 'Branches, the call centre and online banking are available when customers need them.',
        zh: '网点、客服中心和网上银行在客户需要时都能使用。',
      },
      20: {
        ru: 'У клиента есть персональный менеджер, который знает его ситуацию.',
        en: 'Customers have a personal manager who knows their situation.',
        zh: '客户有了解其情况的专属客户经理。',
      },
    },
  },
  shop: {
    id: 'shop',
    label: { ru: 'Магазин', en: 'Shop', zh: '商店' },
    rewrites: {
      2: {
        ru: 'Торговый зал чистый и просторный, нужный товар легко найти.',
        en: 'The shop floor is clean and spacious, and goods are easy to find.',
        zh: '卖场干净宽敞，商品容易找到。',
      },
      4: {
        ru: 'Ценники, вывески и каталоги понятны и не вводят в заблуждение.',
        en: 'Price tags, signs and catalogues are clear and not misleading.',
        zh: '价签、标识和商品目录清楚明了，不会误导顾客。',
      },
      6: {
        ru: 'Возврат и обмен товара оформляют без лишних споров.',
        en: 'Returns and exchanges are handled without needless argument.',
        zh: '退换货办理顺利，没有不必要的争执。',
      },
      8: {
        ru: 'Заказанный товар доставляют или выдают в обещанный день.',
        en: 'Ordered goods are delivered or ready for pickup on the promised day.',
        zh: '订购的商品在承诺的日期送达或可供提取。',
      },
      11: {
        ru: 'Очереди на кассах короткие, покупателей обслуживают быстро.',
        en: 'Checkout queues are short and shoppers are served quickly.',
        zh: '收银台排队短，顾客很快就能结账。',
      },
      17: {
        ru: 'Продавцы разбираются в товаре и могут толково посоветовать.',
        en: 'Sales staff know the products and can give sound advice.',
        zh: '店员熟悉商品，能给出中肯的建议。',
      },
    },
  },
  b2b: {
    id: 'b2b',
    label: { ru: 'B2B-поставщик', en: 'B2B supplier', zh: 'B2B 供应商' },
    rewrites: {
      5: {
        ru: 'Поставщик отгружает заказы в согласованные сроки.',
        en: 'The supplier ships orders by the agreed dates.',
        zh: '供应商按约定日期发货。',
      },
      7: {
        ru: 'Поставки приходят полностью, без недостач и пересортицы.',
        en: 'Deliveries arrive complete, with no shortages or wrong items.',
        zh: '到货齐全，没有短缺或错发。',
      },
      9: {
        ru: 'Накладные, счета и акты сверки составлены без ошибок.',
        en: 'Delivery notes, invoices and reconciliation statements are free of errors.',
        zh: '送货单、发票和对账单没有差错。',
      },
      10: {
        ru: 'Поставщик заранее сообщает точную дату отгрузки и предупреждает о задержках.',
        en: 'The supplier gives the exact shipping date in advance and warns of any delay.',
        zh: '供应商提前告知确切的发货日期，并预先通知任何延误。',
      },
      17: {
        ru: 'Менеджеры поставщика знают ассортимент и технические характеристики товаров.',
        en: "The supplier's managers know the product range and the specifications.",
        zh: '供应商的经理熟悉产品系列和技术规格。',
      },
      20: {
        ru: 'За нашей компанией закреплён менеджер, который знает наши заказы и условия.',
        en: 'A dedicated account manager knows our orders and terms.',
        zh: '有专门的客户经理了解我们的订单和合作条件。',
      },
      22: {
        ru: 'Поставщик понимает особенности нашего бизнеса и предлагает подходящие условия.',
        en: 'The supplier understands how our business works and offers terms that fit it.',
        zh: '供应商了解我们的业务特点，并提供合适的合作条件。',
      },
    },
  },
};

/** The statement's wording before the participant's own edits: the preset's rewrite, else the generic text. */
export function presetText(item: number, preset: PresetId, locale: Locale): string {
  const generic = GENERIC_STATEMENTS[item - 1];
  if (!generic) throw new Error(`SERVQUAL has items 1–${ITEM_COUNT}, not ${item}`);
  return (ADAPTATION_PRESETS[preset].rewrites[item] ?? generic.text)[locale];
}

/**
 * What the respondent reads: the participant's own text when they wrote one, else the preset's wording in the
 * current language. A cleared override (empty or blank) falls back, so deleting one's edit restores the default.
 */
export function statementText(item: number, preset: PresetId, override: string | null, locale: Locale): string {
  if (override !== null && override.trim() !== '') return override;
  return presetText(item, preset, locale);
}
