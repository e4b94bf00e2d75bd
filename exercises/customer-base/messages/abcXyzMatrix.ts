import { defineMessages } from '../../../src/i18n/translate';
import type { Message } from '../../../src/i18n/messages';
import type { AbcClass } from '../../../src/customers/abc';
import type { XyzGroup } from '../../../src/customers/xyz';

/** Step "Pareto and ABC/XYZ": the 9-cell matrix (and the "too new" column) and what each cell calls for. */
type CellKey = `abcXyz.cell.${AbcClass}${XyzGroup}`;

const ru = {
  'abcXyz.matrix.title': 'Матрица ABC × XYZ',
  'abcXyz.matrix.description':
    'Строки — классы по ценности (A, B, C), столбцы — по стабильности закупок (X, Y, Z); «Новые» — клиенты меньше трёх месяцев в окне, для них стабильность ещё не видна. В ячейке — сколько клиентов и какая доля всей выручки на них приходится (чем темнее, тем больше доля), под ней — что с ними делать. Нажмите на число клиентов, чтобы увидеть их список.',
  'abcXyz.matrix.corner': 'Ценность \\ стабильность',
  'abcXyz.matrix.customers': { one: '{count} клиент', few: '{count} клиента', many: '{count} клиентов', other: '{count} клиента' },
  'abcXyz.matrix.share': '{share} выручки',
  'abcXyz.matrix.show': 'Показать клиентов ячейки {cell}',
  'abcXyz.cell.AX': 'Опора бизнеса: стандартный сервис без сбоев, гарантированный запас, закреплённый менеджер. Не теряйте — и не переплачивайте за удержание того, кто и так стабилен.',
  'abcXyz.cell.AY': 'Крупные, но с колебаниями: договоритесь о графике поставок или плане закупок, узнайте, от чего зависят колебания.',
  'abcXyz.cell.AZ': 'Крупные и непредсказуемые: ведите индивидуально, выясните, почему закупки нерегулярны (проекты, сезон, второй поставщик), и предложите условия за ровный объём.',
  'abcXyz.cell.Anew': 'Новые и уже крупные: быстро закрепите отношения — знакомство с менеджером, удобные условия, проверка, что всё устроило.',
  'abcXyz.cell.BX': 'Стабильные середняки: обслуживайте по стандарту и предлагайте расширить ассортимент — здесь точка роста.',
  'abcXyz.cell.BY': 'Средние с колебаниями: регулярные напоминания и предложения, план закупок на квартал.',
  'abcXyz.cell.BZ': 'Средние и нерегулярные: выясните, у кого ещё они покупают; держите запас по заказу, а не на складе.',
  'abcXyz.cell.Bnew': 'Новые средние: помогите сделать вторую и третью покупку, пока решение о поставщике не закрепилось.',
  'abcXyz.cell.CX': 'Мелкие, но регулярные: переведите на самый дешёвый канал — онлайн-заказ, автоповтор, минимальная партия.',
  'abcXyz.cell.CY': 'Мелкие с колебаниями: стандартные условия, общий канал обслуживания, без личного внимания.',
  'abcXyz.cell.CZ': 'Мелкие и случайные: обслуживайте с минимальными затратами или пересмотрите условия (минимальный заказ, предоплата); проверьте, окупаются ли они.',
  'abcXyz.cell.Cnew': 'Новые и пока мелкие: стандартный приветственный сценарий; присмотритесь, кто из них может вырасти.',
} satisfies Record<string, Message> & Record<CellKey, Message>;

type Key = keyof typeof ru;

const en: Record<Key, Message> = {
  'abcXyz.matrix.title': 'ABC × XYZ matrix',
  'abcXyz.matrix.description':
    'Rows are the value classes (A, B, C), columns the steadiness of buying (X, Y, Z); "New" holds customers with fewer than three months in the window, too soon to judge steadiness. Each cell shows how many customers and what share of all revenue they bring (the darker, the larger the share), and below it what to do with them. Select a customer count to list those customers.',
  'abcXyz.matrix.corner': 'Value \\ steadiness',
  'abcXyz.matrix.customers': { one: '{count} customer', other: '{count} customers' },
  'abcXyz.matrix.share': '{share} of revenue',
  'abcXyz.matrix.show': 'Show the customers of cell {cell}',
  'abcXyz.cell.AX': 'The backbone: standard service that never fails, reserved stock, a named account manager. Keep them — but do not overpay to retain someone who is steady anyway.',
  'abcXyz.cell.AY': 'Big but uneven: agree a delivery schedule or a purchase plan, and learn what drives the swings.',
  'abcXyz.cell.AZ': 'Big and unpredictable: manage one by one; find out why purchases are irregular (projects, season, a second supplier) and offer terms for a steadier volume.',
  'abcXyz.cell.Anew': 'New and already big: secure the relationship quickly — meet the account manager, easy terms, check that everything went well.',
  'abcXyz.cell.BX': 'Steady middle: standard service, and offer a wider range — this is where growth is.',
  'abcXyz.cell.BY': 'Middle and uneven: regular reminders and offers, a quarterly purchase plan.',
  'abcXyz.cell.BZ': 'Middle and irregular: find out who else they buy from; supply to order rather than holding stock for them.',
  'abcXyz.cell.Bnew': 'New, mid-sized: help them to a second and third purchase before their choice of supplier settles.',
  'abcXyz.cell.CX': 'Small but regular: move them to the cheapest channel — online ordering, automatic repeat orders, a minimum batch.',
  'abcXyz.cell.CY': 'Small and uneven: standard terms, a shared service channel, no personal attention.',
  'abcXyz.cell.CZ': 'Small and occasional: serve at the lowest cost or review the terms (minimum order, prepayment); check whether they pay their way.',
  'abcXyz.cell.Cnew': 'New and small so far: the standard welcome sequence; watch for the ones who could grow.',
};

const zh: Record<Key, Message> = {
  'abcXyz.matrix.title': 'ABC × XYZ 矩阵',
  'abcXyz.matrix.description':
    '行是价值类别（A、B、C），列是采购稳定性（X、Y、Z）；“新客户”是在分析期内不足三个月的客户，还看不出是否稳定。每个格子显示客户数和他们占全部收入的比例（颜色越深比例越大），下面写着该怎么对待他们。点击客户数即可查看名单。',
  'abcXyz.matrix.corner': '价值 \\ 稳定性',
  'abcXyz.matrix.customers': { other: '{count} 位客户' },
  'abcXyz.matrix.share': '占收入 {share}',
  'abcXyz.matrix.show': '查看 {cell} 格的客户',
  'abcXyz.cell.AX': '业务的支柱：稳定可靠的标准服务、预留库存、专属客户经理。要留住他们，但不必为本来就稳定的客户多花挽留成本。',
  'abcXyz.cell.AY': '大客户但有波动：约定供货计划或采购计划，弄清楚波动的原因。',
  'abcXyz.cell.AZ': '大客户但难以预测：逐个管理，查明采购不规律的原因（项目制、季节、另有供应商），并为更稳定的采购量提供条件。',
  'abcXyz.cell.Anew': '新客户且已经很大：尽快巩固关系——让客户经理上门认识、给出便利条件、确认一切满意。',
  'abcXyz.cell.BX': '稳定的中等客户：按标准服务，并推荐更多品类——增长空间就在这里。',
  'abcXyz.cell.BY': '中等且有波动：定期提醒和推荐，制定季度采购计划。',
  'abcXyz.cell.BZ': '中等且不规律：了解他们还在向谁采购；按订单备货，不为他们囤库存。',
  'abcXyz.cell.Bnew': '中等规模的新客户：在他们选定供应商之前，帮助他们完成第二次、第三次购买。',
  'abcXyz.cell.CX': '小而规律：转到成本最低的渠道——线上下单、自动续订、最小批量。',
  'abcXyz.cell.CY': '小且有波动：标准条件、共用服务渠道，不做个别关照。',
  'abcXyz.cell.CZ': '小而偶尔购买：以最低成本服务，或调整条件（最低订货量、预付款）；核实他们是否带来利润。',
  'abcXyz.cell.Cnew': '暂时还小的新客户：标准的欢迎流程；留意其中可能成长起来的客户。',
};

export const abcXyzMatrixMessages = defineMessages({ ru, en, zh });
