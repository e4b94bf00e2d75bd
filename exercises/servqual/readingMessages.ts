import type { Message } from '../../src/i18n/messages';
import { defineMessages } from '../../src/i18n/translate';

/** The plain-language reading at the top of the results and waves steps (reading.ts builds it). */
const ru = {
  'reading.item': '«{statement}» ({gap})',
  'reading.separator': '; ',
  'reading.scoreBelow': 'В среднем сервис не дотягивает до ожиданий клиентов: общий разрыв {score}.',
  'reading.scoreAbove': 'В среднем сервис не уступает ожиданиям клиентов: общий разрыв {score}.',
  'reading.topGaps': 'Сильнее всего восприятие отстаёт от ожиданий здесь: {items}.',
  'reading.weakest': 'Из пяти сторон сервиса слабее всего «{dimension}» ({gap}).',
  'reading.action': 'С этих пунктов начните план улучшений: на шаге «План улучшений» запишите для каждого действие, ответственного и срок.',
  'reading.noGaps': 'Ни одно утверждение не отстаёт от ожиданий: держите уровень и проверьте, не тратите ли лишнего там, где восприятие намного выше ожиданий.',
  'reading.smallSample': {
    one: 'Всего {count} анкета: средние пока неустойчивы, один-два новых ответа могут поменять порядок разрывов. Для выводов соберите хотя бы {min} анкет.',
    few: 'Всего {count} анкеты: средние пока неустойчивы, один-два новых ответа могут поменять порядок разрывов. Для выводов соберите хотя бы {min} анкет.',
    many: 'Всего {count} анкет: средние пока неустойчивы, один-два новых ответа могут поменять порядок разрывов. Для выводов соберите хотя бы {min} анкет.',
    other: 'Всего {count} анкеты: средние пока неустойчивы, один-два новых ответа могут поменять порядок разрывов. Для выводов соберите хотя бы {min} анкет.',
  },
  'reading.waves.better': 'От волны «{from}» к волне «{to}» общий разрыв сократился на {change}: клиенты видят улучшение.',
  'reading.waves.worse': 'От волны «{from}» к волне «{to}» общий разрыв вырос на {change}: клиенты видят ухудшение.',
  'reading.waves.same': 'От волны «{from}» к волне «{to}» общий разрыв не изменился.',
  'reading.waves.moves': 'Больше всего улучшилось «{up}» ({upChange}), больше всего ухудшилось «{down}» ({downChange}).',
  'reading.waves.movesUp': 'Больше всего улучшилось «{up}» ({upChange}); ни одна сторона не ухудшилась.',
  'reading.waves.movesDown': 'Больше всего ухудшилось «{down}» ({downChange}); ни одна сторона не улучшилась.',
  'reading.waves.action': 'Сверьте это с планом улучшений: где действия выполнены, а разрыв не сдвинулся, выясните почему.',
} satisfies Record<string, Message>;

type Key = keyof typeof ru;

const en: Record<Key, Message> = {
  'reading.item': '«{statement}» ({gap})',
  'reading.separator': '; ',
  'reading.scoreBelow': 'On average the service falls short of what customers expect: the overall gap is {score}.',
  'reading.scoreAbove': 'On average the service meets what customers expect: the overall gap is {score}.',
  'reading.topGaps': 'Perceptions lag furthest behind expectations here: {items}.',
  'reading.weakest': 'Of the five sides of service, «{dimension}» is the weakest ({gap}).',
  'reading.action': 'Start the improvement plan with these: on the "Improvement plan" step, write an action, an owner and a deadline for each.',
  'reading.noGaps': 'No statement falls short of expectations: keep the level, and check whether you overspend where perceptions are far above expectations.',
  'reading.smallSample': {
    one: 'Only {count} questionnaire: the means are still unstable, and one or two more answers may reorder the gaps. Collect at least {min} before drawing conclusions.',
    other: 'Only {count} questionnaires: the means are still unstable, and one or two more answers may reorder the gaps. Collect at least {min} before drawing conclusions.',
  },
  'reading.waves.better': 'From wave «{from}» to wave «{to}» the overall gap narrowed by {change}: customers see an improvement.',
  'reading.waves.worse': 'From wave «{from}» to wave «{to}» the overall gap widened by {change}: customers see a decline.',
  'reading.waves.same': 'From wave «{from}» to wave «{to}» the overall gap did not change.',
  'reading.waves.moves': '«{up}» improved most ({upChange}); «{down}» declined most ({downChange}).',
  'reading.waves.movesUp': '«{up}» improved most ({upChange}); no side declined.',
  'reading.waves.movesDown': '«{down}» declined most ({downChange}); no side improved.',
  'reading.waves.action': 'Check this against the improvement plan: where actions were done but the gap did not move, find out why.',
};

const zh: Record<Key, Message> = {
  'reading.item': '「{statement}」（{gap}）',
  'reading.separator': '；',
  'reading.scoreBelow': '总体而言，服务未达到客户的期望：总体差距为 {score}。',
  'reading.scoreAbove': '总体而言，服务达到了客户的期望：总体差距为 {score}。',
  'reading.topGaps': '感知与期望差距最大的是：{items}。',
  'reading.weakest': '在服务的五个方面中，「{dimension}」最弱（{gap}）。',
  'reading.action': '请从这几项开始制定改进计划：在"改进计划"步骤中为每一项写下行动、负责人和期限。',
  'reading.noGaps': '没有任何陈述低于期望：保持现有水平，并检查在感知远高于期望的地方是否投入过多。',
  'reading.smallSample': { other: '只有 {count} 份问卷：平均值还不稳定，再多一两份回答就可能改变差距的排序。请至少收集 {min} 份后再下结论。' },
  'reading.waves.better': '从「{from}」轮到「{to}」轮，总体差距缩小了 {change}：客户感受到了改进。',
  'reading.waves.worse': '从「{from}」轮到「{to}」轮，总体差距扩大了 {change}：客户感受到了退步。',
  'reading.waves.same': '从「{from}」轮到「{to}」轮，总体差距没有变化。',
  'reading.waves.moves': '改善最多的是「{up}」（{upChange}），退步最多的是「{down}」（{downChange}）。',
  'reading.waves.movesUp': '改善最多的是「{up}」（{upChange}）；没有方面退步。',
  'reading.waves.movesDown': '退步最多的是「{down}」（{downChange}）；没有方面改善。',
  'reading.waves.action': '请对照改进计划：行动已完成而差距没有变化的地方，要查明原因。',
};

export const servqualReadingMessages = defineMessages({ ru, en, zh });
export type ServqualReadingKey = Key;
