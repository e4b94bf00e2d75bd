import type { Message } from '../../src/i18n/messages';
import { defineMessages } from '../../src/i18n/translate';
import type { KanoCategory } from './model/evaluation';
import type { PriorityAction } from './model/priorities';
import type { FeatureListProblem, LongRowProblemCode } from './model';

/**
 * The Kano exercise's words for what the model computes: category names and what they mean, the
 * priority list, the result flags and the model's limits. Russian is the reference; en and zh must
 * have exactly its keys. The steps add their own labels when they are written.
 */
type CategoryKeys = `category.${KanoCategory}.name` | `category.${KanoCategory}.explanation`;
type PriorityKeys = `priority.${PriorityAction}.title` | `priority.${PriorityAction}.explanation`;
type ProblemKeys = `problem.${LongRowProblemCode}` | `features.${FeatureListProblem['code']}`;

const ru = {
  'category.A.name': 'Привлекательное',
  'category.A.explanation':
    'Его не ждут, а когда находят — радуются. Отсутствие никого не расстраивает, наличие заметно повышает удовлетворённость и выделяет вас среди конкурентов.',
  'category.O.name': 'Одномерное',
  'category.O.explanation':
    'Чем лучше оно сделано, тем довольнее клиент, и наоборот: удовлетворённость растёт и падает вместе с ним. Его ещё называют линейным; именно такие свойства клиенты сравнивают у конкурентов.',
  'category.M.name': 'Обязательное',
  'category.M.explanation':
    'Его считают само собой разумеющимся. Наличие не радует, зато отсутствие вызывает сильное недовольство: клиент может уйти, даже если всё остальное хорошо.',
  'category.I.name': 'Безразличное',
  'category.I.explanation': 'Есть оно или нет — клиентам почти всё равно. Вкладываться в него ради лояльности нет смысла.',
  'category.R.name': 'Обратное',
  'category.R.explanation':
    'Многие предпочли бы, чтобы его не было: наличие раздражает, отсутствие радует. Часто это значит, что у разных групп клиентов противоположные ожидания.',
  'category.Q.name': 'Сомнительное',
  'category.Q.explanation':
    'Противоречивые ответы: респонденту и нравится, и не нравится одновременно (или наоборот). Обычно вопрос поняли неправильно или заполняли анкету невнимательно.',

  'priority.secureMustBe.title': 'Сначала обеспечить',
  'priority.secureMustBe.explanation':
    'Обязательное свойство: проверьте, что оно есть и работает без сбоев. Пока его нет, остальные улучшения не окупятся.',
  'priority.improveOneDimensional.title': 'Развивать и сравнивать с конкурентами',
  'priority.improveOneDimensional.explanation':
    'Одномерное свойство: каждое улучшение добавляет удовлетворённости. Держитесь не хуже конкурентов и вкладывайтесь там, где отставание заметно клиентам.',
  'priority.addAttractive.title': 'Добавить, чтобы выделиться',
  'priority.addAttractive.explanation':
    'Привлекательное свойство: недорогой способ порадовать и запомниться. Берите его, когда обязательные и одномерные свойства в порядке.',
  'priority.doNotInvest.title': 'Не вкладываться',
  'priority.doNotInvest.explanation':
    'Безразличное свойство: на лояльность не влияет. Не тратьте на него деньги; если оно дорого обходится, подумайте, не отказаться ли от него.',
  'priority.segmentFirst.title': 'Сначала разделить клиентов на группы',
  'priority.segmentFirst.explanation':
    'Обратное свойство: части клиентов оно мешает. Посмотрите результаты по сегментам: возможно, одним его стоит предлагать, а другим — нет (например, по желанию клиента).',
  'priority.checkQuestion.title': 'Проверить вопрос',
  'priority.checkQuestion.explanation':
    'Сомнительных ответов больше всего: вероятно, формулировка непонятна. Перепишите вопрос и опросите клиентов снова, прежде чем что-то решать.',
  'priority.collectAnswers.title': 'Собрать ответы',
  'priority.collectAnswers.explanation': 'По этому свойству пока нет ни одной пары ответов.',

  'result.mixed': 'Неоднозначно: между «{first}» и «{second}», разница {points} п. п. (меньше 6).',
  'result.tieRule':
    'Ответов «{first}» и «{second}» поровну. По правилу Бергера выбрано «{first}» (порядок при равенстве: обязательное, одномерное, привлекательное, безразличное).',
  'result.fongSignificant': 'Тест Фонга: «{first}» значимо чаще, чем «{second}» (разница {difference} при пороге {critical}).',
  'result.fongNotSignificant':
    'Тест Фонга: разница между «{first}» и «{second}» ({difference}) меньше порога {critical} — различие не значимо, свойство находится на границе категорий.',
  'result.notEnoughData': 'Нет ни одной пары ответов (функциональный и дисфункциональный) — свойство пока нельзя отнести к категории.',
  'result.noBetterWorse': 'Все ответы обратные или сомнительные, поэтому коэффициенты Better и Worse не рассчитываются.',
  'result.topIsReverse': 'Чаще всего встречаются обратные ответы: это не ошибка, а сигнал, что ожидания клиентов расходятся.',
  'result.topIsQuestionable': 'Чаще всего встречаются сомнительные ответы: проверьте формулировку вопроса.',
  'result.better':
    'Better — доля клиентов, которых свойство порадует: (A + O) / (A + O + M + I). Чем ближе к 1, тем сильнее оно повышает удовлетворённость.',
  'result.worse':
    'Worse — доля клиентов, которых расстроит его отсутствие: −(O + M) / (A + O + M + I). Чем ближе к −1, тем опаснее без него обойтись. Обратные и сомнительные ответы в расчёт не входят.',
  'result.strength': 'Сила категории — на сколько процентных пунктов самая частая категория опережает вторую.',
  'result.continuous':
    'Непрерывный анализ (Дюмушель): ответы переведены в баллы от −2 до 4, для каждого свойства — средние по обоим вопросам. Чем правее точка, тем сильнее недовольство при отсутствии; чем выше — тем сильнее радость при наличии.',
  'result.importance': 'Самооценка важности — средняя оценка по шкале от 1 до 9, которую дали сами клиенты.',
  'result.incomplete': {
    one: '{count} респондент ответил только на один из двух вопросов; такие ответы не классифицируются.',
    few: '{count} респондента ответили только на один из двух вопросов; такие ответы не классифицируются.',
    many: '{count} респондентов ответили только на один из двух вопросов; такие ответы не классифицируются.',
    other: '{count} респондента ответили только на один из двух вопросов; такие ответы не классифицируются.',
  },

  'limits.title': 'Ограничения модели',
  'limits.drift':
    'Категории меняются со временем: то, что сегодня радует, завтра становится привычным, а потом обязательным (так было с Wi-Fi в кафе и бесплатной доставкой). Повторяйте опрос раз в год или два.',
  'limits.sample':
    'Нужна достаточная выборка: при нескольких десятках ответов одна-две анкеты могут поменять категорию. Смотрите на силу категории и тест Фонга, а не только на букву.',
  'limits.segments':
    'Разные группы клиентов ждут разного: усреднение по всем может дать «безразличное» или «смешанное» там, где для одного сегмента свойство обязательное, а для другого — привлекательное. Сравнивайте результаты по сегментам.',
  'limits.statedVsReal':
    'Анкета показывает, что клиенты говорят, а не то, как они поступают. Сверяйте выводы с продажами и оттоком.',

  'problem.missingRespondent': 'Нет кода респондента — строка пропущена.',
  'problem.unknownFeature': 'Свойство «{value}» не найдено в вашем списке — строка пропущена.',
  'problem.unrecognisedAnswer':
    'Ответ «{value}» не распознан. Допустимы 1–5 или формулировки: «Нравится», «Так и должно быть», «Мне всё равно», «Могу смириться», «Не нравится».',
  'problem.importanceOutOfScale': 'Важность «{value}» вне шкалы 1–{max}: значение не учтено.',
  'problem.duplicate': 'Респондент «{value}» уже отвечал об этом свойстве в этом файле: учтён первый ответ.',
  'features.tooFew': 'Добавьте хотя бы {min} свойства: сейчас {count}.',
  'features.tooMany': 'Не больше {max} свойств: длинную анкету бросают, не дочитав. Сейчас {count}.',
  'features.emptyName': 'У свойства нет названия.',
  'features.duplicateName': 'Два свойства называются одинаково: в загруженных ответах их не различить.',
} satisfies Record<CategoryKeys | PriorityKeys | ProblemKeys, Message> & Record<string, Message>;

type KanoMessageKey = keyof typeof ru;

const en: Record<KanoMessageKey, Message> = {
  'category.A.name': 'Attractive',
  'category.A.explanation':
    'Customers do not expect it and are delighted when they find it. Its absence disappoints no one; its presence raises satisfaction noticeably and sets you apart from competitors.',
  'category.O.name': 'One-dimensional',
  'category.O.explanation':
    'The better it is, the more satisfied the customer, and the other way round: satisfaction rises and falls with it. It is also called "performance"; these are the features customers compare between competitors.',
  'category.M.name': 'Must-be',
  'category.M.explanation':
    'Customers take it for granted. Having it brings no delight, but lacking it causes strong dissatisfaction: a customer may leave even when everything else is good.',
  'category.I.name': 'Indifferent',
  'category.I.explanation': 'Customers hardly care whether it is there or not. Investing in it will not build loyalty.',
  'category.R.name': 'Reverse',
  'category.R.explanation':
    'Many would rather not have it: its presence annoys, its absence pleases. Often this means different groups of customers expect opposite things.',
  'category.Q.name': 'Questionable',
  'category.Q.explanation':
    'Contradictory answers: the respondent likes both having and not having it (or dislikes both). Usually the question was misunderstood or the form was filled in carelessly.',

  'priority.secureMustBe.title': 'Secure first',
  'priority.secureMustBe.explanation':
    'A must-be feature: make sure it is there and works without fail. While it is missing, no other improvement pays off.',
  'priority.improveOneDimensional.title': 'Improve and benchmark',
  'priority.improveOneDimensional.explanation':
    'A one-dimensional feature: every improvement adds satisfaction. Stay at least level with competitors and invest where customers notice you lag behind.',
  'priority.addAttractive.title': 'Add to stand out',
  'priority.addAttractive.explanation':
    'An attractive feature: an inexpensive way to delight and be remembered. Take it on once the must-be and one-dimensional features are in order.',
  'priority.doNotInvest.title': 'Do not invest',
  'priority.doNotInvest.explanation':
    'An indifferent feature: it does not affect loyalty. Do not spend on it; if it is costly, consider dropping it.',
  'priority.segmentFirst.title': 'Segment customers first',
  'priority.segmentFirst.explanation':
    'A reverse feature: it bothers some customers. Look at the results by segment: it may be worth offering to some and not to others (for example, as an opt-in).',
  'priority.checkQuestion.title': 'Check the question',
  'priority.checkQuestion.explanation':
    'Questionable answers are the most frequent: the wording is probably unclear. Rewrite the question and ask again before deciding anything.',
  'priority.collectAnswers.title': 'Collect answers',
  'priority.collectAnswers.explanation': 'There is no pair of answers for this feature yet.',

  'result.mixed': 'Mixed: between "{first}" and "{second}", {points} points apart (less than 6).',
  'result.tieRule':
    '"{first}" and "{second}" have the same number of answers. Berger\'s rule picks "{first}" (order on a tie: must-be, one-dimensional, attractive, indifferent).',
  'result.fongSignificant': 'Fong test: "{first}" is significantly more frequent than "{second}" (difference {difference}, threshold {critical}).',
  'result.fongNotSignificant':
    'Fong test: the difference between "{first}" and "{second}" ({difference}) is below the threshold {critical}, so it is not significant; the feature sits on the border between the categories.',
  'result.notEnoughData': 'There is no pair of answers (functional and dysfunctional) yet, so the feature cannot be classified.',
  'result.noBetterWorse': 'All answers are reverse or questionable, so the Better and Worse coefficients are not computed.',
  'result.topIsReverse': 'Reverse answers are the most frequent: not an error, but a sign that customers\' expectations diverge.',
  'result.topIsQuestionable': 'Questionable answers are the most frequent: check the wording of the question.',
  'result.better':
    'Better is the share of customers the feature would please: (A + O) / (A + O + M + I). The closer to 1, the more it raises satisfaction.',
  'result.worse':
    'Worse is the share of customers its absence would upset: −(O + M) / (A + O + M + I). The closer to −1, the riskier it is to go without. Reverse and questionable answers are left out.',
  'result.strength': 'Category strength: how many percentage points the most frequent category leads the second.',
  'result.continuous':
    'Continuous analysis (DuMouchel): answers are turned into scores from −2 to 4, and each feature gets the mean of both questions. The further right, the stronger the dissatisfaction when it is missing; the higher, the stronger the delight when it is there.',
  'result.importance': 'Self-stated importance: the mean rating on a 1 to 9 scale given by the customers themselves.',
  'result.incomplete': {
    one: '{count} respondent answered only one of the two questions; such answers are not classified.',
    other: '{count} respondents answered only one of the two questions; such answers are not classified.',
  },

  'limits.title': 'Limits of the model',
  'limits.drift':
    'Categories drift over time: what delights today becomes expected tomorrow and must-be later (as happened with Wi-Fi in cafés and free delivery). Repeat the survey every year or two.',
  'limits.sample':
    'The sample must be large enough: with a few dozen answers, one or two forms can change a category. Look at the category strength and the Fong test, not only at the letter.',
  'limits.segments':
    'Different customer groups expect different things: averaging over everyone can show "indifferent" or "mixed" where one segment sees a must-be and another an attractive feature. Compare results by segment.',
  'limits.statedVsReal': 'The survey shows what customers say, not what they do. Check the conclusions against sales and churn.',

  'problem.missingRespondent': 'No respondent id: the row is skipped.',
  'problem.unknownFeature': 'Feature "{value}" is not in your list: the row is skipped.',
  'problem.unrecognisedAnswer':
    'Answer "{value}" is not recognised. Use 1–5 or the wording: "I like it", "It must be that way", "I am neutral", "I can live with it", "I dislike it".',
  'problem.importanceOutOfScale': 'Importance "{value}" is outside the 1–{max} scale: the value is ignored.',
  'problem.duplicate': 'Respondent "{value}" already answered about this feature in this file: the first answer is kept.',
  'features.tooFew': 'Add at least {min} features: there are {count} now.',
  'features.tooMany': 'At most {max} features: people give up on a long questionnaire. There are {count} now.',
  'features.emptyName': 'A feature has no name.',
  'features.duplicateName': 'Two features have the same name: imported answers could not tell them apart.',
};

const zh: Record<KanoMessageKey, Message> = {
  'category.A.name': '魅力型',
  'category.A.explanation': '顾客并不期待，一旦发现就会惊喜。没有它不会引起不满，有了它满意度明显提高，并让您在竞争中脱颖而出。',
  'category.O.name': '期望型',
  'category.O.explanation': '做得越好，顾客越满意；做得越差，越不满意，满意度随之同步升降。也称“一维型”，顾客正是用这类特性来比较各家竞争者。',
  'category.M.name': '必备型',
  'category.M.explanation': '顾客认为理所当然。有它不会带来惊喜，没有它却会引起强烈不满：即使其他方面都好，顾客也可能离开。',
  'category.I.name': '无差异型',
  'category.I.explanation': '有没有它，顾客几乎都无所谓。为提升忠诚度而投入这类特性没有意义。',
  'category.R.name': '反向型',
  'category.R.explanation': '很多人宁愿没有它：有了会反感，没有反而满意。这往往说明不同顾客群体的期望截然相反。',
  'category.Q.name': '可疑结果',
  'category.Q.explanation': '回答自相矛盾：受访者既喜欢有它，也喜欢没有它（或两者都不喜欢）。通常是题目被误解，或问卷填写不认真。',

  'priority.secureMustBe.title': '首先保证',
  'priority.secureMustBe.explanation': '必备型特性：确保它存在并稳定可靠。缺少它时，其他任何改进都难以见效。',
  'priority.improveOneDimensional.title': '持续改进，对标竞争者',
  'priority.improveOneDimensional.explanation': '期望型特性：每一次改进都会增加满意度。至少与竞争者持平，并在顾客能感知到差距的地方投入。',
  'priority.addAttractive.title': '增加以形成差异',
  'priority.addAttractive.explanation': '魅力型特性：以较低成本让顾客惊喜并留下印象。在必备型和期望型特性到位之后再考虑。',
  'priority.doNotInvest.title': '不值得投入',
  'priority.doNotInvest.explanation': '无差异型特性：不影响忠诚度。不要在它上面花钱；如果成本较高，可以考虑取消。',
  'priority.segmentFirst.title': '先对顾客细分',
  'priority.segmentFirst.explanation': '反向型特性：它会让部分顾客反感。请按细分群体查看结果：也许只应向部分顾客提供（例如由顾客自行选择开启）。',
  'priority.checkQuestion.title': '检查题目',
  'priority.checkQuestion.explanation': '可疑回答最多：题目措辞可能不清楚。请改写题目并重新调查，然后再做决定。',
  'priority.collectAnswers.title': '收集回答',
  'priority.collectAnswers.explanation': '该特性还没有任何一组完整的回答。',

  'result.mixed': '结果不明确：介于“{first}”和“{second}”之间，相差 {points} 个百分点（不足 6）。',
  'result.tieRule': '“{first}”与“{second}”的回答数相同。按照 Berger 规则选择“{first}”（并列时的顺序：必备型、期望型、魅力型、无差异型）。',
  'result.fongSignificant': 'Fong 检验：“{first}”显著多于“{second}”（差值 {difference}，临界值 {critical}）。',
  'result.fongNotSignificant': 'Fong 检验：“{first}”与“{second}”的差值（{difference}）低于临界值 {critical}，差异不显著，该特性处于两个类别的边界。',
  'result.notEnoughData': '还没有任何一组完整的回答（正向和反向问题），暂时无法归类。',
  'result.noBetterWorse': '所有回答都是反向或可疑结果，因此不计算 Better 和 Worse 系数。',
  'result.topIsReverse': '反向回答最多：这不是错误，而是说明顾客的期望存在分歧。',
  'result.topIsQuestionable': '可疑回答最多：请检查题目的措辞。',
  'result.better': 'Better 是会因该特性而满意的顾客比例：(A + O) / (A + O + M + I)。越接近 1，对满意度的提升越大。',
  'result.worse': 'Worse 是会因缺少该特性而不满的顾客比例：−(O + M) / (A + O + M + I)。越接近 −1，缺少它的风险越大。反向和可疑回答不计入。',
  'result.strength': '类别强度：最常见类别领先第二类别多少个百分点。',
  'result.continuous':
    '连续分析（DuMouchel）：将回答换算为 −2 到 4 的分值，计算每个特性两个问题的平均分。点越靠右，缺少时越不满；越靠上，具备时越满意。',
  'result.importance': '自评重要性：顾客自己按 1 到 9 分给出的平均分。',
  'result.incomplete': { other: '{count} 位受访者只回答了两个问题中的一个，这些回答不参与归类。' },

  'limits.title': '模型的局限',
  'limits.drift': '类别会随时间变化：今天令人惊喜的，明天会成为期望，之后成为必备（咖啡馆的 Wi-Fi 和免费配送就是如此）。建议每一两年重复调查。',
  'limits.sample': '样本要足够大：只有几十份回答时，一两份问卷就可能改变类别。请同时查看类别强度和 Fong 检验，而不只看字母。',
  'limits.segments': '不同顾客群体的期望不同：全体平均可能显示为“无差异”或“不明确”，而对某一群体是必备型、对另一群体是魅力型。请按细分群体比较结果。',
  'limits.statedVsReal': '问卷反映的是顾客怎么说，而不是怎么做。请用销售和流失数据验证结论。',

  'problem.missingRespondent': '缺少受访者编号：该行已跳过。',
  'problem.unknownFeature': '您的列表中没有特性“{value}”：该行已跳过。',
  'problem.unrecognisedAnswer': '无法识别回答“{value}”。请使用 1–5 或以下措辞：“喜欢”“理所当然”“无所谓”“可以忍受”“不喜欢”。',
  'problem.importanceOutOfScale': '重要性“{value}”超出 1–{max} 的范围：该值不计入。',
  'problem.duplicate': '受访者“{value}”在此文件中已回答过该特性：保留第一次的回答。',
  'features.tooFew': '请至少添加 {min} 个特性：目前为 {count} 个。',
  'features.tooMany': '特性不超过 {max} 个：问卷太长，受访者会中途放弃。目前为 {count} 个。',
  'features.emptyName': '有一个特性没有名称。',
  'features.duplicateName': '有两个特性名称相同：导入回答时无法区分。',
};

export const kanoMessages = defineMessages({ ru, en, zh });
export type { KanoMessageKey };
