import { defineMessages } from '../../../src/i18n/translate';
import type { Message } from '../../../src/i18n/messages';
import type { MistakeEvidence } from '../content/mistakes';

type EvidenceKey = `evidence.${MistakeEvidence['kind']}`;

/** Step 3, "Mistakes check": the check-list of classic mistakes, the suggestions from the design, its reading. */
const ru = {
  'mistakes.intro':
    'Пройдите по списку типичных ошибок программ лояльности. Для каждой отметьте, учтена ли она в вашей программе или риск остаётся, и запишите, как именно учтена или что ещё нужно решить. Где по программе уже видно ответ, рядом подсказка.',
  'mistakes.listTitle': 'Типичные ошибки программ',
  'mistakes.why': 'Чем опасно',
  'mistakes.how': 'Как ответить',
  'mistakes.note': 'Как учтено или что ещё решить',
  'mistakes.suggestion': 'Подсказка по вашей программе: {status}.',
  'mistakes.takeSuggestion': 'Отметить: {status}',
  'mistakes.quoted': '«{name}»',
  'mistakes.source.economics': 'в экономике программы',
  'evidence.rewardAtOrAboveMargin': 'Награда {rate} ({source}) не ниже маржи {margin}: каждая покупка участника приносит убыток.',
  'evidence.rewardBelowMargin':
    'Самая большая награда — {rate} ({source}) при марже {margin}: чтобы прибыль не упала, продажи участников должны вырасти на {volume}.',
  'evidence.allRewardsOnBaseline':
    'В экономике награду получают 100 % обычных покупок: баллы идут и на то, что клиент купил бы и так.',
  'evidence.partRewardsOnBaseline': 'Награду получают {share} обычных покупок, а не все: остальные отсекают порог и условия.',
  'evidence.goalWithoutFigure': 'В цели нет цифры, которую программа должна сдвинуть.',
  'evidence.goalWithFigure': 'Цель названа в цифрах, ожидаемый прирост заполнен в экономике.',
  'evidence.communicationRuleMissing': 'Правило «Коммуникация» не написано.',
  'evidence.tierDowngradeMissing': 'В программе есть статусы, но правило «Смена статуса» не написано: полученный статус не теряется.',
  'evidence.noWayOut': 'Ни сгорания, ни смены статуса, ни исключений: вступивший получает награды всегда.',
  'evidence.manyMechanics': {
    one: '{count} механика сразу: правила трудно объяснить за минуту.',
    few: '{count} механики сразу: правила трудно объяснить за минуту.',
    many: '{count} механик сразу: правила трудно объяснить за минуту.',
    other: '{count} механики сразу: правила трудно объяснить за минуту.',
  },
  'evidence.partnersSideMissing': 'Вы продаёте через партнёров, но их сторона программы не описана.',
  'mistakes.reading.answered': 'Учтено в программе: {answered} из {total}.',
  'mistakes.reading.flagged': 'Риск остаётся: {list}. Решите до запуска, чем его закрыть; на одной странице он будет в списке рисков.',
  'mistakes.reading.noneFlagged': 'Открытых рисков не осталось.',
  'mistakes.reading.unchecked': {
    one: 'Ещё не проверена {count} ошибка.',
    few: 'Ещё не проверены {count} ошибки.',
    many: 'Ещё не проверено {count} ошибок.',
    other: 'Ещё не проверено {count} ошибки.',
  },
  'mistakes.reading.differs': 'Подсказки по данным программы расходятся с вашими отметками: {list}. Проверьте их.',
  'mistakes.reading.empty': 'Пока ничего не отмечено. Пройдите по списку: отметьте, учтена ли каждая ошибка, и запишите как.',
} satisfies Record<EvidenceKey, Message> & Record<string, Message>;

type MistakesKey = keyof typeof ru;

const en: Record<MistakesKey, Message> = {
  'mistakes.intro':
    'Go through the classic mistakes of loyalty programs. For each, mark whether your program answers it or the risk remains, and write how it is answered or what is still to decide. Where the design already shows the answer, a suggestion is given beside it.',
  'mistakes.listTitle': 'Classic mistakes of loyalty programs',
  'mistakes.why': 'Why it hurts',
  'mistakes.how': 'How to answer it',
  'mistakes.note': 'How it is answered, or what is still to decide',
  'mistakes.suggestion': 'Suggested by your design: {status}.',
  'mistakes.takeSuggestion': 'Mark as: {status}',
  'mistakes.quoted': '“{name}”',
  'mistakes.source.economics': 'in the program economics',
  'evidence.rewardAtOrAboveMargin': 'A reward of {rate} ({source}) is not below the {margin} margin: every member purchase loses money.',
  'evidence.rewardBelowMargin':
    'The largest reward is {rate} ({source}) at a {margin} margin: members’ sales must grow by {volume} for profit not to fall.',
  'evidence.allRewardsOnBaseline': 'In the economics, 100% of usual purchases earn a reward: points go to what customers would buy anyway.',
  'evidence.partRewardsOnBaseline': 'Only {share} of usual purchases earn a reward: a threshold and conditions leave out the rest.',
  'evidence.goalWithoutFigure': 'The goal names no figure the program should move.',
  'evidence.goalWithFigure': 'The goal is stated in figures and the expected uplift is entered in the economics.',
  'evidence.communicationRuleMissing': 'The "Communication" rule is not written.',
  'evidence.tierDowngradeMissing': 'The program has tiers, but the "Tier changes" rule is not written: a status once earned is never lost.',
  'evidence.noWayOut': 'No expiry, no tier changes, no exclusions: whoever joins is rewarded forever.',
  'evidence.manyMechanics': {
    one: '{count} mechanic at once: the rules are hard to explain in a minute.',
    other: '{count} mechanics at once: the rules are hard to explain in a minute.',
  },
  'evidence.partnersSideMissing': 'You sell through partners, but their side of the program is not described.',
  'mistakes.reading.answered': 'Answered by the design: {answered} of {total}.',
  'mistakes.reading.flagged': 'Risk remains: {list}. Decide how to close it before the launch; the one-page program lists it among the risks.',
  'mistakes.reading.noneFlagged': 'No open risks remain.',
  'mistakes.reading.unchecked': { one: '{count} mistake is not checked yet.', other: '{count} mistakes are not checked yet.' },
  'mistakes.reading.differs': 'The suggestions from your design differ from your marks: {list}. Check them.',
  'mistakes.reading.empty': 'Nothing is marked yet. Go through the list: mark whether each mistake is answered and write how.',
};

const zh: Record<MistakesKey, Message> = {
  'mistakes.intro':
    '逐条查看忠诚度计划的常见错误。对每一条，标出您的计划是否已解决，还是风险仍在，并写下如何解决或还需决定什么。如果从设计中已能看出答案，旁边会给出提示。',
  'mistakes.listTitle': '忠诚度计划的常见错误',
  'mistakes.why': '危害',
  'mistakes.how': '如何应对',
  'mistakes.note': '如何解决，或还需决定什么',
  'mistakes.suggestion': '根据您的设计建议：{status}。',
  'mistakes.takeSuggestion': '标记为：{status}',
  'mistakes.quoted': '“{name}”',
  'mistakes.source.economics': '计划经济测算中',
  'evidence.rewardAtOrAboveMargin': '奖励 {rate}（{source}）不低于毛利 {margin}：会员的每一笔购买都在亏钱。',
  'evidence.rewardBelowMargin': '最高奖励为 {rate}（{source}），毛利为 {margin}：会员销售额须增长 {volume}，利润才不会下降。',
  'evidence.allRewardsOnBaseline': '经济测算中 100% 的日常购买都获得奖励：本来就会发生的购买也在送积分。',
  'evidence.partRewardsOnBaseline': '只有 {share} 的日常购买获得奖励：门槛和条件排除了其余部分。',
  'evidence.goalWithoutFigure': '目标中没有计划要改变的数字。',
  'evidence.goalWithFigure': '目标以数字表述，经济测算中已填写预期提升。',
  'evidence.communicationRuleMissing': '尚未写“沟通”规则。',
  'evidence.tierDowngradeMissing': '计划设有等级，但尚未写“等级变化”规则：等级一旦获得就不会失去。',
  'evidence.noWayOut': '没有过期、没有等级变化、没有例外：一旦加入就永远获得奖励。',
  'evidence.manyMechanics': { other: '同时使用 {count} 种机制：规则难以在一分钟内讲清。' },
  'evidence.partnersSideMissing': '您通过合作伙伴销售，但尚未描述他们在计划中的角色。',
  'mistakes.reading.answered': '设计中已解决：{answered} / {total}。',
  'mistakes.reading.flagged': '风险仍在：{list}。请在上线前决定如何解决；一页纸计划会把它列入风险。',
  'mistakes.reading.noneFlagged': '没有遗留的风险。',
  'mistakes.reading.unchecked': { other: '还有 {count} 项错误未检查。' },
  'mistakes.reading.differs': '根据设计给出的建议与您的标记不一致：{list}。请核对。',
  'mistakes.reading.empty': '尚未标记任何一项。请逐条查看：标出每个错误是否已解决，并写下如何解决。',
};

export const mistakesMessages = defineMessages({ ru, en, zh });
