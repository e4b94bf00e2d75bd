import type { Message } from '../../../src/i18n/messages';

/** Step 1: when a discount pays for itself. Russian is the reference; en and zh must have the same keys. */
const ru = {
  'discount.intro':
    'Скидка уменьшает прибыль с каждой продажи. Чтобы заработать столько же, сколько без скидки, придётся продать больше. Насколько больше — зависит от вашей маржи.',
  'discount.introDetail':
    'Нужный прирост объёма = d / (m − d), где m — валовая маржа, d — скидка, обе в процентах от цены. При марже 30 % скидка 10 % требует продать на 50 % больше. Если скидка не меньше маржи, каждая продажа убыточна, и никакой рост объёма не спасёт: такую скидку называют «самоубийственной».',
  'discount.inputsLegend': 'Маржа и скидка',
  'discount.margin': 'Валовая маржа',
  'discount.marginHint':
    'Доля валовой прибыли в цене: (цена − себестоимость) / цена. В рознице обычно 20–50 %, в дистрибуции 10–25 %.',
  'discount.discount': 'Скидка',
  'discount.discountHint': 'Скидка в процентах от обычной цены. Типичные промо-скидки — 5–30 %.',
  'discount.expected': 'Ожидаемый прирост продаж',
  'discount.expectedHint':
    'Ваша оценка: на сколько вырастет объём продаж в штуках благодаря скидке. Отрицательное число — падение.',

  'discount.resultsTitle': 'Результат',
  'discount.missing': 'Введите валовую маржу и скидку, чтобы увидеть, какой прирост продаж нужен.',
  'discount.required': 'Нужный прирост объёма',
  'discount.requiredNote': 'чтобы валовая прибыль не снизилась',
  'discount.suicidalValue': 'Недостижим',
  'discount.suicidalNote': 'скидка съедает всю маржу',
  'discount.profitChange': 'Изменение валовой прибыли',
  'discount.profitChangeNote': 'при ожидаемом приросте {expected}',
  'discount.noExpected': 'Укажите ожидаемый прирост продаж, чтобы сравнить его с нужным.',

  'discount.verdict.suicidal':
    'Скидка {discount} при марже {margin} «самоубийственная»: продажа со скидкой не приносит валовой прибыли или приносит убыток, и никакой рост продаж этого не исправит.',
  'discount.verdict.no-discount': 'Без скидки прибыль с продажи не меняется: дополнительный объём не нужен.',
  'discount.verdict.easy':
    'Скидка {discount} при марже {margin} окупается, если продажи вырастут на {required}. Такой прирост реалистичен для хорошо выбранного товара.',
  'discount.verdict.demanding':
    'Скидка {discount} при марже {margin} окупается, только если продажи вырастут на {required}. Это много: проверьте, что покупатели действительно так отреагируют.',
  'discount.verdict.unrealistic':
    'Скидка {discount} при марже {margin} требует прироста продаж на {required}. На практике такого почти не бывает: скидка, скорее всего, уменьшит прибыль.',

  'discount.invalid.margin': 'Валовая маржа должна быть больше 0 %: без маржи нечего сравнивать.',
  'discount.invalid.discount': 'Скидка должна быть меньше 100 %: при 100 % товар просто отдают даром.',

  'discount.compare.above':
    'Ожидаемый прирост {expected} больше нужного {required}: валовая прибыль вырастет на {change}.',
  'discount.compare.below':
    'Ожидаемый прирост {expected} меньше нужного {required}: валовая прибыль снизится на {change}.',
  'discount.compare.equal': 'Ожидаемый прирост {expected} как раз равен нужному: прибыль останется прежней.',
  'discount.compare.suicidal':
    'При ожидаемом приросте {expected} валовая прибыль изменится на {change}: скидка не меньше маржи, поэтому рост продаж только увеличивает убыток.',

  'discount.chartTitle': 'Какой прирост продаж нужен при разной скидке',
  'discount.chartDescription':
    'Нужный прирост объёма (по вертикали) для скидок от 0 до маржи {margin} (по горизонтали). Кривая уходит вверх по мере приближения скидки к марже; правее маржи — «самоубийственная» зона. Точка — ваша скидка.',
  'discount.axisDiscount': 'Скидка, %',
  'discount.axisRequired': 'Нужный прирост объёма, %',
  'discount.zone': 'Зона «самоубийства»',
  'discount.yourDiscount': 'Ваша скидка',
  'discount.tableDiscount': 'Скидка',
  'discount.tableRequired': 'Нужный прирост объёма',
  'discount.tableSuicidal': 'недостижим',
};

type DiscountKey = keyof typeof ru;

const en: Record<DiscountKey, Message> = {
  'discount.intro':
    'A discount cuts the profit on every sale. To earn as much as without it, you have to sell more. How much more depends on your margin.',
  'discount.introDetail':
    'Required volume change = d / (m − d), where m is the gross margin and d the discount, both as shares of the price. At a 30% margin a 10% discount needs 50% more volume. If the discount is at least the margin, every sale loses money and no growth in volume can save it: such a discount is called "suicidal".',
  'discount.inputsLegend': 'Margin and discount',
  'discount.margin': 'Gross margin',
  'discount.marginHint':
    'Gross profit as a share of the selling price: (price − cost) / price. Typically 20–50% in retail, 10–25% in distribution.',
  'discount.discount': 'Discount',
  'discount.discountHint': 'The discount as a share of the regular price. Typical promotions give 5–30%.',
  'discount.expected': 'Expected sales uplift',
  'discount.expectedHint':
    'Your estimate of how much unit sales will grow thanks to the discount. A negative number means a fall.',

  'discount.resultsTitle': 'Result',
  'discount.missing': 'Enter the gross margin and the discount to see the sales uplift they require.',
  'discount.required': 'Required volume uplift',
  'discount.requiredNote': 'to keep gross profit where it was',
  'discount.suicidalValue': 'Unreachable',
  'discount.suicidalNote': 'the discount eats the whole margin',
  'discount.profitChange': 'Change in gross profit',
  'discount.profitChangeNote': 'at the expected uplift of {expected}',
  'discount.noExpected': 'Enter the sales uplift you expect to compare it with the one required.',

  'discount.verdict.suicidal':
    'A {discount} discount at a {margin} margin is "suicidal": a discounted sale earns no gross profit or loses money, and no growth in sales can fix that.',
  'discount.verdict.no-discount': 'Without a discount the profit per sale does not change: no extra volume is needed.',
  'discount.verdict.easy':
    'A {discount} discount at a {margin} margin pays for itself if sales grow by {required}. That is realistic for a well-chosen product.',
  'discount.verdict.demanding':
    'A {discount} discount at a {margin} margin pays for itself only if sales grow by {required}. That is a lot: check that customers will really respond that strongly.',
  'discount.verdict.unrealistic':
    'A {discount} discount at a {margin} margin needs sales to grow by {required}. That hardly ever happens in practice: the discount will most likely reduce profit.',

  'discount.invalid.margin': 'The gross margin must be above 0%: without a margin there is nothing to compare.',
  'discount.invalid.discount': 'The discount must be below 100%: at 100% the goods are simply given away.',

  'discount.compare.above':
    'The expected uplift of {expected} exceeds the required {required}: gross profit will grow by {change}.',
  'discount.compare.below':
    'The expected uplift of {expected} falls short of the required {required}: gross profit will fall by {change}.',
  'discount.compare.equal': 'The expected uplift of {expected} is exactly what is required: profit stays the same.',
  'discount.compare.suicidal':
    'At the expected uplift of {expected} gross profit changes by {change}: the discount is at least the margin, so selling more only deepens the loss.',

  'discount.chartTitle': 'The sales uplift each discount requires',
  'discount.chartDescription':
    'Required volume uplift (vertical) for discounts from 0 up to the {margin} margin (horizontal). The curve climbs steeply as the discount approaches the margin; beyond the margin lies the "suicidal" zone. The dot is your discount.',
  'discount.axisDiscount': 'Discount, %',
  'discount.axisRequired': 'Required volume uplift, %',
  'discount.zone': '"Suicidal" zone',
  'discount.yourDiscount': 'Your discount',
  'discount.tableDiscount': 'Discount',
  'discount.tableRequired': 'Required volume uplift',
  'discount.tableSuicidal': 'unreachable',
};

const zh: Record<DiscountKey, Message> = {
  'discount.intro': '折扣会减少每一笔销售的利润。要赚到和不打折时一样多，就必须多卖。需要多卖多少，取决于您的毛利率。',
  'discount.introDetail':
    '所需销量增长 = d / (m − d)，其中 m 为毛利率，d 为折扣，两者均为占价格的比例。毛利率 30% 时，10% 的折扣需要销量增加 50%。如果折扣不低于毛利率，每笔销售都在亏损，销量再大也无济于事，这样的折扣被称为"自杀式"折扣。',
  'discount.inputsLegend': '毛利率与折扣',
  'discount.margin': '毛利率',
  'discount.marginHint': '毛利占售价的比例：（售价 − 成本）/ 售价。零售通常为 20–50%，分销为 10–25%。',
  'discount.discount': '折扣',
  'discount.discountHint': '折扣占原价的比例。常见的促销折扣为 5–30%。',
  'discount.expected': '预期销量增长',
  'discount.expectedHint': '您估计折扣能让销售数量增长多少。负数表示下降。',

  'discount.resultsTitle': '折扣结果',
  'discount.missing': '请输入毛利率和折扣，查看需要多大的销量增长。',
  'discount.required': '所需销量增长',
  'discount.requiredNote': '才能保持毛利不减少',
  'discount.suicidalValue': '无法实现',
  'discount.suicidalNote': '折扣吃掉了全部毛利',
  'discount.profitChange': '毛利变化',
  'discount.profitChangeNote': '按预期增长 {expected} 计算',
  'discount.noExpected': '请输入您预期的销量增长，以便与所需增长进行比较。',

  'discount.verdict.suicidal': '毛利率 {margin} 时给出 {discount} 的折扣是"自杀式"的：打折销售不产生毛利甚至亏损，销量再增长也无法弥补。',
  'discount.verdict.no-discount': '不打折时每笔销售的利润不变，无需额外销量。',
  'discount.verdict.easy': '毛利率 {margin} 时，{discount} 的折扣只要销量增长 {required} 即可回本。对于选得好的商品，这是可以实现的。',
  'discount.verdict.demanding':
    '毛利率 {margin} 时，{discount} 的折扣只有在销量增长 {required} 时才能回本。这个要求很高：请确认顾客真的会有如此强烈的反应。',
  'discount.verdict.unrealistic': '毛利率 {margin} 时，{discount} 的折扣需要销量增长 {required}。实际中几乎不可能：这个折扣很可能会减少利润。',

  'discount.invalid.margin': '毛利率必须大于 0%：没有毛利就无从比较。',
  'discount.invalid.discount': '折扣必须小于 100%：100% 的折扣等于白送商品。',

  'discount.compare.above': '预期增长 {expected} 高于所需的 {required}：毛利将增加 {change}。',
  'discount.compare.below': '预期增长 {expected} 低于所需的 {required}：毛利将减少 {change}。',
  'discount.compare.equal': '预期增长 {expected} 恰好等于所需增长：利润保持不变。',
  'discount.compare.suicidal': '按预期增长 {expected} 计算，毛利变化为 {change}：折扣不低于毛利率，多卖只会扩大亏损。',

  'discount.chartTitle': '不同折扣所需的销量增长',
  'discount.chartDescription':
    '纵轴为所需销量增长，横轴为从 0 到毛利率 {margin} 的折扣。折扣越接近毛利率，曲线上升越陡；超过毛利率即进入"自杀"区。圆点表示您的折扣。',
  'discount.axisDiscount': '折扣，%',
  'discount.axisRequired': '所需销量增长，%',
  'discount.zone': '"自杀"区',
  'discount.yourDiscount': '您的折扣',
  'discount.tableDiscount': '折扣',
  'discount.tableRequired': '所需销量增长',
  'discount.tableSuicidal': '无法实现',
};

export const discountMessages = { ru, en, zh };
