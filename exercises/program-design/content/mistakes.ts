import { defineMessages } from '../../../src/i18n/translate';
import type { Message } from '../../../src/i18n/messages';
import { discountBreakEven } from '../../../src/economics/discount';
import type { ProgramType } from '../../../src/results/programTypes';
import { MISTAKES, type Mistake, type MistakeStatus, type ProgramDesignState } from '../state';

type MistakeTextKey = `why.${Mistake}` | `how.${Mistake}`;

/**
 * The seminar's classic mistakes of loyalty programs ("key mistakes of rewarding regular customers"): for each,
 * why it hurts and how a design answers it. The names are in messages/names.ts; these are the explanations.
 */
const ru = {
  'why.rewardsOnBaseline':
    'Постоянный клиент купил бы и без программы. Каждая награда на такую покупку — чистый расход: выручка та же, маржа меньше.',
  'how.rewardsOnBaseline':
    'Награждайте прирост: порог, с которого идут баллы, бонус за покупки сверх обычного объёма, за новые категории или за визит в «тихие» часы.',
  'why.noExitForUnprofitable':
    'Клиенты, которые покупают только по акции или раз в год, получают те же привилегии, что и лучшие, и программа кормит убыточных.',
  'how.noExitForUnprofitable':
    'Пропишите, как теряют статус и баллы: пересмотр уровня раз в квартал, сгорание баллов, исключение за злоупотребления.',
  'why.unwantedRewards':
    'Награда, которая клиенту не нужна, не меняет его поведения: расходы есть, а частоты и лояльности не прибавилось.',
  'how.unwantedRewards':
    'Спросите клиентов, что им ценно (опрос, интервью, модель Кано), и выбирайте награды, связанные с вашим товаром или услугой.',
  'why.rulesChangedSilently':
    'Урезанные без предупреждения условия клиент воспринимает как обман: доверие теряется быстрее, чем было заработано.',
  'how.rulesChangedSilently':
    'Заранее объявляйте изменения (например, за 30 дней), объясняйте причину и сохраняйте уже накопленное.',
  'why.noMeasurement':
    'Без цели в цифрах и плана измерения нельзя понять, окупается ли программа, и её либо закрывают, либо держат по инерции.',
  'how.noMeasurement':
    'Назовите показатель и его целевое значение, сравнивайте участников и неучастников до и после запуска, считайте ROI.',
  'why.tooComplex':
    'Если правила нельзя объяснить за минуту, клиенты не понимают, за что их награждают, а персонал путается.',
  'how.tooComplex':
    'Одна-две механики, простое правило начисления и списания, которое кассир объясняет одной фразой.',
  'why.rewardAboveMargin':
    'Когда награда равна марже или выше, каждая покупка участника убыточна, и никакой рост продаж этого не исправит.',
  'how.rewardAboveMargin':
    'Держите награду заметно ниже маржи: при марже m и награде d продажи должны вырасти на d / (m − d), чтобы прибыль не упала.',
  'why.staffNotReady':
    'Программу продают люди. Если персонал не умеет её объяснить или ничего не получает за её успех, клиенты о ней не узнают.',
  'how.staffNotReady':
    'Обучите персонал до запуска, дайте памятку и включите показатели программы в мотивацию; при продажах через партнёров — мотивируйте и их.',
  'why.copiedCompetitor':
    'Копия чужой программы не отличает вас от конкурента, а клиенты, цели и экономика у вас другие.',
  'how.copiedCompetitor':
    'Стройте программу от своих целей, своих клиентов и своей маржи; добавьте то, чего у конкурента нет.',
  'why.noCommunication':
    'Программа, о которой не знают, не влияет на поведение: расходы на запуск есть, участников нет.',
  'how.noCommunication':
    'Спланируйте, где и как клиент узнаёт о программе и о своих баллах: касса, сайт, рассылки, напоминания о сгорании.',
} satisfies Record<MistakeTextKey, Message>;

const en: Record<MistakeTextKey, Message> = {
  'why.rewardsOnBaseline':
    'A regular customer would have bought anyway. Every reward on such a purchase is pure cost: the same revenue, less margin.',
  'how.rewardsOnBaseline':
    'Reward the increment: a threshold before points start, a bonus on purchases above the usual volume, in new categories or at quiet hours.',
  'why.noExitForUnprofitable':
    'Customers who buy only on promotion or once a year get the same privileges as the best ones, and the program feeds the unprofitable.',
  'how.noExitForUnprofitable':
    'Write down how status and points are lost: a quarterly tier review, points that expire, exclusion for abuse.',
  'why.unwantedRewards':
    'A reward the customer does not value does not change behaviour: the cost is there, the frequency and loyalty are not.',
  'how.unwantedRewards':
    'Ask customers what they value (a survey, interviews, the Kano model) and choose rewards tied to your own product or service.',
  'why.rulesChangedSilently':
    'Terms cut without warning feel like a betrayal: trust goes faster than it was earned.',
  'how.rulesChangedSilently':
    'Announce changes in advance (say, 30 days), explain why, and keep what members have already earned.',
  'why.noMeasurement':
    'Without a goal in figures and a plan to measure it, nobody can tell whether the program pays, so it is either closed or kept out of habit.',
  'how.noMeasurement':
    'Name the figure and its target, compare members with non-members before and after the launch, and compute the ROI.',
  'why.tooComplex':
    'If the rules cannot be explained in a minute, customers do not see what they are rewarded for and staff get them wrong.',
  'how.tooComplex':
    'One or two mechanics, one simple rule for earning and spending that a cashier explains in a sentence.',
  'why.rewardAboveMargin':
    'When the reward equals the margin or exceeds it, every member purchase loses money, and no growth in sales can fix that.',
  'how.rewardAboveMargin':
    'Keep the reward well below the margin: at margin m and reward d, sales must grow by d / (m − d) for profit to stay where it was.',
  'why.staffNotReady':
    'People sell the program. If staff cannot explain it or gain nothing from its success, customers never hear of it.',
  'how.staffNotReady':
    'Train staff before the launch, give them a crib sheet and put the program’s figures into their pay; when partners sell for you, motivate them too.',
  'why.copiedCompetitor':
    'A copy of someone else’s program does not set you apart, and your customers, goals and economics are not theirs.',
  'how.copiedCompetitor':
    'Build the program from your own goals, customers and margin, and add what the competitor does not have.',
  'why.noCommunication':
    'A program nobody knows about changes nothing: the launch costs are spent, the members are missing.',
  'how.noCommunication':
    'Plan where and how customers learn about the program and their points: the till, the website, mailings, reminders before points expire.',
};

const zh: Record<MistakeTextKey, Message> = {
  'why.rewardsOnBaseline': '老客户没有计划也会购买。对这类购买的每一笔奖励都是纯成本：收入不变，毛利减少。',
  'how.rewardsOnBaseline': '奖励增量：设置起始门槛，对超出平常量的购买、新品类的购买或闲时到店给予奖励。',
  'why.noExitForUnprofitable': '只在促销时购买或一年只来一次的客户，享受与最佳客户相同的特权，计划反而在供养无利可图的客户。',
  'how.noExitForUnprofitable': '写明如何失去等级和积分：每季度复核等级、积分到期作废、滥用者取消资格。',
  'why.unwantedRewards': '客户不看重的奖励改变不了行为：成本花了，频率和忠诚度却没有提高。',
  'how.unwantedRewards': '询问客户看重什么（问卷、访谈、Kano 模型），选择与自己的产品或服务相关的奖励。',
  'why.rulesChangedSilently': '未经通知就削减条件，客户会觉得被欺骗：信任流失得比建立得更快。',
  'how.rulesChangedSilently': '提前公布变化（例如提前 30 天），说明原因，并保留会员已经积累的权益。',
  'why.noMeasurement': '没有数字化的目标和衡量计划，就无法判断计划是否回本，结果要么被关闭，要么因惯性而继续。',
  'how.noMeasurement': '确定指标和目标值，比较会员与非会员在上线前后的变化，并计算 ROI。',
  'why.tooComplex': '如果规则一分钟内讲不清，客户不明白自己因何获得奖励，员工也会出错。',
  'how.tooComplex': '一到两种机制，积累和兑换各一条简单规则，收银员一句话就能讲清。',
  'why.rewardAboveMargin': '当奖励等于或高于毛利时，会员的每一笔购买都在亏钱，销量再增长也无法弥补。',
  'how.rewardAboveMargin': '让奖励明显低于毛利：毛利为 m、奖励为 d 时，销量须增长 d / (m − d) 才能保持利润不变。',
  'why.staffNotReady': '计划要靠人来推广。如果员工讲不清计划，或计划成功与其无关，客户就不会知道它。',
  'how.staffNotReady': '上线前培训员工，提供要点卡片，并把计划指标纳入激励；通过合作伙伴销售时，也要激励他们。',
  'why.copiedCompetitor': '照搬别人的计划无法让您与竞争对手区分开，而且您的客户、目标和经济状况都与对方不同。',
  'how.copiedCompetitor': '从自己的目标、客户和毛利出发设计计划，并加入竞争对手没有的内容。',
  'why.noCommunication': '没人知道的计划改变不了任何行为：上线成本花了，会员却没有。',
  'how.noCommunication': '规划客户在哪里、以何种方式了解计划和自己的积分：收银台、网站、邮件、积分到期前的提醒。',
};

export const mistakeTexts = defineMessages({ ru, en, zh });

/**
 * What the design itself shows about a mistake, found by `suggestMistakeAnswers`; the step words each kind.
 * `mechanic` null: the reward rate of the economics, not of one mechanic.
 */
export type MistakeEvidence =
  | { kind: 'rewardAtOrAboveMargin'; mechanic: ProgramType | null; rate: number; margin: number }
  | { kind: 'rewardBelowMargin'; mechanic: ProgramType | null; rate: number; margin: number; volumeNeeded: number }
  | { kind: 'allRewardsOnBaseline' }
  | { kind: 'partRewardsOnBaseline'; share: number }
  | { kind: 'goalWithoutFigure' }
  | { kind: 'goalWithFigure' }
  | { kind: 'communicationRuleMissing' }
  | { kind: 'tierDowngradeMissing' }
  | { kind: 'noWayOut' }
  | { kind: 'manyMechanics'; count: number }
  | { kind: 'partnersSideMissing' };

export interface MistakeSuggestion {
  status: MistakeStatus;
  evidence: MistakeEvidence;
}

export type MistakeSuggestions = Partial<Record<Mistake, MistakeSuggestion>>;

/** The seminar's advice is one or two mechanics; from four on, nobody explains the program at the till in a sentence. */
export const MANY_MECHANICS = 4;

const written = (text: string) => text.trim() !== '';

/** The highest reward the design pays: each mechanic's rate and the economics' one, with where it comes from. */
function highestReward(state: ProgramDesignState): { mechanic: ProgramType | null; rate: number } | null {
  const rates: { mechanic: ProgramType | null; rate: number }[] = state.mechanics.chosen.flatMap((mechanic) =>
    mechanic.rewardRate === null ? [] : [{ mechanic: mechanic.type, rate: mechanic.rewardRate }],
  );
  if (state.economics.rewardRate !== null) rates.push({ mechanic: null, rate: state.economics.rewardRate });
  return rates.reduce<{ mechanic: ProgramType | null; rate: number } | null>((top, next) => (top === null || next.rate > top.rate ? next : top), null);
}

function rewardAboveMargin(state: ProgramDesignState): MistakeSuggestion | null {
  const { margin } = state.economics;
  const top = highestReward(state);
  // With no margin (or none earned) there is nothing to compare a reward with.
  if (margin === null || margin <= 0 || top === null) return null;
  const breakEven = discountBreakEven(margin, top.rate);
  if (breakEven.kind === 'ok') return { status: 'answered', evidence: { kind: 'rewardBelowMargin', ...top, margin, volumeNeeded: breakEven.requiredVolumeChange } };
  return { status: 'flagged', evidence: { kind: 'rewardAtOrAboveMargin', ...top, margin } };
}

function rewardsOnBaseline(state: ProgramDesignState): MistakeSuggestion | null {
  const share = state.economics.baselineRewardShare;
  if (share === null) return null;
  if (share >= 1) return { status: 'flagged', evidence: { kind: 'allRewardsOnBaseline' } };
  return { status: 'answered', evidence: { kind: 'partRewardsOnBaseline', share } };
}

function noMeasurement(state: ProgramDesignState): MistakeSuggestion | null {
  // A goal one can measure names the figure it wants to move: "from 3.2 to 3.5 visits a month".
  if (!/\d/.test(state.goalText)) return { status: 'flagged', evidence: { kind: 'goalWithoutFigure' } };
  const { frequencyUplift, checkUplift, retentionUplift } = state.economics;
  const expected = [frequencyUplift, checkUplift, retentionUplift].some((uplift) => uplift !== null);
  return expected ? { status: 'answered', evidence: { kind: 'goalWithFigure' } } : null;
}

function noExitForUnprofitable(state: ProgramDesignState): MistakeSuggestion | null {
  const { chosen } = state.mechanics;
  const { tierChange, exclusions, expiry } = state.rules;
  if (chosen.some((mechanic) => mechanic.type === 'tiers') && !written(tierChange)) return { status: 'flagged', evidence: { kind: 'tierDowngradeMissing' } };
  const lapses = chosen.some((mechanic) => mechanic.expiryMonths !== null);
  if (!written(tierChange) && !written(exclusions) && !written(expiry) && !lapses) return { status: 'flagged', evidence: { kind: 'noWayOut' } };
  return null;
}

/**
 * Answers the design itself suggests for the classic mistakes, where its state shows them: a reward at or above the
 * margin, rewards on every usual purchase (baseline reward share 1), a goal with no figure to measure, no rule on
 * communication, no way to lose status, too many mechanics, a trade chain whose side is not described. The rest
 * (rewards nobody wants, a copied program) only the participant can judge. Pure.
 */
export function suggestMistakeAnswers(state: ProgramDesignState): MistakeSuggestions {
  const suggestions: MistakeSuggestions = {};
  const put = (mistake: Mistake, suggestion: MistakeSuggestion | null) => {
    if (suggestion) suggestions[mistake] = suggestion;
  };
  put('rewardsOnBaseline', rewardsOnBaseline(state));
  put('noExitForUnprofitable', noExitForUnprofitable(state));
  if (!written(state.rules.communication)) {
    // The communication rule is where a design promises notice of changes and says how members hear of the program.
    put('rulesChangedSilently', { status: 'flagged', evidence: { kind: 'communicationRuleMissing' } });
    put('noCommunication', { status: 'flagged', evidence: { kind: 'communicationRuleMissing' } });
  }
  put('noMeasurement', noMeasurement(state));
  const count = state.mechanics.chosen.length;
  if (count >= MANY_MECHANICS) put('tooComplex', { status: 'flagged', evidence: { kind: 'manyMechanics', count } });
  put('rewardAboveMargin', rewardAboveMargin(state));
  if (state.channel.throughPartners && !written(state.channel.partnersSide)) put('staffNotReady', { status: 'flagged', evidence: { kind: 'partnersSideMissing' } });
  return suggestions;
}

export interface ChecklistTally {
  answered: Mistake[];
  flagged: Mistake[];
  unchecked: Mistake[];
}

/** The check-list in three groups, in the list's order: answered by the design, risks that remain, not looked at. */
export function tallyChecklist(mistakes: ProgramDesignState['mistakes']): ChecklistTally {
  const tally: ChecklistTally = { answered: [], flagged: [], unchecked: [] };
  for (const mistake of MISTAKES) {
    const status = mistakes[mistake]?.status ?? null;
    tally[status ?? 'unchecked'].push(mistake);
  }
  return tally;
}
