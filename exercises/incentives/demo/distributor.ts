import type { Locale, LocalizedText } from '../../../src/i18n/locale';
import { pickText } from '../../../src/i18n/translate';
import type { IncentivesState } from '../state';

/**
 * A made-up distributor of building materials selling to 350 hardware shops and contractors (B2B, a growing
 * market), the business the program design's second example builds its partner program on. Its clients stay for
 * their account manager (channel), spread their orders over several suppliers (dispersed) and press on price.
 * Texts are written in the language the example is opened in, the figures are the same in all; the English and
 * Chinese texts name no currency, as money on those pages follows the page's currency. Tiers (13), partner
 * privileges (12) and cashback as a quarterly retro bonus make the short list: the discount and cashback tie at 11
 * until fit speaks — cashback suits B2B and buyers who spread their orders, a flat discount rewards what they
 * already buy here — so cashback takes the third place. The 20 % clearance is above the 18 % margin: the check
 * calls it suicidal.
 */
export function distributorIncentives(locale: Locale): IncentivesState {
  const text = (localized: LocalizedText) => pickText(localized, locale);
  return {
    market: 'b2b',
    stage: 'growth',
    loyaltyTypes: ['channel', 'price', 'dispersed'],
    scores: {
      discount: {
        customerValue: 4,
        affordability: 2,
        simplicity: 5,
        note: text({
          ru: 'Закупщики сравнивают прайсы; но при марже 18 % каждый процент скидки дорог.',
          en: 'Buyers compare price lists, but with an 18 % margin every point of discount hurts.',
          zh: '采购会比价；但毛利只有18%，每让一个点都很贵。',
        }),
      },
      points: {
        customerValue: 2,
        affordability: 3,
        simplicity: 3,
        note: text({
          ru: 'Баллы достанутся закупщику, а не компании-клиенту: служба безопасности против.',
          en: 'Points would go to the buyer personally, not to the client company, and its security department objects.',
          zh: '积分会落到采购个人手里，而不是客户公司，客户的合规部门不会同意。',
        }),
      },
      tiers: {
        customerValue: 5,
        affordability: 4,
        simplicity: 4,
        note: text({
          ru: 'Серебро и золото по закупкам за квартал: отсрочка и бонус тянут к нам долю закупок.',
          en: 'Silver and gold by quarterly purchases: payment terms and a bonus pull a bigger share of orders our way.',
          zh: '按季度采购额分银卡和金卡：账期和返利能把更多采购份额吸引过来。',
        }),
      },
      paidMembership: {
        customerValue: 1,
        affordability: 4,
        simplicity: 3,
        note: text({
          ru: 'Платить за право закупать у дистрибьютора никто не станет.',
          en: 'No one will pay for the right to buy from a distributor.',
          zh: '没有客户会为了向经销商进货而付费。',
        }),
      },
      cashback: {
        customerValue: 4,
        affordability: 3,
        simplicity: 4,
        note: text({
          ru: 'Ретро-бонус по итогам квартала привычен, но бухгалтерия клиента хочет его документами.',
          en: 'A retro bonus at the end of the quarter is familiar, but the client’s accountants want it properly documented.',
          zh: '季度末返利大家都熟悉，但客户的财务要求有正式单据。',
        }),
      },
      coalition: {
        customerValue: 1,
        affordability: 2,
        simplicity: 1,
        note: text({
          ru: 'Партнёров с общей валютой для стройки нет.',
          en: 'There are no partners in construction to share a common currency with.',
          zh: '建材行业里找不到可以共用积分的合作伙伴。',
        }),
      },
      gifts: {
        customerValue: 2,
        affordability: 3,
        simplicity: 4,
        note: text({
          ru: 'Подарки к юбилею сотрудничества — приятно, но на долю закупок не влияет.',
          en: 'Gifts on the anniversary of working together are nice, but they don’t change the share of orders.',
          zh: '合作周年送礼物固然让人高兴，但不会改变采购份额。',
        }),
      },
      partnerPrivileges: {
        customerValue: 5,
        affordability: 4,
        simplicity: 3,
        note: text({
          ru: 'Доставка на объект, обучение продавцов, лизинг техники у партнёра.',
          en: 'Delivery to the site, training for shop staff, equipment leasing through a partner.',
          zh: '送货到工地、培训门店销售人员、通过合作方租赁设备。',
        }),
      },
      gamification: {
        customerValue: 2,
        affordability: 3,
        simplicity: 2,
        note: text({
          ru: 'Разве что конкурс продаж для продавцов магазинов-партнёров.',
          en: 'At most a sales contest for the staff of partner shops.',
          zh: '顶多给合作门店的销售人员办个销售竞赛。',
        }),
      },
    },
    levers: {
      membershipFee: {
        rating: 0,
        how: text({ ru: 'Платное участие оттолкнёт магазины.', en: 'A paid membership would drive shops away.', zh: '收费入会会把门店客户吓跑。' }),
      },
      accumulatedRewards: {
        rating: 3,
        how: text({
          ru: 'Бонус за квартал начисляется, но тратится только на следующие заказы у нас.',
          en: 'The quarterly bonus builds up but can only be spent on the next orders with us.',
          zh: '季度返利会累积，但只能用于在我们这里的下一批订单。',
        }),
      },
      bundles: {
        rating: 4,
        how: text({
          ru: 'Комплект «сухие смеси + крепёж + инструмент» на объект по одной цене.',
          en: 'A “dry mixes + fasteners + tools” kit for a site at a single price.',
          zh: '“干混砂浆+紧固件+工具”工地套装，一口价。',
        }),
      },
      personalService: {
        rating: 5,
        how: text({
          ru: 'Личный менеджер знает объекты клиента и звонит до того, как кончится товар.',
          en: 'A dedicated account manager knows the client’s sites and calls before stock runs out.',
          zh: '专属客户经理熟悉客户的工地，会在缺货之前主动打电话。',
        }),
      },
      technology: {
        rating: 3,
        how: text({
          ru: 'Личный кабинет с остатками, заказом в один клик и выгрузкой в 1С клиента.',
          en: 'A client portal with stock levels, one-click ordering and export to the client’s accounting system.',
          zh: '客户专区：查库存、一键下单、直接导入客户的财务系统。',
        }),
      },
      jointDevelopment: {
        rating: 2,
        how: text({
          ru: 'Вместе с крупными подрядчиками подбираем комплекты под типовые объекты.',
          en: 'We put together kits for standard projects with our large contractors.',
          zh: '与大型施工方一起，为典型工程搭配成套材料。',
        }),
      },
      customerInvestment: {
        rating: 3,
        how: text({
          ru: 'Стеллажи и выкладка наших марок в магазине клиента.',
          en: 'Shelving and displays of our brands in the client’s shop.',
          zh: '在客户门店里摆放我们品牌的货架和陈列。',
        }),
      },
      lessEffort: {
        rating: 4,
        how: text({
          ru: 'Повтор прошлого заказа одной кнопкой, доставка в окно, выбранное клиентом.',
          en: 'Repeat the last order with one button; delivery in a time slot the client picks.',
          zh: '一键重复上次订单，按客户选定的时段送货。',
        }),
      },
      anticipatedService: {
        rating: 4,
        how: text({
          ru: 'Менеджер предупреждает о сезонном росте цен и предлагает закупить заранее.',
          en: 'The manager warns of seasonal price rises and suggests buying ahead.',
          zh: '客户经理会提前告知旺季涨价，建议提前备货。',
        }),
      },
      fitCertainty: {
        rating: 3,
        how: text({
          ru: 'Образцы и технолог на объекте перед крупным заказом.',
          en: 'Samples and a technical specialist on site before a large order.',
          zh: '大单之前，提供样品并派技术人员到工地。',
        }),
      },
      priceCertainty: {
        rating: 4,
        how: text({
          ru: 'Цена фиксируется на квартал для клиентов уровня «золото».',
          en: 'Prices are fixed for the quarter for gold-tier clients.',
          zh: '金卡客户的价格整季锁定。',
        }),
      },
      reliability: {
        rating: 5,
        how: text({
          ru: 'Поставка в срок или скидка 1 % за каждый день опоздания.',
          en: 'Delivery on time, or 1 % off for every day late.',
          zh: '准时交货，否则每迟到一天减价1%。',
        }),
      },
    },
    mechanics: [
      {
        id: 'distributor-tiers',
        type: 'tiers',
        rewardRate: 0.02,
        threshold: 500_000,
        expiryMonths: 12,
        rules: text({
          ru: 'Серебро — от 500 000 ₽ за квартал (бонус 2 %), золото — от 1 500 000 ₽ (бонус 3 % и отсрочка 30 дней).',
          en: 'Silver from 500,000 a quarter (2 % bonus); gold from 1,500,000 (3 % bonus and 30 days to pay).',
          zh: '银卡：每季度采购满50万（返利2%）；金卡：满150万（返利3%，账期30天）。',
        }),
      },
      {
        id: 'distributor-privileges',
        type: 'partnerPrivileges',
        rewardRate: null,
        threshold: null,
        expiryMonths: null,
        rules: text({
          ru: 'Бесплатная доставка на объект, обучение продавцов партнёра, выкладка и образцы в торговом зале.',
          en: 'Free delivery to the site, training for the partner’s sales staff, displays and samples on the shop floor.',
          zh: '免费送货到工地，培训合作方的销售人员，在门店提供陈列和样品。',
        }),
      },
    ],
    margin: 0.18,
    discounts: [
      {
        id: 'distributor-volume',
        name: text({ ru: '2 % за заказ от 300 000 ₽', en: '2 % off orders of 300,000 or more', zh: '单笔订单满30万减2%' }),
        discount: 0.02,
        expectedVolumeChange: 0.15,
      },
      {
        id: 'distributor-fasteners',
        name: text({
          ru: '5 % на крепёж в комплекте с сухими смесями',
          en: '5 % off fasteners bought together with dry mixes',
          zh: '紧固件与干混砂浆一起购买减5%',
        }),
        discount: 0.05,
        expectedVolumeChange: 0.3,
      },
      {
        id: 'distributor-clearance',
        name: text({
          ru: 'Распродажа остатков прошлого сезона −20 %',
          en: 'Last season’s leftover stock at 20 % off',
          zh: '上季库存清仓八折',
        }),
        discount: 0.2,
        expectedVolumeChange: 1,
      },
    ],
    conclusions: { notes: '' },
  };
}
