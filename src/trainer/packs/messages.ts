import { defineMessages } from '../../i18n/translate';
import type { Message } from '../../i18n/messages';

/** Saving the trainer's starter pack (the trainer page's section); opening one has its words in src/app/packs. */
const ru = {
  'packSave.title': 'Стартовый набор для участников',
  'packSave.intro':
    'Сохраните свои значения упражнений (свою демо-компанию, адаптированные утверждения SERVQUAL, свойства для Kano, цифры программы) как файл. Участники откроют его на главной странице и начнут с ваших значений вместо демо-примера.',
  'packSave.packTitle': 'Название набора',
  'packSave.fileName': 'Имя файла (латиница, цифры, - и _)',
  'packSave.fileNameInvalid': 'Только строчные латинские буквы, цифры, «-» и «_», до 64 знаков.',
  'packSave.titleMissing': 'Дайте набору название: участники увидят его в упражнениях.',
  'packSave.note': 'Комментарий для участников (необязательно)',
  'packSave.exercises': 'Упражнения в наборе',
  'packSave.exercisesHint': 'Отмечены упражнения, где вы что-то изменили.',
  'packSave.statusOwn': 'ваши значения',
  'packSave.statusDemo': 'демо без изменений',
  'packSave.noExercises': 'Пока ни одно упражнение не открыто: откройте и заполните те, что войдут в набор.',
  'packSave.tables': 'Загруженные таблицы (строки попадут в файл)',
  'packSave.table': '{title}: «{name}», строк: {count}',
  'packSave.tableNeedsExercise': 'войдёт вместе с упражнением',
  'packSave.settings': 'Язык и валюта: {language}, {currency}',
  'packSave.preview': 'В файл попадут: упражнений — {exercises}, таблиц — {tables} (строк: {rows}){settings}. Название команды, отметки о пройденных шагах и черновики в набор не входят.',
  'packSave.previewSettings': ', язык и валюта',
  'packSave.nothingChosen': 'Отметьте хотя бы одно упражнение.',
  'packSave.save': 'Сохранить набор',
  'packSave.saved': 'Файл «{file}» сохранён. Положите его рядом с тетрадью на сайте как packs/{file}; участники откроют ссылку {url} или выберут файл на главной странице.',
  'packSave.readFailed': 'Не удалось прочитать загруженные таблицы: {detail}. Снимите отметки с таблиц или попробуйте ещё раз.',
} satisfies Record<string, Message>;

export type PackSaveMessageKey = keyof typeof ru;

const en: Record<PackSaveMessageKey, Message> = {
  'packSave.title': 'Starter pack for participants',
  'packSave.intro':
    "Save your exercise values (your own demo company, adapted SERVQUAL statements, Kano features, program figures) as a file. Participants open it on the home page and start from your values instead of the demo.",
  'packSave.packTitle': 'Pack title',
  'packSave.fileName': 'File name (Latin letters, digits, - and _)',
  'packSave.fileNameInvalid': 'Only lower-case Latin letters, digits, “-” and “_”, up to 64 characters.',
  'packSave.titleMissing': 'Give the pack a title: participants see it in the exercises.',
  'packSave.note': 'A note for participants (optional)',
  'packSave.exercises': 'Exercises in the pack',
  'packSave.exercisesHint': 'Ticked: the exercises where you changed something.',
  'packSave.statusOwn': 'your values',
  'packSave.statusDemo': 'demo, unchanged',
  'packSave.noExercises': 'No exercise has been opened yet: open and fill in the ones the pack should hold.',
  'packSave.tables': 'Imported tables (their rows go into the file)',
  'packSave.table': '{title}: “{name}”, {count} rows',
  'packSave.tableNeedsExercise': 'goes with its exercise',
  'packSave.settings': 'Language and currency: {language}, {currency}',
  'packSave.preview': 'The file will hold {exercises} exercises, {tables} tables ({rows} rows){settings}. The team name, steps marked done and drafts are never in a pack.',
  'packSave.previewSettings': ', the language and currency',
  'packSave.nothingChosen': 'Tick at least one exercise.',
  'packSave.save': 'Save the pack',
  'packSave.saved': 'The file “{file}” is saved. Put it beside the workbook on the site as packs/{file}; participants open the link {url} or choose the file on the home page.',
  'packSave.readFailed': 'The imported tables could not be read: {detail}. Untick the tables or try again.',
};

const zh: Record<PackSaveMessageKey, Message> = {
  'packSave.title': '学员起始资料包',
  'packSave.intro': '将您的练习数值（您自己的示例公司、调整后的 SERVQUAL 陈述、Kano 功能、方案数据）保存为文件。学员在首页打开它，从您的数值而不是演示示例开始。',
  'packSave.packTitle': '资料包名称',
  'packSave.fileName': '文件名（拉丁字母、数字、- 和 _）',
  'packSave.fileNameInvalid': '只能使用小写拉丁字母、数字、“-”和“_”，最多 64 个字符。',
  'packSave.titleMissing': '请为资料包命名：学员会在练习中看到它。',
  'packSave.note': '给学员的留言（可选）',
  'packSave.exercises': '资料包中的练习',
  'packSave.exercisesHint': '已勾选您修改过的练习。',
  'packSave.statusOwn': '您的数值',
  'packSave.statusDemo': '演示，未修改',
  'packSave.noExercises': '尚未打开任何练习：请打开并填写要放入资料包的练习。',
  'packSave.tables': '已导入的表格（其数据行将写入文件）',
  'packSave.table': '{title}：“{name}”，{count} 行',
  'packSave.tableNeedsExercise': '随其练习一起放入',
  'packSave.settings': '语言和货币：{language}，{currency}',
  'packSave.preview': '文件将包含 {exercises} 个练习、{tables} 个表格（{rows} 行）{settings}。小组名称、已完成步骤标记和草稿不会放入资料包。',
  'packSave.previewSettings': '，以及语言和货币',
  'packSave.nothingChosen': '请至少勾选一个练习。',
  'packSave.save': '保存资料包',
  'packSave.saved': '文件“{file}”已保存。请将其作为 packs/{file} 放在网站上的练习册旁；学员打开链接 {url}，或在首页选择该文件。',
  'packSave.readFailed': '无法读取已导入的表格：{detail}。请取消勾选表格或重试。',
};

export const packSaveMessages = defineMessages({ ru, en, zh });
