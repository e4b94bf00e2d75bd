import type { Locale } from '../../src/i18n/locale';
import type { Message } from '../../src/i18n/messages';
import { DIMENSION_NAMES, DIMENSIONS, type Dimension } from './structure';
import type { IpaQuadrant, InvalidWeightsReason, NotEnoughDataReason } from './model';

/**
 * The SERVQUAL exercise's strings. Russian is the reference; English and Chinese must have exactly its keys.
 * Dimension names come from structure.ts (they also feed the response file's column synonyms), so they are
 * written once.
 */

type DimensionNameKey = `dimension.${Dimension}.name`;

export function dimensionNames(locale: Locale): Record<DimensionNameKey, string> {
  // Cast: Object.fromEntries loses the key type; DIMENSIONS lists every dimension.
  return Object.fromEntries(DIMENSIONS.map((dimension) => [`dimension.${dimension}.name`, DIMENSION_NAMES[dimension][locale]])) as Record<
    DimensionNameKey,
    string
  >;
}
export const ru = {
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
