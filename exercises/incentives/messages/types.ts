import type { Message } from '../../../src/i18n/messages';
import { defineMessages } from '../../../src/i18n/translate';
import type { FitLevel } from '../content/programFit';
import type { ScoreCriterion } from '../state';

/** Step 1, program types: its screen, its reading and its export. Russian is the reference; en and zh have the same keys. */
const ru = {
  'types.intro':
    'Сравните девять типов программ лояльности: что каждый даёт клиенту, во что он обходится вам и насколько подходит вашему рынку, стадии жизненного цикла товара и тому, за что клиенты вам верны. Оцените каждый тип для своего бизнеса — и получите короткий список с причинами.',
  'demo.open': 'Открыть пример B2B-дистрибьютора',
  'demo.confirmTitle': 'Открыть пример B2B-дистрибьютора?',
  'demo.confirmBody':
    'Пример — дистрибьютор стройматериалов, который продаёт 350 магазинам и подрядчикам. Он заменит всё, что записано в этом упражнении: рынок, оценки, рычаги, механику и скидки. Вернуть прежние ответы будет нельзя.',
  'demo.confirm': 'Заменить примером',

  'business.title': 'Ваш бизнес',
  'business.market': 'Рынок',
  'business.stage': 'Стадия жизненного цикла товара',
  'business.loyalty': 'За что клиенты вам верны',
  'business.loyaltyHint': 'Отметьте все типы лояльности, которые встречаются среди ваших клиентов.',

  'compare.title': 'Типы программ рядом',
  'compare.rule':
    'Подходит ли тип вашему бизнесу, решают три голоса: рынок, стадия и типы лояльности ваших клиентов вместе. «Подходит» — большинство голосов за и ни одного против; «плохо подходит» — против больше, чем за; иначе — «возможно».',
  'compare.type': 'Тип программы',
  'compare.pros': 'За',
  'compare.cons': 'Против',
  'compare.fit': 'Для вашего бизнеса',
  'fit.good': 'Подходит',
  'fit.possible': 'Возможно',
  'fit.poor': 'Плохо подходит',
  'fit.unknown': 'Выберите рынок, стадию или типы лояльности, чтобы увидеть, подходит ли тип.',
  'fitReason.good': 'подходит',
  'fitReason.possible': 'возможно',
  'fitReason.poor': 'плохо подходит',
  'fit.neutral': 'не притягивает и не отталкивает таких клиентов.',

  'score.title': 'Ваши оценки',
  'score.intro': 'Оцените каждый тип для своего бизнеса от 1 до 5 по трём вопросам и запишите почему. Тип попадает в сравнение, когда оценены все три вопроса.',
  'criterion.customerValue': 'Ценность для клиентов',
  'criterion.affordability': 'Посильность затрат',
  'criterion.simplicity': 'Простота',
  'scale.customerValue': '1 — вашим клиентам это не нужно; 5 — они этого очень хотят.',
  'scale.affordability': '1 — не по карману или не окупится; 5 — затраты малы и окупаются.',
  'scale.simplicity': '1 — трудно запустить и объяснить; 5 — запускается быстро и объясняется одной фразой.',
  'score.none': '—',
  'score.aria': '{criterion}: {type}',
  'score.total': 'Сумма',
  'score.totalMissing': 'не всё оценено',
  'score.note': 'Почему',
  'score.noteAria': 'Почему: {type}',

  'shortList.title': 'Короткий список',
  'shortList.empty': 'Пока ни один тип не набрал 9 баллов из 15.',
  'shortList.total': '{total} из 15',
  'shortList.strengths': 'Сильные стороны: {list}.',
  'shortList.weaknesses': 'Слабые стороны: {list}.',
  'shortList.fitFor': 'Подходит: {list}.',
  'shortList.fitAgainst': 'Против: {subject} — {why}',
  'shortList.rule':
    'В список попадают до трёх типов с наибольшей суммой оценок, но не меньше 9 из 15 (в среднем 3 — «ни хорошо, ни плохо»). Подходящесть не меняет ваших оценок: при равной сумме выше встаёт тип, который лучше подходит вашему бизнесу, затем — с большей ценностью для клиентов.',
  'chart.title': 'Сумма оценок по типам',
  'chart.description': 'Сумма трёх оценок каждого полностью оценённого типа, от 3 до 15; типы короткого списка выделены цветом.',
  'chart.inShortList': 'В коротком списке',
  'chart.others': 'Остальные оценённые',
  'chart.rank': 'Место',

  'reading.noneScored':
    'Вы ещё не оценили ни одного типа. Выберите рынок, стадию и типы лояльности клиентов, затем оцените каждый тип по трём вопросам — здесь появится короткий список.',
  'reading.shortList': { one: 'В коротком списке один тип: {names}.', other: 'Короткий список: {names}.' },
  'reading.meaning': 'С этих типов стоит собирать механику программы на шаге «Механика и скидки»; остальные — запасные идеи.',
  'reading.noShortList':
    'Ни один из оценённых типов не набрал 9 баллов из 15 — для вашего бизнеса ни один пока не выглядит хорошим. Пересмотрите оценки или опирайтесь на рычаги удержания на следующем шаге.',
  'reading.fitWarning': '{name} в списке, но плохо подходит вашему бизнесу ({reasons}) — проверьте оценку.',
  'reading.toScore': {
    one: 'Осталось оценить {count} тип: {names}.',
    few: 'Осталось оценить {count} типа: {names}.',
    many: 'Осталось оценить {count} типов: {names}.',
    other: 'Осталось оценить {count} типа: {names}.',
  },
  'reading.allScored': 'Все девять типов оценены.',
  'reading.noBusiness': 'Укажите рынок и стадию, чтобы увидеть, какие типы подходят вашему бизнесу.',

  'export.sheet.scores': 'Типы программ',
  'export.sheet.ranking': 'Короткий список',
  'export.business': 'Ваш бизнес',
  'export.notChosen': 'не выбрано',
  'export.fit': 'Подходящесть',
  'export.fitReasons': 'Почему',
  'export.inShortList': 'В коротком списке',
  'export.yes': 'да',
  'export.no': 'нет',
  'export.reasons': 'Причины',
} satisfies Record<`criterion.${ScoreCriterion}` | `scale.${ScoreCriterion}` | `fit.${FitLevel}` | `fitReason.${FitLevel}`, Message> &
  Record<string, Message>;

export type TypesMessageKey = keyof typeof ru;

const en: Record<TypesMessageKey, Message> = {
  'types.intro':
    'Compare nine types of loyalty program: what each gives the customer, what it costs you, and how well it suits your market, your product’s life-cycle stage and what your customers are loyal to. Score each type for your business and get a short list with the reasons.',
  'demo.open': 'Open the B2B distributor example',
  'demo.confirmTitle': 'Open the B2B distributor example?',
  'demo.confirmBody':
    'The example is a building-materials distributor selling to 350 hardware shops and contractors. It replaces everything in this exercise: market, scores, levers, mechanics and discounts. Your previous answers cannot be brought back.',
  'demo.confirm': 'Replace with the example',

  'business.title': 'Your business',
  'business.market': 'Market',
  'business.stage': 'Product life-cycle stage',
  'business.loyalty': 'What your customers are loyal to',
  'business.loyaltyHint': 'Tick every loyalty type you find among your customers.',

  'compare.title': 'Program types side by side',
  'compare.rule':
    'Three votes decide whether a type suits your business: the market, the stage, and your customers’ loyalty types taken together. “Good fit”: most votes for it and none against; “poor fit”: more against than for; otherwise “possible”.',
  'compare.type': 'Program type',
  'compare.pros': 'For',
  'compare.cons': 'Against',
  'compare.fit': 'For your business',
  'fit.good': 'Good fit',
  'fit.possible': 'Possible',
  'fit.poor': 'Poor fit',
  'fit.unknown': 'Choose a market, a stage or loyalty types to see whether the type fits.',
  'fitReason.good': 'good fit',
  'fitReason.possible': 'possible',
  'fitReason.poor': 'poor fit',
  'fit.neutral': 'neither draws nor repels these customers.',

  'score.title': 'Your scores',
  'score.intro': 'Score each type for your business from 1 to 5 on three questions and note why. A type enters the comparison once all three are scored.',
  'criterion.customerValue': 'Value to customers',
  'criterion.affordability': 'Affordability',
  'criterion.simplicity': 'Simplicity',
  'scale.customerValue': '1 — your customers do not need it; 5 — they want it badly.',
  'scale.affordability': '1 — beyond your means or will not pay back; 5 — costs little and pays back.',
  'scale.simplicity': '1 — hard to launch and explain; 5 — quick to launch, explained in one sentence.',
  'score.none': '—',
  'score.aria': '{criterion}: {type}',
  'score.total': 'Total',
  'score.totalMissing': 'not fully scored',
  'score.note': 'Why',
  'score.noteAria': 'Why: {type}',

  'shortList.title': 'Short list',
  'shortList.empty': 'No type has reached 9 points out of 15 yet.',
  'shortList.total': '{total} of 15',
  'shortList.strengths': 'Strengths: {list}.',
  'shortList.weaknesses': 'Weaknesses: {list}.',
  'shortList.fitFor': 'Fits: {list}.',
  'shortList.fitAgainst': 'Against: {subject} — {why}',
  'shortList.rule':
    'The list takes up to three types with the highest total, each at least 9 of 15 (a mean of 3, “neither good nor bad”). Fit does not change your scores: on equal totals the type that suits your business better comes first, then the one with more value to customers.',
  'chart.title': 'Total score by type',
  'chart.description': 'The sum of the three scores of every fully scored type, from 3 to 15; the short-listed types are coloured.',
  'chart.inShortList': 'On the short list',
  'chart.others': 'Other scored types',
  'chart.rank': 'Rank',

  'reading.noneScored':
    'You have not scored any type yet. Choose your market, stage and your customers’ loyalty types, then score each type on the three questions: the short list will appear here.',
  'reading.shortList': { one: 'One type is on the short list: {names}.', other: 'Short list: {names}.' },
  'reading.meaning': 'Build the program’s mechanics from these types in the “Mechanics and discounts” step; the others are spare ideas.',
  'reading.noShortList':
    'None of the scored types reached 9 points of 15: none looks good for your business yet. Revisit the scores, or lean on the retention levers in the next step.',
  'reading.fitWarning': '{name} is on the list but fits your business poorly ({reasons}): check its score.',
  'reading.toScore': { one: '{count} type is still to score: {names}.', other: '{count} types are still to score: {names}.' },
  'reading.allScored': 'All nine types are scored.',
  'reading.noBusiness': 'Choose your market and stage to see which types suit your business.',

  'export.sheet.scores': 'Program types',
  'export.sheet.ranking': 'Short list',
  'export.business': 'Your business',
  'export.notChosen': 'not chosen',
  'export.fit': 'Fit',
  'export.fitReasons': 'Why',
  'export.inShortList': 'On the short list',
  'export.yes': 'yes',
  'export.no': 'no',
  'export.reasons': 'Reasons',
};

const zh: Record<TypesMessageKey, Message> = {
  'types.intro':
    '比较九种忠诚度计划：每种给客户带来什么、让你花费多少，以及它与你的市场、产品生命周期阶段和客户忠诚原因的契合程度。为自己的业务给每种类型打分，得到附有理由的候选清单。',
  'demo.open': '打开B2B经销商示例',
  'demo.confirmTitle': '打开B2B经销商示例？',
  'demo.confirmBody': '示例是一家向350家建材店和施工方供货的建材经销商。它会替换本练习中的全部内容：市场、评分、杠杆、机制和折扣。之前的答案将无法恢复。',
  'demo.confirm': '用示例替换',

  'business.title': '你的业务',
  'business.market': '市场',
  'business.stage': '产品生命周期阶段',
  'business.loyalty': '客户忠诚于什么',
  'business.loyaltyHint': '勾选你的客户中存在的所有忠诚类型。',

  'compare.title': '各类计划并列比较',
  'compare.rule':
    '类型是否适合你的业务由三票决定：市场、阶段，以及客户的忠诚类型（合为一票）。“适合”：多数为赞成票且没有反对票；“不太适合”：反对票多于赞成票；其余为“可以考虑”。',
  'compare.type': '计划类型',
  'compare.pros': '优点',
  'compare.cons': '缺点',
  'compare.fit': '对你的业务',
  'fit.good': '适合',
  'fit.possible': '可以考虑',
  'fit.poor': '不太适合',
  'fit.unknown': '选择市场、阶段或忠诚类型，即可看到该类型是否适合。',
  'fitReason.good': '适合',
  'fitReason.possible': '可以考虑',
  'fitReason.poor': '不太适合',
  'fit.neutral': '对这类客户既无吸引也无排斥。',

  'score.title': '你的评分',
  'score.intro': '从三个问题出发，按1到5分为每种类型打分，并写下理由。三个问题都打分后，该类型才进入比较。',
  'criterion.customerValue': '对客户的价值',
  'criterion.affordability': '成本可承受性',
  'criterion.simplicity': '简便性',
  'scale.customerValue': '1 — 你的客户不需要；5 — 客户非常想要。',
  'scale.affordability': '1 — 负担不起或无法回本；5 — 成本低且能回本。',
  'scale.simplicity': '1 — 难以上线和解释；5 — 上线快，一句话就能说清。',
  'score.none': '—',
  'score.aria': '{criterion}：{type}',
  'score.total': '总分',
  'score.totalMissing': '尚未打完分',
  'score.note': '理由',
  'score.noteAria': '理由：{type}',

  'shortList.title': '候选清单',
  'shortList.empty': '目前还没有类型达到15分中的9分。',
  'shortList.total': '{total}/15',
  'shortList.strengths': '优势：{list}。',
  'shortList.weaknesses': '弱项：{list}。',
  'shortList.fitFor': '适合：{list}。',
  'shortList.fitAgainst': '不利：{subject}——{why}',
  'shortList.rule':
    '清单最多收录总分最高的三种类型，且每种至少9分（平均3分，即“不好不坏”）。契合度不会改变你的评分：总分相同时，更适合你业务的类型排在前面，其次是对客户价值更高的类型。',
  'chart.title': '各类型总分',
  'chart.description': '每种已完整打分类型的三项评分之和，范围3到15；候选清单中的类型以颜色标出。',
  'chart.inShortList': '候选清单中',
  'chart.others': '其他已打分类型',
  'chart.rank': '排名',

  'reading.noneScored': '你还没有为任何类型打分。请先选择市场、阶段和客户的忠诚类型，再按三个问题为每种类型打分，候选清单会显示在这里。',
  'reading.shortList': { other: '候选清单：{names}。' },
  'reading.meaning': '请在“机制与折扣”一步中用这些类型搭建计划机制；其余类型作为备选思路。',
  'reading.noShortList': '已打分的类型都没有达到15分中的9分——目前没有一种看起来适合你的业务。请重新审视评分，或在下一步依靠留存杠杆。',
  'reading.fitWarning': '{name}在清单中，但不太适合你的业务（{reasons}）——请检查评分。',
  'reading.toScore': { other: '还有{count}种类型待打分：{names}。' },
  'reading.allScored': '九种类型都已打分。',
  'reading.noBusiness': '请选择市场和阶段，看看哪些类型适合你的业务。',

  'export.sheet.scores': '计划类型',
  'export.sheet.ranking': '候选清单',
  'export.business': '你的业务',
  'export.notChosen': '未选择',
  'export.fit': '契合度',
  'export.fitReasons': '理由',
  'export.inShortList': '在候选清单中',
  'export.yes': '是',
  'export.no': '否',
  'export.reasons': '理由',
};

export const typesMessages = defineMessages<TypesMessageKey>({ ru, en, zh });
