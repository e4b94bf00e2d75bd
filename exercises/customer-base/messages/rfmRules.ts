import { defineMessages } from '../../../src/i18n/translate';
import type { Message } from '../../../src/i18n/messages';

/** Step "RFM segments": the editable rule list that names the segments (first match wins). Split from rfm.ts by size. */
const ru = {
  'rfm.rules.title': 'Правила сегментов',
  'rfm.rules.explain':
    'Правила проверяются сверху вниз: клиент попадает в первый сегмент, все три диапазона которого содержат его оценки; остальные — «Прочие». Узкие правила ставьте выше широких. Изменения сохраняются сразу.',
  'rfm.rules.name': 'Название',
  'rfm.rules.range': '{dimension} — правило «{name}»',
  'rfm.rules.from': '{dimension} от',
  'rfm.rules.to': '{dimension} до',
  'rfm.rules.up': 'Выше',
  'rfm.rules.down': 'Ниже',
  'rfm.rules.delete': 'Удалить',
  'rfm.rules.upNamed': 'Поднять правило «{name}»',
  'rfm.rules.downNamed': 'Опустить правило «{name}»',
  'rfm.rules.deleteNamed': 'Удалить правило «{name}»',
  'rfm.rules.unreachable': 'Сюда не попадёт ни один клиент: все его сочетания оценок забирают правила выше. Поднимите его или сузьте правила выше.',
  'rfm.rules.none': 'Правил нет: все клиенты — «Прочие».',
  'rfm.rules.add': 'Добавить правило',
  'rfm.rules.reset': 'Вернуть правила по умолчанию',
};

type Key = keyof typeof ru;

const en: Record<Key, Message> = {
  'rfm.rules.title': 'Segment rules',
  'rfm.rules.explain':
    'Rules are read from the top down: a customer joins the first segment whose three ranges all hold their scores; the rest are "Others". Put narrow rules above broad ones. Changes are saved as you make them.',
  'rfm.rules.name': 'Name',
  'rfm.rules.range': '{dimension} — rule "{name}"',
  'rfm.rules.from': '{dimension} from',
  'rfm.rules.to': '{dimension} to',
  'rfm.rules.up': 'Up',
  'rfm.rules.down': 'Down',
  'rfm.rules.delete': 'Delete',
  'rfm.rules.upNamed': 'Move the rule "{name}" up',
  'rfm.rules.downNamed': 'Move the rule "{name}" down',
  'rfm.rules.deleteNamed': 'Delete the rule "{name}"',
  'rfm.rules.unreachable': 'No customer can land here: the rules above take every combination of scores it holds. Move it up or narrow the rules above.',
  'rfm.rules.none': 'No rules: every customer is one of the "Others".',
  'rfm.rules.add': 'Add a rule',
  'rfm.rules.reset': 'Back to the default rules',
};

const zh: Record<Key, Message> = {
  'rfm.rules.title': '细分规则',
  'rfm.rules.explain': '规则自上而下检查：客户归入第一个三个范围都包含其分数的细分；其余为“其他”。把窄的规则放在宽的规则上面。修改会立即保存。',
  'rfm.rules.name': '名称',
  'rfm.rules.range': '{dimension} — 规则“{name}”',
  'rfm.rules.from': '{dimension} 从',
  'rfm.rules.to': '{dimension} 到',
  'rfm.rules.up': '上移',
  'rfm.rules.down': '下移',
  'rfm.rules.delete': '删除',
  'rfm.rules.upNamed': '上移规则“{name}”',
  'rfm.rules.downNamed': '下移规则“{name}”',
  'rfm.rules.deleteNamed': '删除规则“{name}”',
  'rfm.rules.unreachable': '没有客户会落入此规则：它包含的所有分数组合都被上面的规则占去了。请把它上移，或收窄上面的规则。',
  'rfm.rules.none': '没有规则：所有客户都属于“其他”。',
  'rfm.rules.add': '添加规则',
  'rfm.rules.reset': '恢复默认规则',
};

export const rfmRulesMessages = defineMessages({ ru, en, zh });
