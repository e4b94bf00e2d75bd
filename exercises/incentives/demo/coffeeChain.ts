import type { Locale, LocalizedText } from '../../../src/i18n/locale';
import { pickText } from '../../../src/i18n/translate';
import type { IncentivesState } from '../state';

/**
 * A made-up chain of 14 coffee shops in a million-people city (B2C, a mature market), the same business the
 * program design's demo builds its club on. Its guests come for the place and the baristas (experience) or for
 * the price of a cup (price). Texts are written in the language the exercise is first opened in, the figures are
 * the same in all; the English and Chinese texts name no currency, as money on those pages follows the page's
 * currency, not roubles. Points, tiers and gamification make the short list; tiers and gamification tie at 11 and
 * fit breaks the tie: tiers suit B2C, maturity and the experience-loyal (a good fit), gamification is only
 * possible at maturity. The pastry clearance at 70 % off is above the 62 % margin: the check calls it suicidal.
 */
export function coffeeChainIncentives(locale: Locale): IncentivesState {
  const text = (localized: LocalizedText) => pickText(localized, locale);
  return {
    market: 'b2c',
    stage: 'maturity',
    loyaltyTypes: ['price', 'experience'],
    scores: {
      discount: {
        customerValue: 3,
        affordability: 1,
        simplicity: 5,
        note: text({
          ru: 'Гостям понятно, но 10 % с каждой чашки — деньги за кофе, который купили бы и так.',
          en: 'Guests get it at once, but 10 % off every cup means paying for coffee they would have bought anyway.',
          zh: '顾客一看就懂，但每杯让利10%，等于为他们本来就会买的咖啡买单。',
        }),
      },
      points: {
        customerValue: 4,
        affordability: 4,
        simplicity: 4,
        note: text({
          ru: 'Баллы в приложении уже просят; часть сгорит, а данные о гостях нужны для дегустаций.',
          en: 'Guests already ask for points in the app; some will expire, and we need guest data for our tastings.',
          zh: '顾客已经在问App里能不能攒积分；一部分积分会过期，而顾客数据正好用来邀请品鉴会。',
        }),
      },
      tiers: {
        customerValue: 5,
        affordability: 3,
        simplicity: 3,
        note: text({
          ru: 'Завсегдатаи хотят, чтобы их узнавали: статус с напитком дня и местом на дегустациях.',
          en: 'Regulars want to be recognised: a status with a drink of the day and a seat at the tastings.',
          zh: '常客希望被认出来：给他们一个等级，附赠每日特饮和品鉴会席位。',
        }),
      },
      paidMembership: {
        customerValue: 2,
        affordability: 4,
        simplicity: 3,
        note: text({
          ru: 'Чашка за 380 ₽ — не та покупка, за право на которую платят взнос.',
          en: 'A cup of coffee is not a purchase anyone pays a membership fee for.',
          zh: '一杯咖啡而已，没人愿意为了买它先交会费。',
        }),
      },
      cashback: {
        customerValue: 3,
        affordability: 2,
        simplicity: 4,
        note: text({
          ru: 'Те же деньги, что скидка, только позже; эмоций не добавляет.',
          en: 'The same money as a discount, only paid later; it adds no feeling.',
          zh: '和折扣是同一笔钱，只是晚点到账，不会带来任何情感。',
        }),
      },
      coalition: {
        customerValue: 2,
        affordability: 2,
        simplicity: 2,
        note: text({
          ru: 'Наш бренд растворится среди банков и заправок, а комиссия оператора съест выгоду.',
          en: 'Our brand would vanish among banks and petrol stations, and the operator’s fee would eat the gain.',
          zh: '我们的品牌会淹没在银行和加油站之间，运营方的佣金还会吃掉收益。',
        }),
      },
      gifts: {
        customerValue: 3,
        affordability: 4,
        simplicity: 3,
        note: text({
          ru: 'У конкурентов уже «шестой кофе бесплатно» — этим не отличимся.',
          en: 'Competitors already offer “the sixth coffee free”, so this won’t set us apart.',
          zh: '竞争对手早就在做“第六杯免费”，靠这个没法脱颖而出。',
        }),
      },
      partnerPrivileges: {
        customerValue: 3,
        affordability: 4,
        simplicity: 2,
        note: text({
          ru: 'Скидки в книжном и коворкинге по соседству; договариваться с каждым долго.',
          en: 'Discounts at the bookshop and the coworking space next door; agreeing with each takes a long time.',
          zh: '隔壁书店和联合办公空间的折扣；但要一家家去谈，很费时间。',
        }),
      },
      gamification: {
        customerValue: 4,
        affordability: 3,
        simplicity: 4,
        note: text({
          ru: 'Коллекция сортов в приложении: попробуй все шесть — получи пачку зёрен.',
          en: 'A collection of origins in the app: try all six and get a bag of beans.',
          zh: 'App里的咖啡豆收集：六款都尝过，就送一包咖啡豆。',
        }),
      },
    },
    levers: {
      membershipFee: {
        rating: 0,
        how: text({ ru: 'Взнос за кофе платить никто не станет.', en: 'Nobody will pay a fee for coffee.', zh: '没有人会为喝咖啡交会费。' }),
      },
      accumulatedRewards: {
        rating: 4,
        how: text({
          ru: 'Баллы в приложении сгорают через 6 месяцев — накопленное жалко терять.',
          en: 'Points in the app expire after 6 months, and nobody likes losing what they have saved up.',
          zh: 'App里的积分6个月后过期，攒下的积分谁都舍不得浪费。',
        }),
      },
      bundles: {
        rating: 3,
        how: text({
          ru: 'Утренний набор «кофе + круассан» и абонемент на 10 капучино.',
          en: 'A “coffee + croissant” breakfast deal and a pass for 10 cappuccinos.',
          zh: '“咖啡+可颂”早餐套餐，以及10杯卡布奇诺的次卡。',
        }),
      },
      personalService: {
        rating: 4,
        how: text({
          ru: 'Бариста помнят напиток постоянного гостя и готовят его, пока тот стоит в очереди.',
          en: 'Baristas remember a regular’s drink and start making it while they are still in the queue.',
          zh: '咖啡师记得常客爱喝什么，客人还在排队时就开始做了。',
        }),
      },
      technology: {
        rating: 3,
        how: text({
          ru: 'Заказ заранее в приложении: забрать без очереди.',
          en: 'Order ahead in the app and skip the queue.',
          zh: '在App里提前下单，到店免排队取餐。',
        }),
      },
      jointDevelopment: {
        rating: 1,
        how: text({ ru: 'Гости голосуют за сезонный напиток.', en: 'Guests vote for the seasonal drink.', zh: '由顾客投票选出季节限定饮品。' }),
      },
      customerInvestment: {
        rating: 2,
        how: text({
          ru: 'Своя кружка на полке в любимой кофейне.',
          en: 'Your own mug on the shelf of your favourite shop.',
          zh: '在常去的门店架子上放一只自己的杯子。',
        }),
      },
      lessEffort: {
        rating: 5,
        how: text({
          ru: 'Оплата и баллы одним касанием, напиток готов к приходу.',
          en: 'Pay and collect points with one tap; the drink is ready when you arrive.',
          zh: '一键完成付款和积分，人到咖啡就做好了。',
        }),
      },
      anticipatedService: {
        rating: 3,
        how: text({
          ru: 'Приложение предлагает любимый напиток в обычное время гостя.',
          en: 'The app suggests a guest’s favourite drink at the time they usually come.',
          zh: 'App会在顾客平时来店的时间推荐他最爱的饮品。',
        }),
      },
      fitCertainty: {
        rating: 2,
        how: text({
          ru: 'Дегустация нового сорта перед покупкой пачки зёрен.',
          en: 'A tasting of a new origin before buying a bag of beans.',
          zh: '买一包新豆子之前，可以先免费试喝。',
        }),
      },
      priceCertainty: {
        rating: 3,
        how: text({
          ru: 'Цены на базовые напитки не меняются весь сезон.',
          en: 'Prices of the core drinks stay the same all season.',
          zh: '基础饮品整季不涨价。',
        }),
      },
      reliability: {
        rating: 4,
        how: text({
          ru: 'Один рецепт и один вкус во всех 14 кофейнях.',
          en: 'One recipe and one taste in all 14 shops.',
          zh: '14家门店同一配方、同一味道。',
        }),
      },
    },
    mechanics: [
      {
        id: 'coffee-points',
        type: 'points',
        rewardRate: 0.05,
        threshold: 150,
        expiryMonths: 6,
        rules: text({
          ru: '5 % от покупки баллами за чек от 150 ₽; баллами можно оплатить до 50 % следующего чека.',
          en: '5 % of the purchase back in points on any bill of 150 or more; points can pay for up to half of the next bill.',
          zh: '单笔消费满150，返还5%的积分；积分最多可抵下一单的50%。',
        }),
      },
      {
        id: 'coffee-tiers',
        type: 'tiers',
        rewardRate: 0.08,
        threshold: 4000,
        expiryMonths: null,
        rules: text({
          ru: '«Гость» — 5 %, «Завсегдатай» — 8 % при покупках от 4 000 ₽ за квартал; статус пересматривается раз в квартал.',
          en: '“Guest” earns 5 %, “Regular” 8 % once purchases reach 4,000 a quarter; the status is reviewed every quarter.',
          zh: '“顾客”返5%；每季度消费满4000升为“常客”，返8%；等级每季度重新评定。',
        }),
      },
    ],
    margin: 0.62,
    discounts: [
      {
        id: 'coffee-card-10',
        name: text({ ru: '10 % по карте на все напитки', en: '10 % off all drinks with the card', zh: '凭会员卡全部饮品九折' }),
        discount: 0.1,
        expectedVolumeChange: 0.05,
      },
      {
        id: 'coffee-second-cup',
        name: text({
          ru: 'Второй напиток в чеке за полцены (25 % на двоих)',
          en: 'Second drink on the bill at half price (25 % off the pair)',
          zh: '第二杯半价（两杯合计减25%）',
        }),
        discount: 0.25,
        expectedVolumeChange: 0.3,
      },
      {
        id: 'coffee-pastry-evening',
        name: text({ ru: 'Выпечка −70 % за час до закрытия', en: 'Pastries 70 % off in the last hour before closing', zh: '打烊前一小时烘焙点心三折' }),
        discount: 0.7,
        expectedVolumeChange: 0.5,
      },
    ],
    conclusions: { notes: '' },
  };
}
