import type { Locale } from '../../src/i18n/locale';
import type { Message } from '../../src/i18n/messages';
import { defineMessages } from '../../src/i18n/translate';
import { DIMENSION_NAMES, DIMENSIONS, type Dimension } from './structure';
import type { IpaQuadrant, InvalidWeightsReason, NotEnoughDataReason } from './model';

/**
 * The SERVQUAL exercise's strings. Russian is the reference; English and Chinese must have exactly its keys.
 * Dimension names come from structure.ts (they also feed the response file's column synonyms), so they are
 * written once.
 */

type DimensionNameKey = `dimension.${Dimension}.name`;

function dimensionNames(locale: Locale): Record<DimensionNameKey, string> {
  // Cast: Object.fromEntries loses the key type; DIMENSIONS lists every dimension.
  return Object.fromEntries(DIMENSIONS.map((dimension) => [`dimension.${dimension}.name`, DIMENSION_NAMES[dimension][locale]])) as Record<
    DimensionNameKey,
    string
  >;
}

const ru = {
  ...dimensionNames('ru'),
  'dimension.tangibles.explanation':
    'Всё, что клиент видит и держит в руках: помещения, оборудование, внешний вид сотрудников, документы и сайт.',
  'dimension.reliability.explanation':
    'Способность сделать обещанное точно, в срок и без ошибок. Клиенты обычно считают её самой важной.',
  'dimension.responsiveness.explanation':
    'Готовность помочь и быстро откликнуться: сколько клиент ждёт ответа, звонка, решения.',
  'dimension.assurance.explanation':
    'Знания, вежливость и поведение сотрудников, благодаря которым клиент доверяет компании и чувствует себя в безопасности.',
  'dimension.empathy.explanation':
    'Внимание к каждому клиенту: понимание его особых нужд, удобный режим работы, личный контакт.',

  'gaps.title': 'Модель пяти разрывов',
  'gaps.intro':
    'Качество сервиса в глазах клиента — это разница между тем, что он ожидал, и тем, что получил. Анкета SERVQUAL измеряет пятый разрыв; первые четыре — его причины внутри компании.',
  'gaps.1': 'Разрыв знания: руководство представляет ожидания клиентов не так, как их видят сами клиенты.',
  'gaps.2': 'Разрыв стандартов: даже верно понятые ожидания не превращены в чёткие стандарты обслуживания.',
  'gaps.3': 'Разрыв исполнения: сотрудники не выполняют стандарты — не умеют, не успевают или не хотят.',
  'gaps.4': 'Разрыв коммуникации: реклама и менеджеры обещают больше, чем компания делает на деле.',
  'gaps.5': 'Разрыв восприятия: клиент получает меньше, чем ожидал. Его и показывают ответы P − E.',

  'questionnaire.expectationPart': 'Часть 1. Ожидания',
  'questionnaire.expectationPrompt':
    'Представьте себе отличную компанию такого рода — ту, с которой вам было бы приятно иметь дело. Насколько вы согласны, что к ней относится каждое утверждение?',
  'questionnaire.perceptionPart': 'Часть 2. Восприятие',
  'questionnaire.perceptionPrompt': 'Теперь подумайте о компании {company}. Насколько вы согласны, что к ней относится каждое утверждение?',
  'questionnaire.companyFallback': 'нашей компании',
  'questionnaire.scaleAnchors': '1 — совершенно не согласен, {max} — полностью согласен',
  'questionnaire.weightsPart': 'Часть 3. Что для вас важнее',
  'questionnaire.weightsPrompt':
    'Распределите 100 баллов между пятью сторонами обслуживания: чем важнее для вас сторона, тем больше баллов. Сумма должна быть ровно 100.',
  'part.expectation': 'ожидание',
  'part.perception': 'восприятие',

  'preset.label': 'Формулировки для',
  'wave.defaultLabel': 'Волна {number}',

  'problem.outOfScale':
    'Анкета {respondent}: {part} по утверждению {item} равно {value}, а шкала 1–{scale}. Ответ не учтён.',
  'problem.weights.sumNot100':
    'Анкета {respondent}: сумма весов {sum}, а не 100. Разрывы этой анкеты учтены, в расчёт весов она не вошла.',
  'problem.weights.negative':
    'Анкета {respondent}: среди весов есть отрицательный. Разрывы учтены, в расчёт весов анкета не вошла.',
  'problem.weights.missing': 'Анкета {respondent}: веса не заполнены. Разрывы учтены, в расчёт весов анкета не вошла.',
  'problem.missingAnswers': {
    one: 'Анкета {respondent}: нет ответа по {count} утверждению ({items}). Оно не входит в средние этой анкеты и не считается нулём.',
    few: 'Анкета {respondent}: нет ответов по {count} утверждениям ({items}). Они не входят в средние этой анкеты и не считаются нулём.',
    many: 'Анкета {respondent}: нет ответов по {count} утверждениям ({items}). Они не входят в средние этой анкеты и не считаются нулём.',
    other: 'Анкета {respondent}: нет ответов по {count} утверждения ({items}). Они не входят в средние этой анкеты и не считаются нулём.',
  },
  'problem.summary.outOfScale': {
    one: '{count} ответ вне шкалы',
    few: '{count} ответа вне шкалы',
    many: '{count} ответов вне шкалы',
    other: '{count} ответа вне шкалы',
  },
  'problem.summary.invalidWeights': {
    one: 'В {count} анкете веса не дают в сумме 100',
    few: 'В {count} анкетах веса не дают в сумме 100',
    many: 'В {count} анкетах веса не дают в сумме 100',
    other: 'В {count} анкеты веса не дают в сумме 100',
  },
  'problem.summary.missingAnswers': {
    one: 'В {count} анкете есть пропуски',
    few: 'В {count} анкетах есть пропуски',
    many: 'В {count} анкетах есть пропуски',
    other: 'В {count} анкеты есть пропуски',
  },

  'priority.title': 'Что улучшать в первую очередь',
  'priority.intro':
    'Стороны сервиса идут по взвешенному разрыву: сначала та, где клиенты недополучают больше всего в том, что им важно. Внутри каждой — утверждения от самого большого разрыва.',
  'priority.basis.weighted': 'Порядок по взвешенному разрыву (разрыв × средний вес / 100).',
  'priority.basis.unweighted': 'Ни одна анкета не дала верного распределения 100 баллов, поэтому порядок — по невзвешенному разрыву.',
  'priority.dimensionLine': '{rank}. {dimension}: разрыв {gap}, взвешенный {weighted}',
  'priority.itemLine': 'Утверждение {item}: разрыв {gap}',
  'priority.met': 'ожидания выполнены',
  'priority.noAnswers': 'нет ответов',

  'ipa.concentrateHere': 'Важно, но сделано слабо: сосредоточьтесь здесь',
  'ipa.keepUpTheGoodWork': 'Важно и сделано хорошо: сохраняйте уровень',
  'ipa.lowPriority': 'Не так важно и сделано слабо: не в первую очередь',
  'ipa.possibleOverkill': 'Не так важно, а сделано хорошо: возможно, лишние усилия',

  'notEnoughData.noRespondents': 'Пока нет ни одной анкеты.',
  'notEnoughData.noEnabledItems': 'Все утверждения выключены: включите хотя бы одно.',
  'notEnoughData.noPairedAnswers': 'Ни по одному утверждению нет одновременно ожидания и восприятия.',
  'notEnoughData.noValidWeights': 'Нет ни одной анкеты с верным распределением 100 баллов: взвешенные показатели не считаются.',
  'notEnoughData.noWaves': 'Пока нет ни одной волны опроса.',
  'notEnoughData.fewerThanTwoWaves': 'Для сравнения нужна вторая волна опроса с ответами.',

  'export.sheet.questionnaire': 'Анкета',
  'export.sheet.results': 'Результаты',
  'export.sheet.items': 'Разрывы утверждений',
  'export.sheet.plan': 'План',
  'export.sheet.waves': 'Волны',
  'export.company': 'Компания',
  'export.scale': 'Шкала, баллов',
  'export.item': '№',
  'export.dimension': 'Сторона сервиса',
  'export.enabled': 'В анкете',
  'export.statement': 'Утверждение',
  'export.edited': 'Изменено',
  'export.yes': 'да',
  'export.no': 'нет',
  'export.wave': 'Волна',
  'export.date': 'Дата',
  'export.respondents': 'Анкет',
  'export.expectation': 'Ожидание',
  'export.perception': 'Восприятие',
  'export.gap': 'Разрыв P − E',
  'export.meanWeight': 'Средний вес',
  'export.weightedGap': 'Взвешенный разрыв',
  'export.unweightedScore': 'Невзвешенный SERVQUAL',
  'export.weightedTotal': 'Взвешенный SERVQUAL',
  'export.validWeightRows': 'Анкет с верными весами',
  'export.importedUnreadable':
    'Ответы из этих файлов не удалось прочитать из хранилища браузера, и в расчёт они не вошли: {files}. Загрузите файлы ещё раз на шаге «Ответы» и выгрузите снова.',
  'export.unreadableFile': '«{file}» (волна «{wave}»)',
  'export.rank': 'Очерёдность',
  'export.action': 'Что сделаем',
  'export.owner': 'Ответственный',
  'export.deadline': 'Срок',
  'export.planBasis': 'Очерёдность по волне «{wave}» от {date}',
  'export.change': 'Изменение: {from} → {to}',
} satisfies Record<DimensionNameKey, string> &
  Record<`dimension.${Dimension}.explanation` | `gaps.${1 | 2 | 3 | 4 | 5}`, string> &
  Record<`problem.weights.${InvalidWeightsReason}`, string> &
  Record<`ipa.${IpaQuadrant}` | `notEnoughData.${NotEnoughDataReason}`, string> &
  Record<string, Message>;

export type ServqualMessageKey = keyof typeof ru;

const en: Record<ServqualMessageKey, Message> = {
  ...dimensionNames('en'),
  'dimension.tangibles.explanation':
    'Everything the customer sees and handles: premises, equipment, how the staff look, documents and the website.',
  'dimension.reliability.explanation':
    'Doing what was promised, accurately, on time and without errors. Customers usually rank it first.',
  'dimension.responsiveness.explanation': 'Willingness to help and to react quickly: how long a customer waits for an answer, a call, a fix.',
  'dimension.assurance.explanation':
    "The staff's knowledge, courtesy and conduct, which make customers trust the company and feel safe.",
  'dimension.empathy.explanation': 'Attention to each customer: understanding their particular needs, convenient hours, a personal contact.',

  'gaps.title': 'The five-gaps model',
  'gaps.intro':
    'Service quality, as the customer sees it, is the difference between what they expected and what they got. The SERVQUAL questionnaire measures the fifth gap; the first four are its causes inside the company.',
  'gaps.1': 'Knowledge gap: management pictures customers’ expectations differently from how customers hold them.',
  'gaps.2': 'Standards gap: expectations, even when understood, are not turned into clear service standards.',
  'gaps.3': 'Delivery gap: staff do not meet the standards, for lack of skill, time or will.',
  'gaps.4': 'Communication gap: advertising and sales people promise more than the company delivers.',
  'gaps.5': 'Perception gap: the customer gets less than they expected. This is what the P − E answers show.',

  'questionnaire.expectationPart': 'Part 1. Expectations',
  'questionnaire.expectationPrompt':
    'Imagine an excellent company of this kind, one you would be glad to deal with. How far do you agree that each statement is true of it?',
  'questionnaire.perceptionPart': 'Part 2. Perceptions',
  'questionnaire.perceptionPrompt': 'Now think of {company}. How far do you agree that each statement is true of it?',
  'questionnaire.companyFallback': 'our company',
  'questionnaire.scaleAnchors': '1 = strongly disagree, {max} = strongly agree',
  'questionnaire.weightsPart': 'Part 3. What matters most to you',
  'questionnaire.weightsPrompt':
    'Split 100 points over the five sides of service: the more a side matters to you, the more points it gets. The total must be exactly 100.',
  'part.expectation': 'expectation',
  'part.perception': 'perception',

  'preset.label': 'Wording for',
  'wave.defaultLabel': 'Wave {number}',

  'problem.outOfScale': 'Response {respondent}: the {part} for statement {item} is {value}, but the scale is 1–{scale}. The answer is left out.',
  'problem.weights.sumNot100':
    'Response {respondent}: the weights add up to {sum}, not 100. Its gaps are counted; it is left out of the weights.',
  'problem.weights.negative': 'Response {respondent}: a weight is negative. Its gaps are counted; it is left out of the weights.',
  'problem.weights.missing': 'Response {respondent}: no weights given. Its gaps are counted; it is left out of the weights.',
  'problem.missingAnswers': {
    one: 'Response {respondent}: {count} statement unanswered ({items}). It is left out of this response’s averages, not counted as zero.',
    other: 'Response {respondent}: {count} statements unanswered ({items}). They are left out of this response’s averages, not counted as zero.',
  },
  'problem.summary.outOfScale': { one: '{count} answer outside the scale', other: '{count} answers outside the scale' },
  'problem.summary.invalidWeights': {
    one: '{count} response whose weights do not add up to 100',
    other: '{count} responses whose weights do not add up to 100',
  },
  'problem.summary.missingAnswers': { one: '{count} response with blanks', other: '{count} responses with blanks' },

  'priority.title': 'What to improve first',
  'priority.intro':
    'The sides of service are ordered by weighted gap: first the one where customers fall shortest of what matters to them. Within each, statements run from the largest gap.',
  'priority.basis.weighted': 'Ordered by weighted gap (gap × mean weight / 100).',
  'priority.basis.unweighted': 'No response split the 100 points correctly, so the order follows the unweighted gap.',
  'priority.dimensionLine': '{rank}. {dimension}: gap {gap}, weighted {weighted}',
  'priority.itemLine': 'Statement {item}: gap {gap}',
  'priority.met': 'expectations met',
  'priority.noAnswers': 'no answers',

  'ipa.concentrateHere': 'Important but done poorly: concentrate here',
  'ipa.keepUpTheGoodWork': 'Important and done well: keep it up',
  'ipa.lowPriority': 'Less important and done poorly: not first',
  'ipa.possibleOverkill': 'Less important but done well: possibly more effort than needed',

  'notEnoughData.noRespondents': 'No responses yet.',
  'notEnoughData.noEnabledItems': 'All statements are switched off: switch at least one on.',
  'notEnoughData.noPairedAnswers': 'No statement has both an expectation and a perception answer.',
  'notEnoughData.noValidWeights': 'No response split the 100 points correctly, so weighted figures cannot be computed.',
  'notEnoughData.noWaves': 'No survey waves yet.',
  'notEnoughData.fewerThanTwoWaves': 'A comparison needs a second survey wave with answers.',

  'export.sheet.questionnaire': 'Questionnaire',
  'export.sheet.results': 'Results',
  'export.sheet.items': 'Item gaps',
  'export.sheet.plan': 'Plan',
  'export.sheet.waves': 'Waves',
  'export.company': 'Company',
  'export.scale': 'Scale, points',
  'export.item': 'No.',
  'export.dimension': 'Side of service',
  'export.enabled': 'Included',
  'export.statement': 'Statement',
  'export.edited': 'Edited',
  'export.yes': 'yes',
  'export.no': 'no',
  'export.wave': 'Wave',
  'export.date': 'Date',
  'export.respondents': 'Responses',
  'export.expectation': 'Expectation',
  'export.perception': 'Perception',
  'export.gap': 'Gap P − E',
  'export.meanWeight': 'Mean weight',
  'export.weightedGap': 'Weighted gap',
  'export.unweightedScore': 'Unweighted SERVQUAL',
  'export.weightedTotal': 'Weighted SERVQUAL',
  'export.validWeightRows': 'Responses with valid weights',
  'export.importedUnreadable':
    'Answers from these files could not be read from the browser\'s storage and are not in the figures: {files}. Import the files again on the Answers step and export once more.',
  'export.unreadableFile': '"{file}" (wave "{wave}")',
  'export.rank': 'Priority',
  'export.action': 'What we will do',
  'export.owner': 'Owner',
  'export.deadline': 'Deadline',
  'export.planBasis': 'Priorities from wave “{wave}” of {date}',
  'export.change': 'Change: {from} → {to}',
};

const zh: Record<ServqualMessageKey, Message> = {
  ...dimensionNames('zh'),
  'dimension.tangibles.explanation': '客户看得见、摸得着的一切：场所、设备、员工仪表、单据和网站。',
  'dimension.reliability.explanation': '准确、按时、无差错地兑现承诺的能力。客户通常认为它最重要。',
  'dimension.responsiveness.explanation': '乐于帮助并迅速回应：客户要等多久才能得到答复、回电或解决。',
  'dimension.assurance.explanation': '员工的知识、礼貌和言行，使客户信任公司并感到放心。',
  'dimension.empathy.explanation': '关注每一位客户：理解其特殊需求、方便的营业时间、个人联系。',

  'gaps.title': '五差距模型',
  'gaps.intro': '客户眼中的服务质量，是其期望与实际所得之间的差距。SERVQUAL 问卷衡量的是第五个差距；前四个是公司内部造成它的原因。',
  'gaps.1': '认知差距：管理层对客户期望的理解与客户的真实期望不一致。',
  'gaps.2': '标准差距：即使正确理解了期望，也没有转化为明确的服务标准。',
  'gaps.3': '执行差距：员工没有达到标准——能力、时间或意愿不足。',
  'gaps.4': '沟通差距：广告和销售人员承诺的多于公司实际做到的。',
  'gaps.5': '感知差距：客户得到的少于期望。P − E 的答案衡量的正是这一差距。',

  'questionnaire.expectationPart': '第一部分：期望',
  'questionnaire.expectationPrompt': '请设想一家这类业务中的优秀公司——您乐于与之打交道的公司。您在多大程度上同意以下每一条说法适用于它？',
  'questionnaire.perceptionPart': '第二部分：感知',
  'questionnaire.perceptionPrompt': '现在请想一想{company}。您在多大程度上同意以下每一条说法适用于它？',
  'questionnaire.companyFallback': '我们公司',
  'questionnaire.scaleAnchors': '1 = 完全不同意，{max} = 完全同意',
  'questionnaire.weightsPart': '第三部分：您更看重什么',
  'questionnaire.weightsPrompt': '请把 100 分分配给服务的五个方面：越重要的方面分数越多。总和必须正好是 100。',
  'part.expectation': '期望',
  'part.perception': '感知',

  'preset.label': '表述适用于',
  'wave.defaultLabel': '第 {number} 轮',

  'problem.outOfScale': '问卷 {respondent}：第 {item} 条的{part}为 {value}，超出 1–{scale} 的量表范围。该答案不计入。',
  'problem.weights.sumNot100': '问卷 {respondent}：权重之和为 {sum}，不是 100。其差距照常计算，但不参与权重计算。',
  'problem.weights.negative': '问卷 {respondent}：有负数权重。其差距照常计算，但不参与权重计算。',
  'problem.weights.missing': '问卷 {respondent}：未填写权重。其差距照常计算，但不参与权重计算。',
  'problem.missingAnswers': { other: '问卷 {respondent}：有 {count} 条说法未作答（{items}）。它们不计入该问卷的平均值，也不按零计算。' },
  'problem.summary.outOfScale': { other: '{count} 个答案超出量表范围' },
  'problem.summary.invalidWeights': { other: '{count} 份问卷的权重之和不是 100' },
  'problem.summary.missingAnswers': { other: '{count} 份问卷有漏答' },

  'priority.title': '优先改进什么',
  'priority.intro': '服务的各个方面按加权差距排序：客户在最看重的方面落差最大的排在最前。每个方面内，说法按差距从大到小排列。',
  'priority.basis.weighted': '按加权差距排序（差距 × 平均权重 / 100）。',
  'priority.basis.unweighted': '没有一份问卷正确分配了 100 分，因此按未加权差距排序。',
  'priority.dimensionLine': '{rank}. {dimension}：差距 {gap}，加权 {weighted}',
  'priority.itemLine': '第 {item} 条：差距 {gap}',
  'priority.met': '达到期望',
  'priority.noAnswers': '无回答',

  'ipa.concentrateHere': '重要但做得差：重点改进',
  'ipa.keepUpTheGoodWork': '重要且做得好：保持水平',
  'ipa.lowPriority': '不太重要且做得差：不必优先',
  'ipa.possibleOverkill': '不太重要却做得好：可能投入过多',

  'notEnoughData.noRespondents': '还没有任何问卷。',
  'notEnoughData.noEnabledItems': '所有说法都已关闭：请至少开启一条。',
  'notEnoughData.noPairedAnswers': '没有任何一条说法同时有期望和感知的回答。',
  'notEnoughData.noValidWeights': '没有一份问卷正确分配了 100 分，无法计算加权指标。',
  'notEnoughData.noWaves': '还没有任何一轮调查。',
  'notEnoughData.fewerThanTwoWaves': '比较需要第二轮有回答的调查。',

  'export.sheet.questionnaire': '问卷',
  'export.sheet.results': '结果',
  'export.sheet.items': '各条差距',
  'export.sheet.plan': '计划',
  'export.sheet.waves': '各轮',
  'export.company': '公司',
  'export.scale': '量表（分）',
  'export.item': '序号',
  'export.dimension': '服务方面',
  'export.enabled': '纳入问卷',
  'export.statement': '说法',
  'export.edited': '已修改',
  'export.yes': '是',
  'export.no': '否',
  'export.wave': '轮次',
  'export.date': '日期',
  'export.respondents': '问卷数',
  'export.expectation': '期望',
  'export.perception': '感知',
  'export.gap': '差距 P − E',
  'export.meanWeight': '平均权重',
  'export.weightedGap': '加权差距',
  'export.unweightedScore': '未加权 SERVQUAL',
  'export.weightedTotal': '加权 SERVQUAL',
  'export.validWeightRows': '权重有效的问卷',
  'export.importedUnreadable': '无法从浏览器存储中读取以下文件中的回答，因此未计入结果：{files}。请在“回答”步骤重新导入这些文件后再次导出。',
  'export.unreadableFile': '“{file}”（轮次“{wave}”）',
  'export.rank': '优先顺序',
  'export.action': '改进措施',
  'export.owner': '负责人',
  'export.deadline': '期限',
  'export.planBasis': '优先顺序依据：{date} 的“{wave}”',
  'export.change': '变化：{from} → {to}',
};

export const servqualMessages = defineMessages<ServqualMessageKey>({ ru, en, zh });

