import type { Message } from '../../../src/i18n/messages';
import type { ScenarioId } from '../model';

/** Step 3: which assumption decides the answer, and three scenarios of the uncertain effect. */
const ru = {
  'sensitivity.intro':
    'Расчёт держится на допущениях, и одни важнее других. Диаграмма «торнадо» показывает, как меняется ROI, если каждое допущение по очереди сдвинуть на 20 % вниз и вверх. Чем длиннее полоса, тем важнее проверить это допущение.',
  'sensitivity.introDetail':
    'Сдвиг относительный: маржа 28 % превращается в 22,4 % и 33,6 %. Удержание сдвигается через отток: при удержании 92 % отток 8 % становится 6,4 % и 9,6 %. Допущение со значением 0 не сдвигается, поэтому его полоса нулевая. Горизонт расчёта остаётся прежним.',
  'sensitivity.missing': 'Чтобы оценить чувствительность и сценарии, сначала заполните параметры программы на шаге «Экономика программы».',
  'sensitivity.tornadoTitle': 'Что сильнее всего влияет на ROI',
  'sensitivity.tornadoDescription':
    'ROI при значении каждого допущения на 20 % ниже и на 20 % выше введённого. Вертикальная линия — ROI при введённых значениях ({base}). Показаны самые влиятельные допущения.',
  'sensitivity.input': 'Допущение',
  'sensitivity.low': 'Допущение на 20 % ниже',
  'sensitivity.high': 'Допущение на 20 % выше',
  'sensitivity.base': 'ROI при введённых значениях',
  'sensitivity.swing': 'Размах ROI',
  'sensitivity.axisRoi': 'ROI, %',
  'sensitivity.roiUndefined': 'не определён',
  'sensitivity.top':
    'Сильнее всего ROI зависит от допущения «{name}»: при его сдвиге на ±20 % ROI меняется от {low} до {high}. Его стоит проверить в первую очередь, например на пилоте.',
  'sensitivity.topNone': 'Ни одно допущение не меняет ROI. Проверьте, что у программы есть затраты: без них ROI не определён.',

  'sensitivity.scenariosTitle': 'Сценарии',
  'sensitivity.scenariosIntro':
    'Эффект программы известен лишь приблизительно. Ожидаемый сценарий — ваши значения с предыдущего шага. Пессимистичный и оптимистичный по умолчанию берут половину и полторы величины ожидаемого эффекта и доли активных участников; поправьте их под свою ситуацию.',
  'sensitivity.scenario.pessimistic': 'Пессимистичный',
  'sensitivity.scenario.expected': 'Ожидаемый',
  'sensitivity.scenario.optimistic': 'Оптимистичный',
  'sensitivity.parameter': 'Параметр',
  'sensitivity.scenario': 'Сценарий',
  'sensitivity.cellLabel': '{scenario}: {parameter}',
  'sensitivity.reset': 'Вернуть сценарии по умолчанию',
  'sensitivity.expectedNote': 'Ожидаемый сценарий меняется на шаге «Экономика программы».',
  'sensitivity.resultsCaption': 'Результаты сценариев',
  'sensitivity.never': 'не окупается',
  'sensitivity.chartTitle': 'Чистый эффект по сценариям',
  'sensitivity.chartDescription': 'Чистый эффект программы за {horizon} в каждом сценарии. Ниже нуля — программа не окупается.',
  'sensitivity.verdict.robust': 'Программа окупается во всех трёх сценариях: решение устойчиво к ошибкам в оценке эффекта.',
  'sensitivity.verdict.mixed':
    'Результат зависит от того, какой эффект программа даст на деле: не во всех сценариях она окупается. Проверьте допущения на пилоте, прежде чем запускать её для всех.',
  'sensitivity.verdict.failing':
    'Программа не окупается ни в одном сценарии: нужно менять её условия (ставку бонусов, затраты), а не надеяться на больший эффект.',
} satisfies Record<`sensitivity.scenario.${ScenarioId}`, string> & Record<string, Message>;

type SensitivityKey = keyof typeof ru;

const en: Record<SensitivityKey, Message> = {
  'sensitivity.intro':
    'The calculation rests on assumptions, and some matter more than others. The tornado chart shows how ROI changes when each assumption in turn is moved 20% down and up. The longer the bar, the more important it is to check that assumption.',
  'sensitivity.introDetail':
    'The shift is relative: a 28% margin becomes 22.4% and 33.6%. Retention moves through churn: at 92% retention, the 8% churn becomes 6.4% and 9.6%. An assumption at 0 does not move, so its bar is empty. The horizon stays as it is.',
  'sensitivity.missing': 'To see the sensitivity and the scenarios, first fill in the program inputs on the "Program economics" step.',
  'sensitivity.tornadoTitle': 'What moves ROI the most',
  'sensitivity.tornadoDescription':
    'ROI with each assumption 20% below and 20% above the value entered. The vertical line is the ROI at the values entered ({base}). The most influential assumptions are shown.',
  'sensitivity.input': 'Assumption',
  'sensitivity.low': 'Assumption 20% lower',
  'sensitivity.high': 'Assumption 20% higher',
  'sensitivity.base': 'ROI at the values entered',
  'sensitivity.swing': 'ROI swing',
  'sensitivity.axisRoi': 'ROI, %',
  'sensitivity.roiUndefined': 'undefined',
  'sensitivity.top':
    'ROI depends most on "{name}": moving it by ±20% moves ROI from {low} to {high}. Check it first, for example in a pilot.',
  'sensitivity.topNone': 'No assumption changes ROI. Check that the program has costs: without them ROI is undefined.',

  'sensitivity.scenariosTitle': 'Scenarios',
  'sensitivity.scenariosIntro':
    'The program\'s effect is known only roughly. The expected scenario is your values from the previous step. By default the pessimistic and optimistic ones take half and one and a half times the expected effect and active share; adjust them to your situation.',
  'sensitivity.scenario.pessimistic': 'Pessimistic',
  'sensitivity.scenario.expected': 'Expected',
  'sensitivity.scenario.optimistic': 'Optimistic',
  'sensitivity.parameter': 'Parameter',
  'sensitivity.scenario': 'Scenario',
  'sensitivity.cellLabel': '{scenario}: {parameter}',
  'sensitivity.reset': 'Reset scenarios to defaults',
  'sensitivity.expectedNote': 'The expected scenario is changed on the "Program economics" step.',
  'sensitivity.resultsCaption': 'Scenario results',
  'sensitivity.never': 'does not pay back',
  'sensitivity.chartTitle': 'Net effect by scenario',
  'sensitivity.chartDescription': 'The program\'s net effect over {horizon} in each scenario. Below zero the program does not pay back.',
  'sensitivity.verdict.robust': 'The program pays back in all three scenarios: the decision survives errors in the estimated effect.',
  'sensitivity.verdict.mixed':
    'The outcome depends on the effect the program actually delivers: it does not pay back in every scenario. Test the assumptions in a pilot before rolling it out to everyone.',
  'sensitivity.verdict.failing':
    'The program does not pay back in any scenario: change its terms (reward rate, costs) rather than hope for a bigger effect.',
};

const zh: Record<SensitivityKey, Message> = {
  'sensitivity.intro':
    '计算建立在假设之上，而有些假设比其他假设更重要。龙卷风图显示：将每个假设依次下调和上调 20% 时，ROI 如何变化。条形越长，越需要验证该假设。',
  'sensitivity.introDetail': '变动是相对的：28% 的毛利率会变为 22.4% 和 33.6%。留存率通过流失率变动：留存率 92% 时，8% 的流失率变为 6.4% 和 9.6%。值为 0 的假设不会变动，因此其条形为空。计算期限保持不变。',
  'sensitivity.missing': '要查看敏感性和情景，请先在"计划的经济效益"步骤中填写计划参数。',
  'sensitivity.tornadoTitle': '什么对 ROI 影响最大',
  'sensitivity.tornadoDescription': '每个假设比输入值低 20% 和高 20% 时的 ROI。竖线为按输入值计算的 ROI（{base}）。图中显示影响最大的假设。',
  'sensitivity.input': '假设',
  'sensitivity.low': '假设下调 20%',
  'sensitivity.high': '假设上调 20%',
  'sensitivity.base': '按输入值计算的 ROI',
  'sensitivity.swing': 'ROI 变动幅度',
  'sensitivity.axisRoi': 'ROI，%',
  'sensitivity.roiUndefined': '无法确定',
  'sensitivity.top': 'ROI 最依赖于"{name}"：该假设变动 ±20% 时，ROI 在 {low} 至 {high} 之间变化。应首先验证它，例如通过试点。',
  'sensitivity.topNone': '没有任何假设会改变 ROI。请检查计划是否有成本：没有成本时 ROI 无法确定。',

  'sensitivity.scenariosTitle': '情景',
  'sensitivity.scenariosIntro':
    '计划的效果只能粗略估计。预期情景即您在上一步输入的数值。悲观和乐观情景默认取预期效果及活跃会员比例的一半和一点五倍；请根据您的情况进行调整。',
  'sensitivity.scenario.pessimistic': '悲观',
  'sensitivity.scenario.expected': '预期',
  'sensitivity.scenario.optimistic': '乐观',
  'sensitivity.parameter': '参数',
  'sensitivity.scenario': '情景',
  'sensitivity.cellLabel': '{scenario}：{parameter}',
  'sensitivity.reset': '恢复默认情景',
  'sensitivity.expectedNote': '预期情景在"计划的经济效益"步骤中修改。',
  'sensitivity.resultsCaption': '情景结果',
  'sensitivity.never': '无法回本',
  'sensitivity.chartTitle': '各情景的净效果',
  'sensitivity.chartDescription': '各情景下计划在 {horizon}内的净效果。低于零表示计划无法回本。',
  'sensitivity.verdict.robust': '计划在三种情景下都能回本：即使效果估计有误，决策依然稳妥。',
  'sensitivity.verdict.mixed': '结果取决于计划的实际效果：并非所有情景都能回本。在全面推广之前，请先通过试点验证假设。',
  'sensitivity.verdict.failing': '计划在任何情景下都无法回本：应调整计划条件（奖励比例、成本），而不是寄希望于更大的效果。',
};

export const sensitivityMessages = { ru, en, zh };
