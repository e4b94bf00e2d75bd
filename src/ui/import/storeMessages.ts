import type { Message } from '../../i18n/messages';

/**
 * Strings about the imported tables kept in the browser: why storing them failed, and the tables' part of
 * the backup dialog. Apart from messages.ts because the header's backup controls need them on every page,
 * and the rest of the import flow's strings would weigh on the home page; messages.ts spreads them in, so
 * the import flow still finds them under its own dictionary.
 */
const ru = {
  'store.unavailable': 'Браузер не даёт сохранять данные (так бывает в приватном режиме). Импорт не сохранён; откройте тетрадь в обычном окне.',
  'store.quota': 'Не хватило места, которое браузер выделяет этому сайту. Импорт не сохранён, прежние данные остались. Удалите ненужные наборы данных или уменьшите файл.',
  'store.invalid': 'Данные в резервной копии повреждены: {detail}.',
  'store.failed': 'Не удалось сохранить данные в браузере ({detail}). Импорт не сохранён, прежние данные остались.',
  'store.missing': 'Сводка о файле «{name}» сохранилась, а сами строки в этом браузере не найдены (возможно, данные сайта были очищены). Загрузите файл снова.',
  'store.readFailed': 'Не удалось прочитать сохранённые данные ({detail}).',
  'store.noEntry': 'Упражнение ещё не открыто: данные не сохранены. Обновите страницу и попробуйте снова.',

  'backup.datasetsTitle': 'Загруженные таблицы тоже будут заменены:',
  'backup.datasetColumn': 'Данные',
  'backup.datasetSide': { one: '«{name}», {count} строка', few: '«{name}», {count} строки', many: '«{name}», {count} строк', other: '«{name}», {count} строки' },
  'backup.missingRows': 'Копия скачана, но без строк этих файлов: {names} — в этом браузере их нет. Загрузите файлы снова и скачайте копию ещё раз.',
  'backup.datasetsReadFailed': 'Не удалось прочитать загруженные таблицы, поэтому копия не создана ({detail}).',
  'backup.datasetsWriteFailed': 'Не удалось записать таблицы из копии, ничего не изменилось. {reason}',
} satisfies Record<string, Message>;

export type StoreMessageKey = keyof typeof ru;

const en = {
  'store.unavailable': 'The browser does not allow saving data (private mode, for example). The import was not saved; open the workbook in a normal window.',
  'store.quota': 'The storage the browser gives this site is full. The import was not saved and the previous data is kept. Remove datasets you no longer need or use a smaller file.',
  'store.invalid': 'The data in the backup is damaged: {detail}.',
  'store.failed': 'The data could not be saved in the browser ({detail}). The import was not saved and the previous data is kept.',
  'store.missing': 'The summary of “{name}” is kept, but its rows are not in this browser (site data may have been cleared). Load the file again.',
  'store.readFailed': 'The saved data could not be read ({detail}).',
  'store.noEntry': 'The exercise is not open yet, so the data was not saved. Reload the page and try again.',

  'backup.datasetsTitle': 'Imported tables will be replaced as well:',
  'backup.datasetColumn': 'Data',
  'backup.datasetSide': { one: '“{name}”, {count} row', other: '“{name}”, {count} rows' },
  'backup.missingRows': 'The backup was downloaded, but without the rows of these files: {names}; this browser no longer holds them. Import the files again and download the backup once more.',
  'backup.datasetsReadFailed': 'The imported tables could not be read, so no backup was made ({detail}).',
  'backup.datasetsWriteFailed': 'The tables in the backup could not be written; nothing has changed. {reason}',
} satisfies Record<StoreMessageKey, Message>;

const zh = {
  'store.unavailable': '浏览器不允许保存数据（例如处于隐私模式）。导入未保存；请在普通窗口中打开练习册。',
  'store.quota': '浏览器为本网站分配的存储空间已满。导入未保存，原有数据保持不变。请删除不再需要的数据集或使用更小的文件。',
  'store.invalid': '备份中的数据已损坏：{detail}。',
  'store.failed': '无法在浏览器中保存数据（{detail}）。导入未保存，原有数据保持不变。',
  'store.missing': '“{name}”的摘要仍在，但此浏览器中找不到其数据行（可能已清除网站数据）。请重新上传文件。',
  'store.readFailed': '无法读取已保存的数据（{detail}）。',
  'store.noEntry': '练习尚未打开，数据未保存。请刷新页面后重试。',

  'backup.datasetsTitle': '已导入的表格也将被替换：',
  'backup.datasetColumn': '数据',
  'backup.datasetSide': { other: '“{name}”，{count} 行' },
  'backup.missingRows': '备份已下载，但不包含这些文件的数据行：{names}——此浏览器中已没有它们。请重新导入这些文件并再次下载备份。',
  'backup.datasetsReadFailed': '无法读取已导入的表格，因此未创建备份（{detail}）。',
  'backup.datasetsWriteFailed': '无法写入备份中的表格，没有任何更改。{reason}',
} satisfies Record<StoreMessageKey, Message>;

export const storeMessages = { ru, en, zh };
