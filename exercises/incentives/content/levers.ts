import type { LocalizedText } from '../../../src/i18n/locale';
import type { Lever, LeverGroup } from '../state';

/**
 * What each lever is, how a shop and a B2B supplier use it, and what goes wrong when it is overdone. Sources: the
 * seminar's "exit, switching and sunk costs" and "make buying a habit" (METHODS.md, "Rational incentives"; the
 * course outline, seed 002). The common thread of the risks: a lever that traps customers breeds resentment, not
 * loyalty, and they leave the day a rival pays their way out.
 */
export interface LeverContent {
  name: LocalizedText;
  what: LocalizedText;
  b2c: LocalizedText;
  b2b: LocalizedText;
  risk: LocalizedText;
}

export interface LeverGroupContent {
  name: LocalizedText;
  what: LocalizedText;
}

export const LEVER_GROUP_CONTENT: Record<LeverGroup, LeverGroupContent> = {
  exit: {
    name: { ru: 'Цена выхода', en: 'Exit cost', zh: '退出成本' },
    what: {
      ru: 'Что клиент теряет, если уходит: оплаченное членство, накопленные баллы и бонусы.',
      en: 'What the customer loses by leaving: a membership already paid for, points and bonuses collected.',
      zh: '客户离开时会失去的东西：已付的会员费、攒下的积分和奖励。',
    },
  },
  switching: {
    name: { ru: 'Цена переключения', en: 'Switching cost', zh: '转换成本' },
    what: {
      ru: 'Сколько усилий и денег стоит перейти к другому поставщику: комплекты, персональный сервис, технологии, совместные разработки.',
      en: 'The effort and money it takes to move to another supplier: bundles, personal service, technology, joint development.',
      zh: '换到另一家供应商要花的精力和金钱：捆绑销售、个性化服务、技术壁垒、共同研发。',
    },
  },
  sunk: {
    name: { ru: 'Невозвратные вложения', en: 'Sunk cost', zh: '沉没成本' },
    what: {
      ru: 'Время, деньги и труд, которые клиент уже вложил в отношения с вами и не хочет терять.',
      en: 'The time, money and work the customer has already put into the relationship and does not want to write off.',
      zh: '客户已经在与你的关系中投入、不愿白白放弃的时间、金钱和精力。',
    },
  },
  habit: {
    name: { ru: 'Привычка', en: 'Habit', zh: '购买习惯' },
    what: {
      ru: 'Рычаги, которые делают покупку у вас привычной и лёгкой: меньше усилий, сервис на шаг впереди, уверенность в товаре, цене и в вас.',
      en: 'Levers that make buying from you easy and routine: less effort, service a step ahead, confidence in the product, the price and in you.',
      zh: '让客户习惯性地、轻松地向你购买的杠杆：更省力、提前一步的服务、对产品、价格和你本身的确定感。',
    },
  },
};

export const LEVER_CONTENT: Record<Lever, LeverContent> = {
  membershipFee: {
    name: { ru: 'Членский взнос', en: 'Membership fee', zh: '会员费' },
    what: {
      ru: 'Клиент платит за участие заранее и хочет «отбить» взнос, покупая у вас.',
      en: 'The customer pays up front to take part and wants to get the fee back by buying from you.',
      zh: '客户预先付费加入，希望通过在你这里购买把会员费“赚回来”。',
    },
    b2c: {
      ru: 'Годовая карта кофейни за 990 ₽ с бесплатной каждой пятой чашкой.',
      en: 'A coffee chain’s annual card for a small fee, with every fifth cup free.',
      zh: '咖啡连锁店的年卡，交少量年费，每第五杯免费。',
    },
    b2b: {
      ru: 'Платный статус партнёра дистрибьютора с доступом к спеццене и обучению.',
      en: 'A paid partner status with a distributor, giving special prices and training.',
      zh: '经销商的付费合作伙伴资格，享受特价和培训。',
    },
    risk: {
      ru: 'Если выгода не окупает взнос, клиент чувствует себя обманутым и уходит при первой возможности.',
      en: 'If the benefits do not cover the fee, the customer feels cheated and leaves at the first chance.',
      zh: '如果权益抵不上会费，客户会觉得上当，一有机会就离开。',
    },
  },
  accumulatedRewards: {
    name: { ru: 'Накопленные баллы и бонусы', en: 'Accumulated points and bonuses', zh: '累积的积分与奖励' },
    what: {
      ru: 'Баллы, бонусы, предоплата на счёте: уходя, клиент их теряет.',
      en: 'Points, bonuses, a prepaid balance: the customer loses them by leaving.',
      zh: '积分、奖励、账户里的预存款：客户离开就会失去它们。',
    },
    b2c: {
      ru: 'Бонусы за покупки, которыми можно оплатить до 30 % следующего чека.',
      en: 'Bonuses on purchases that pay for up to 30 % of the next bill.',
      zh: '消费返还的奖励，可抵下一单最多30%的金额。',
    },
    b2b: {
      ru: 'Ретро-бонус дилеру по итогам года за выполнение плана закупок.',
      en: 'A year-end rebate to a dealer for meeting the purchase plan.',
      zh: '年底根据采购计划完成情况给经销商的返利。',
    },
    risk: {
      ru: 'Сгорающие или трудные для траты баллы раздражают: клиент копит обиду, а не лояльность.',
      en: 'Points that lapse or are hard to spend annoy: the customer collects resentment, not loyalty.',
      zh: '会过期或难以使用的积分令人恼火：客户积累的是不满，而不是忠诚。',
    },
  },
  bundles: {
    name: { ru: 'Комплекты и обмен старого на новое', en: 'Bundles and trade-ins', zh: '捆绑销售与以旧换新' },
    what: {
      ru: 'Товары и услуги продаются вместе, подарок к покупке, сдача старого в зачёт нового: разделить и заменить такой набор труднее.',
      en: 'Products and services sold together, a gift with a purchase, the old one taken in part-exchange: such a set is harder to split and replace.',
      zh: '产品与服务一起卖、买赠、以旧换新：这样的组合更难拆开替换。',
    },
    b2c: {
      ru: 'Абонемент «кофе + завтрак» по будням; сдай старую кофемашину — скидка на новую.',
      en: 'A weekday “coffee + breakfast” pass; trade in an old coffee machine for money off a new one.',
      zh: '工作日“咖啡+早餐”套餐卡；旧咖啡机折价换新。',
    },
    b2b: {
      ru: 'Оборудование вместе с сервисным контрактом и расходными материалами.',
      en: 'Equipment sold with a service contract and consumables.',
      zh: '设备连同服务合同和耗材一起销售。',
    },
    risk: {
      ru: 'Навязанный комплект, в котором половина не нужна, клиент воспринимает как принуждение.',
      en: 'A forced bundle, half of which is not needed, feels like coercion.',
      zh: '强加的、一半用不上的组合会让客户感到被强迫。',
    },
  },
  personalService: {
    name: { ru: 'Персональный сервис', en: 'Personal service', zh: '个性化服务' },
    what: {
      ru: 'Вы знаете клиента, его вкусы и задачи: у нового поставщика всё придётся объяснять заново.',
      en: 'You know the customer, their tastes and needs: a new supplier would have to be told everything again.',
      zh: '你了解客户的口味和需求：换一家供应商，一切都得重新解释。',
    },
    b2c: {
      ru: 'Бариста помнит обычный заказ гостя и готовит его без вопросов.',
      en: 'The barista remembers a guest’s usual order and makes it without asking.',
      zh: '咖啡师记得熟客的常点饮品，不用问就做好。',
    },
    b2b: {
      ru: 'Персональный менеджер, который знает ассортимент и график поставок клиента.',
      en: 'A dedicated account manager who knows the customer’s range and delivery schedule.',
      zh: '熟悉客户品类和送货计划的专属客户经理。',
    },
    risk: {
      ru: 'Отношения держатся на одном человеке: уйдёт менеджер — уйдут и клиенты.',
      en: 'The relationship rests on one person: when the manager leaves, the customers follow.',
      zh: '关系系于一个人：经理一走，客户也跟着走。',
    },
  },
  technology: {
    name: { ru: 'Технологии', en: 'Technology', zh: '技术壁垒' },
    what: {
      ru: 'Клиент встроил вашу технологию в свою работу: интеграция, формат, оборудование, приложение.',
      en: 'The customer has built your technology into their work: an integration, a format, equipment, an app.',
      zh: '客户已把你的技术融入自己的工作：系统对接、格式、设备、应用。',
    },
    b2c: {
      ru: 'Приложение с сохранёнными заказами и оплатой в одно касание.',
      en: 'An app with saved orders and one-tap payment.',
      zh: '保存了常用订单、一键支付的应用。',
    },
    b2b: {
      ru: 'Заказы через интеграцию с учётной системой клиента (ЭДО, EDI).',
      en: 'Orders through an integration with the customer’s accounting system (EDI).',
      zh: '通过与客户财务系统对接（EDI）下单。',
    },
    risk: {
      ru: 'Намеренно закрытый формат злит: клиент ищет способ вырваться и при первой возможности мигрирует.',
      en: 'A deliberately closed format angers: the customer looks for a way out and migrates at the first chance.',
      zh: '刻意封闭的格式会激怒客户：他们会寻找出路，一有机会就迁走。',
    },
  },
  jointDevelopment: {
    name: { ru: 'Совместные разработки', en: 'Joint development', zh: '共同研发' },
    what: {
      ru: 'Продукт, рецептура или решение созданы вместе с клиентом под его задачу.',
      en: 'A product, recipe or solution made together with the customer for their need.',
      zh: '与客户一起为其需求开发的产品、配方或方案。',
    },
    b2c: {
      ru: 'Гости голосуют за новый сезонный напиток, и победитель носит имя автора идеи.',
      en: 'Guests vote for a new seasonal drink, and the winner carries the name of whoever suggested it.',
      zh: '顾客投票选出新的季节饮品，胜出者以提议人的名字命名。',
    },
    b2b: {
      ru: 'Упаковка или смесь, разработанная под линию клиента.',
      en: 'Packaging or a blend developed for the customer’s production line.',
      zh: '为客户生产线专门开发的包装或配方。',
    },
    risk: {
      ru: 'Если права на результат остаются только у вас, клиент чувствует себя заложником.',
      en: 'If only you own the result, the customer feels held hostage.',
      zh: '如果成果的权利只归你，客户会觉得自己被绑架了。',
    },
  },
  customerInvestment: {
    name: { ru: 'Вложения клиента', en: 'The customer’s investment', zh: '客户的投入' },
    what: {
      ru: 'Клиент обучил персонал, перестроил процессы, собрал историю и настройки у вас: всё это пропадёт при уходе.',
      en: 'The customer trained staff, changed processes, built up history and settings with you: all lost by leaving.',
      zh: '客户为你培训了员工、调整了流程、积累了历史记录和设置：离开就全部白费。',
    },
    b2c: {
      ru: 'История заказов и настроенные любимые напитки в приложении.',
      en: 'Order history and favourite drinks set up in the app.',
      zh: '应用里的订单历史和设好的常点饮品。',
    },
    b2b: {
      ru: 'Сотрудники клиента прошли ваше обучение и работают по вашим стандартам.',
      en: 'The customer’s staff took your training and work to your standards.',
      zh: '客户员工接受了你的培训，按你的标准工作。',
    },
    risk: {
      ru: 'Клиент, который остаётся только из-за потерь, уйдёт, как только посчитает, что потери меньше выгоды.',
      en: 'A customer who stays only to avoid a loss leaves once the loss looks smaller than the gain.',
      zh: '只因怕损失而留下的客户，一旦算出损失小于收益就会离开。',
    },
  },
  lessEffort: {
    name: { ru: 'Меньше усилий', en: 'Less effort', zh: '减少客户的费力度' },
    what: {
      ru: 'Купить у вас проще, чем где-либо: меньше шагов, ожидания и бумаг; клиент может многое сделать сам.',
      en: 'Buying from you is easier than anywhere else: fewer steps, less waiting and paperwork; the customer can do much themselves.',
      zh: '在你这里购买比别处更省事：步骤更少、等待和手续更少，客户能自助完成很多事。',
    },
    b2c: {
      ru: 'Заказ заранее в приложении и выдача без очереди.',
      en: 'Order ahead in the app and pick up without queuing.',
      zh: '在应用里提前下单，到店免排队取餐。',
    },
    b2b: {
      ru: 'Повтор прошлого заказа одной кнопкой в личном кабинете.',
      en: 'Repeat a past order with one click in the customer portal.',
      zh: '在客户门户里一键重复上次订单。',
    },
    risk: {
      ru: 'Удобство легко скопировать: без других рычагов оно удерживает, только пока конкурент не догонит.',
      en: 'Convenience is easy to copy: on its own it holds only until a rival catches up.',
      zh: '便利容易被模仿：单靠它，只能留住客户到竞争对手追上为止。',
    },
  },
  anticipatedService: {
    name: { ru: 'Сервис на шаг впереди', en: 'Anticipated service', zh: '预见性服务' },
    what: {
      ru: 'Вы решаете проблему, о которой клиент ещё не сказал, и соседние задачи, предвидите его реакцию; ему не приходится звонить дважды.',
      en: 'You solve the problem the customer has not mentioned yet and the ones next to it, and foresee their reaction; they never need to call twice.',
      zh: '解决客户尚未提及的问题和相邻问题，预判客户的情绪反应；客户无需重复致电。',
    },
    b2c: {
      ru: 'Напоминание, что заканчивается абонемент, с предложением продлить по старой цене.',
      en: 'A reminder that a pass is running out, with an offer to renew at the old price.',
      zh: '套餐卡快用完时提醒，并提供按原价续订。',
    },
    b2b: {
      ru: 'Поставщик сам видит, что запасы клиента кончаются, и предлагает заказ.',
      en: 'The supplier sees the customer’s stock running low and proposes an order.',
      zh: '供应商发现客户库存快用完，主动建议下单。',
    },
    risk: {
      ru: 'Навязчивая «забота» и лишние звонки воспринимаются как давление продавца.',
      en: 'Pushy “care” and needless calls come across as sales pressure.',
      zh: '过度的“关怀”和多余的电话会被视为推销压力。',
    },
  },
  fitCertainty: {
    name: { ru: 'Уверенность, что подойдёт', en: 'Certainty of fit', zh: '确信产品适合自己' },
    what: {
      ru: 'Клиент не боится, что товар ему не подойдёт: пробники, подбор, возврат без вопросов.',
      en: 'The customer does not fear the product will not suit them: samples, advice, returns without questions.',
      zh: '客户不担心产品不适合自己：试用、选购建议、无理由退换。',
    },
    b2c: {
      ru: 'Дегустация нового зерна и замена напитка, если не понравился.',
      en: 'A tasting of a new bean and a replacement drink if the guest does not like it.',
      zh: '新咖啡豆试饮，不满意可以换一杯。',
    },
    b2b: {
      ru: 'Тестовая партия и технолог, который помогает запустить товар у клиента.',
      en: 'A trial batch and a technologist who helps the customer start using the product.',
      zh: '试用批次，并有技术人员帮助客户上线使用。',
    },
    risk: {
      ru: 'Обещание, которое не выполняется (возврат «с условиями»), разрушает доверие быстрее, чем его отсутствие.',
      en: 'A promise not kept (a return “with conditions”) destroys trust faster than no promise.',
      zh: '承诺不兑现（“有条件”的退货）比不承诺更快摧毁信任。',
    },
  },
  priceCertainty: {
    name: { ru: 'Уверенность в цене', en: 'Price certainty', zh: '价格确定感' },
    what: {
      ru: 'Клиент не боится, что завтра купит дешевле: стабильные цены, защита от снижения цены.',
      en: 'The customer does not fear finding it cheaper tomorrow: steady prices, protection against price drops.',
      zh: '客户不担心明天会更便宜：价格稳定、降价保护。',
    },
    b2c: {
      ru: 'Цена напитков по абонементу зафиксирована на год.',
      en: 'Drink prices on a pass fixed for a year.',
      zh: '套餐卡内饮品价格锁定一年。',
    },
    b2b: {
      ru: 'Если прайс снизится в течение месяца, разница возвращается дилеру.',
      en: 'If the list price drops within a month, the dealer gets the difference back.',
      zh: '一个月内降价，差价返还给经销商。',
    },
    risk: {
      ru: 'Частые распродажи учат ждать скидку, и полную цену платят только новички.',
      en: 'Frequent sales teach customers to wait for a discount; only newcomers pay the full price.',
      zh: '频繁促销会教会客户等折扣，只有新客才付全价。',
    },
  },
  reliability: {
    name: { ru: 'Надёжность продавца', en: 'Seller’s reliability', zh: '卖方信誉' },
    what: {
      ru: 'Клиент уверен, что вы сделаете, как обещали: сроки, качество, гарантии, честные условия.',
      en: 'The customer trusts you to do as promised: deadlines, quality, guarantees, fair terms.',
      zh: '客户相信你说到做到：交期、质量、保修、公平的条款。',
    },
    b2c: {
      ru: 'Заказ из приложения всегда готов к обещанной минуте.',
      en: 'An app order is always ready at the promised minute.',
      zh: '应用订单总能在承诺的时间准时做好。',
    },
    b2b: {
      ru: 'Поставка день в день по графику и неустойка за опоздание, прописанная в договоре.',
      en: 'Deliveries on the scheduled day and a penalty for lateness written into the contract.',
      zh: '按计划当天送达，合同写明延误赔偿。',
    },
    risk: {
      ru: 'Одна громкая неудача, замолчанная или не исправленная, перечёркивает годы надёжности.',
      en: 'One visible failure, hushed up or left unfixed, wipes out years of reliability.',
      zh: '一次明显的失误若被掩盖或不纠正，会抹掉多年积累的信誉。',
    },
  },
};
