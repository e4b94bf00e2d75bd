import type { LocalizedText } from '../../../src/i18n/locale';
import type { LifeCycleStage, Market, ProgramType } from '../../../src/results/programTypes';
import { text } from './text';

/** How well a program type suits one feature of the business. */
export const FIT_LEVELS = ['good', 'possible', 'poor'] as const;
export type FitLevel = (typeof FIT_LEVELS)[number];

export interface FitNote {
  level: FitLevel;
  why: LocalizedText;
}

export interface ProgramTypeFit {
  market: Record<Market, FitNote>;
  stage: Record<LifeCycleStage, FitNote>;
}

const good = (why: LocalizedText): FitNote => ({ level: 'good', why });
const possible = (why: LocalizedText): FitNote => ({ level: 'possible', why });
const poor = (why: LocalizedText): FitNote => ({ level: 'poor', why });

/**
 * The seminar's "programs on different markets and at different stages of a product's life" for each type: B2B
 * buyers are few, buy by contract and by a company's rules; B2C buyers are many and buy on impulse too. At
 * introduction a program must win a first and second purchase, in growth build habit, at maturity hold share among
 * look-alike offers, in decline keep the remaining buyers cheaply.
 */
export const PROGRAM_TYPE_FIT: Record<ProgramType, ProgramTypeFit> = {
  discount: {
    market: {
      b2b: possible(text(
        'Скидки за объём в B2B привычны, но быстро становятся частью цены на переговорах: привязывайте их к объёму и условиям, а не к «лояльности».',
        'Volume discounts are customary in B2B but soon become part of the negotiated price: tie them to volume and terms, not to “loyalty”.',
        'B2B中批量折扣很常见，但很快会在谈判中变成价格的一部分：应与采购量和条件挂钩，而不是“忠诚”。',
      )),
      b2c: good(text(
        'Понятна покупателю у кассы; работает при частых покупках и марже с запасом.',
        'Clear to a shopper at the till; works with frequent purchases and a margin with room to spare.',
        '消费者在收银台一看就懂；适合购买频繁、毛利有余地的生意。',
      )),
    },
    stage: {
      introduction: good(text('Снижает риск первой покупки, пока товар никто не знает.', 'Lowers the risk of a first purchase while nobody knows the product.', '产品尚无人知晓时，降低首次购买的风险。')),
      growth: possible(text('Рынок растёт и так: скидка отдаёт маржу с продаж, которые пришли бы сами.', 'The market grows anyway: a discount gives away margin on sales that would come by themselves.', '市场本身在增长：折扣会在本来就会到来的销售上让利。')),
      maturity: possible(text('Удерживает долю в ценовой войне, только если скидка намного меньше маржи (проверьте d / (m − d)).', 'Holds share in a price war only if the discount is well below the margin (check d / (m − d)).', '只有折扣远低于毛利时才能在价格战中守住份额（请核算 d / (m − d)）。')),
      decline: good(text('Цена — то, чем ещё можно удержать оставшихся покупателей и распродать запас.', 'Price is what is left to keep the remaining buyers and clear the stock.', '价格是留住剩余买家、清理库存的最后手段。')),
    },
  },
  points: {
    market: {
      b2b: possible(text(
        'Подходит мелким оптовым покупателям (магазины, мастерские), которые покупают регулярно; у крупных клиентов награду получает не тот, кто платит, — проверьте правила о личных вознаграждениях.',
        'Suits small trade buyers (shops, workshops) buying regularly; with large accounts the reward goes to someone other than the payer — check the rules on personal rewards.',
        '适合定期采购的小型批发客户（商店、作坊）；大客户中得到奖励的人并非付款方——请核查关于个人奖励的规定。',
      )),
      b2c: good(text('Классика розницы: частые покупки складываются в заметный баланс.', 'Retail’s classic: frequent purchases add up to a balance people notice.', '零售的经典做法：频繁购买累积成看得见的余额。')),
    },
    stage: {
      introduction: possible(text('Приветственные баллы могут привести на вторую покупку, но при малом числе клиентов система стоит больше, чем даёт.', 'Welcome points can bring a second purchase, but with few customers the system costs more than it returns.', '欢迎积分能带来第二次购买，但客户少时系统成本高于收益。')),
      growth: good(text('Собирает данные и привычку новых клиентов, пока база растёт.', 'Captures new customers’ data and habits while the base grows.', '在客户群增长时收集新客户的数据并培养习惯。')),
      maturity: good(text('Удерживает долю, когда товары похожи: накопленный баланс — цена ухода.', 'Holds share when offers look alike: the balance built up is a cost of leaving.', '产品同质化时守住份额：累积的余额就是离开的代价。')),
      decline: poor(text('Уходящим из категории баллы не нужны, а обязательство переживает продажи.', 'Customers leaving the category do not want points, and the liability outlives the sales.', '正在离开该品类的客户不需要积分，而负债却比销售持续得更久。')),
    },
  },
  tiers: {
    market: {
      b2b: good(text('Партнёрские уровни по годовому объёму привычны: лучшие условия, личный менеджер, приоритет поставок.', 'Partner levels by yearly volume are customary: better terms, a personal manager, priority supply.', '按年采购量划分合作伙伴等级很常见：更好的条件、专属经理、优先供货。')),
      b2c: good(text('Работает, где траты клиентов сильно различаются: авиация, отели, косметика.', 'Works where spend differs a lot between customers: airlines, hotels, cosmetics.', '适用于客户消费差异大的行业：航空、酒店、化妆品。')),
    },
    stage: {
      introduction: poor(text('Истории покупок ещё нет, и до уровней почти никто не дойдёт.', 'There is no purchase history yet, and hardly anyone reaches a tier.', '还没有购买记录，几乎没人能达到等级。')),
      growth: possible(text('Задавайте уровни, когда узнаете, как распределены траты клиентов.', 'Set tiers once you know how customers’ spend is spread.', '在了解客户消费分布后再设定等级。')),
      maturity: good(text('Выделяет лучших клиентов и защищает их от конкурентов.', 'Singles out the best customers and shields them from competitors.', '识别出最好的客户并保护他们不被竞争对手抢走。')),
      decline: possible(text('Удерживает самых ценных из оставшихся, но статус в угасающей категории теряет смысл.', 'Keeps the most valuable of those who remain, but status in a fading category loses meaning.', '能留住剩余客户中最有价值的一批，但在衰退品类中等级的意义在减弱。')),
    },
  },
  paidMembership: {
    market: {
      b2b: possible(text('Платный пакет сервиса (поддержка, обучение, приоритет) работает; «плата за право покупать» раздражает отдел закупок.', 'A paid service package (support, training, priority) works; a “fee for the right to buy” annoys purchasing departments.', '付费服务包（技术支持、培训、优先权）可行；“付费才能采购”会让采购部门反感。')),
      b2c: good(text('Клубы и подписки на доставку: член клуба считает выгоду и покупает больше.', 'Warehouse clubs and delivery subscriptions: members count their gain and buy more.', '仓储会员店和配送订阅：会员会算账，并因此买得更多。')),
    },
    stage: {
      introduction: poor(text('Никто не платит за членство в том, чего ещё не знает.', 'Nobody pays to join something they do not know yet.', '没人会为还不了解的东西付费入会。')),
      growth: possible(text('Когда появилось ядро постоянных клиентов, ценящих сервис.', 'Once a core of regulars who value the service has formed.', '当已形成一批重视服务的常客时可以考虑。')),
      maturity: good(text('Привязывает активных покупателей уже заплаченным взносом.', 'Binds heavy buyers with a fee they have already paid.', '用已付的会费锁定高频客户。')),
      decline: poor(text('Вперёд не платят за товар, от которого уходят.', 'Nobody pays in advance for a product they are moving away from.', '没人会为正在放弃的产品预先付费。')),
    },
  },
  cashback: {
    market: {
      b2b: good(text('Ретро-бонус за выполненный объём за период — знакомый инструмент B2B.', 'A retro bonus for reaching a volume over a period is a familiar B2B tool.', '按期完成采购量给予返利，是B2B熟悉的工具。')),
      b2c: possible(text('Лучше всего работает через банки и платёжных партнёров; для одного магазина это скидка, выплаченная позже.', 'Works best through banks and payment partners; for a single shop it is a discount paid later.', '通过银行和支付伙伴效果最好；对单个门店而言只是延后支付的折扣。')),
    },
    stage: {
      introduction: possible(text('Снижает ценовой риск пробы, не снижая цену на ценнике.', 'Lowers the price risk of trying without lowering the price tag.', '在不降低标价的情况下降低尝试的价格风险。')),
      growth: possible(text('Ускоряет повторные покупки, но стоит денег с каждой продажи.', 'Speeds up repeat buying but costs money on every sale.', '能加快复购，但每笔销售都要花钱。')),
      maturity: possible(text('Держит чувствительных к цене клиентов; ставку проверяйте на марже, как скидку.', 'Holds price-sensitive customers; check the rate against the margin as you would a discount.', '能留住价格敏感型客户；返现比例要像折扣一样用毛利检验。')),
      decline: good(text('Прямой денежный стимул держит объём, когда эмоции уже не работают.', 'A direct money incentive keeps the volume when emotion no longer works.', '当情感不再奏效时，直接的金钱激励能保住销量。')),
    },
  },
  coalition: {
    market: {
      b2b: poor(text('Закупки компании слишком специфичны, чтобы делить валюту с другими продавцами, а тратил бы баллы закупщик, а не компания.', 'A company’s purchases are too specific to share a currency with other sellers, and the buyer, not the company, would spend the points.', '企业采购过于专业，难以与其他商家共用积分，而且花积分的是采购员而非公司。')),
      b2c: good(text('Люди покупают у многих продавцов: общая валюта копится быстро.', 'People buy from many sellers: a shared currency builds up fast.', '消费者在众多商家购物：通用积分累积得快。')),
    },
    stage: {
      introduction: good(text('Быстрый вход новой марки в готовую базу клиентов партнёров.', 'A quick way for a new brand into the partners’ existing customers.', '新品牌快速进入合作伙伴现有客户群的途径。')),
      growth: possible(text('Ускоряет рост, но делит клиента с партнёрами.', 'Speeds growth but shares the customer with partners.', '能加速增长，但要与合作伙伴分享客户。')),
      maturity: possible(text('Добавляет ценность, когда своя программа уже не отличается, но клиент общий.', 'Adds value when your own program no longer stands out, but the customer is shared.', '当自有计划已无差异时能增加价值，但客户是共享的。')),
      decline: poor(text('Взносы и комиссии оператора переживут падающие продажи.', 'The operator’s fees and commissions outlive falling sales.', '运营方的费用和佣金比下滑的销售持续得更久。')),
    },
  },
  gifts: {
    market: {
      b2b: good(text('Подарки компании за объём или к годовщине сотрудничества приняты; соблюдайте правила клиента о подарках сотрудникам.', 'Gifts to the client company for volume or on the anniversary of working together are customary; respect the client’s rules on gifts to staff.', '按采购量或合作周年向客户公司赠礼很常见；请遵守客户关于员工收礼的规定。')),
      b2c: good(text('Карточки со штампами и подарки работают в кафе и магазинах с частыми мелкими покупками.', 'Stamp cards and gifts work in cafés and shops with frequent small purchases.', '集章卡和赠品适用于小额高频消费的咖啡店和商店。')),
    },
    stage: {
      introduction: good(text('Подарок-новинка даёт её попробовать.', 'A new product as a gift lets people try it.', '以新品作赠品，让人试用。')),
      growth: good(text('Подарок за n-ю покупку строит привычку.', 'A gift for the n-th purchase builds the habit.', '第N次购买送礼能培养习惯。')),
      maturity: possible(text('Меняйте подарок чаще, иначе его перестанут замечать.', 'Change the gift often, or nobody notices it any more.', '要经常更换赠品，否则就没人在意了。')),
      decline: possible(text('Недорого удерживает постоянных, но категорию не оживит.', 'A cheap way to keep regulars, but it will not revive the category.', '留住常客的成本不高，但救不了整个品类。')),
    },
  },
  partnerPrivileges: {
    market: {
      b2b: good(text('Деловые услуги партнёров (лизинг, страхование, обучение, логистика) добавляют ценности отношениям.', 'Partners’ business services (leasing, insurance, training, logistics) add value to the relationship.', '合作伙伴的商务服务（租赁、保险、培训、物流）为合作关系增值。')),
      b2c: possible(text('Работает, если партнёры подобраны под образ жизни ваших клиентов.', 'Works if the partners are chosen for your customers’ way of life.', '只有合作伙伴契合客户的生活方式时才有效。')),
    },
    stage: {
      introduction: possible(text('Известные имена партнёров добавляют доверия незнакомой марке.', 'Well-known partners lend trust to an unknown brand.', '知名合作伙伴能为陌生品牌增加信任。')),
      growth: possible(text('Расширяет выгоду, пока своя база растёт.', 'Widens the benefit while your own base grows.', '在自有客户群增长时扩大利益范围。')),
      maturity: good(text('Отличает вас, когда товары и цены как у конкурентов.', 'Sets you apart when your products and prices match competitors’.', '当产品和价格与竞争对手相差无几时，让你脱颖而出。')),
      decline: possible(text('Держит клиентов выгодами вне категории, пока партнёры согласны.', 'Holds customers with benefits outside the category, while the partners agree.', '只要合作伙伴愿意，就能用品类之外的好处留住客户。')),
    },
  },
  gamification: {
    market: {
      b2b: poor(text('Закупки идут по спецификациям и бюджетам; игра уместна разве что в конкурсах продаж для персонала дилеров.', 'Purchasing follows specifications and budgets; a game fits at most in sales contests for dealers’ staff.', '采购依据规格和预算进行；游戏最多适用于经销商员工的销售竞赛。')),
      b2c: good(text('Пользователи приложений и молодая аудитория охотно играют; задания повышают частоту.', 'App users and a young audience play readily; challenges raise frequency.', '应用用户和年轻群体乐于参与；任务能提高消费频次。')),
    },
    stage: {
      introduction: good(text('Создаёт интерес и пробу вокруг новинки.', 'Creates buzz and trial around something new.', '围绕新品制造话题、促进试用。')),
      growth: good(text('Вовлекает растущую базу.', 'Engages a growing base.', '让不断增长的客户群参与进来。')),
      maturity: possible(text('Может оживить интерес к привычной марке, если игра свежая.', 'Can revive interest in a familiar brand if the game is fresh.', '如果游戏够新鲜，能重新激发对老品牌的兴趣。')),
      decline: poor(text('Игра не скроет угасающий товар.', 'A game will not hide a fading product.', '游戏掩盖不了正在衰退的产品。')),
    },
  },
};
