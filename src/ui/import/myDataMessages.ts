import { defineMessages } from '../../i18n/translate';
import type { Message } from '../../i18n/messages';

/**
 * "My data": the files a participant has imported, as the home page lists them, and the note an import block
 * shows for a file every exercise shares. Apart from messages.ts so the list does not bring the whole import
 * flow's strings along.
 */
const ru = {
  'myData.title': 'Мои данные',
  'myData.intro': 'Файлы, которые вы загрузили. Они хранятся только в этом браузере и входят в резервную копию.',
  'myData.empty': 'Вы ещё не загружали своих файлов: упражнения считают на демонстрационных данных.',
  'myData.loading': 'Читаем, что хранится в браузере…',
  'myData.caption': 'Загруженные файлы',
  'myData.column.file': 'Файл',
  'myData.column.what': 'Что в нём',
  'myData.column.usedIn': 'Где используется',
  'myData.column.rows': 'Строк',
  'myData.column.size': 'Размер',
  'myData.column.imported': 'Загружен',
  'myData.column.actions': 'Действия',
  'myData.shared': 'общий файл',
  'myData.notUsed': 'пока нигде',
  'myData.sizeUnknown': '—',
  'myData.rowsMissing': 'строк нет в этом браузере',
  'myData.csv': 'CSV',
  'myData.csvLabel': 'Скачать строки «{name}» в CSV',
  'myData.remove': 'Удалить',
  'myData.removeLabel': 'Удалить «{name}»',
  'myData.removeTitle': 'Удалить «{name}»?',
  'myData.removeText': 'Строки файла будут удалены из этого браузера. Где он используется ({usedIn}), упражнения вернутся к демонстрационным данным или попросят загрузить файл. Вернуть его можно только из резервной копии.',
  'myData.removeConfirm': 'Удалить файл',
  'myData.removed': 'Файл «{name}» удалён.',
  'myData.csvFailed': 'CSV из «{name}» не удалось записать: {reason}. Строки в браузере не изменились.',
  'myData.sharedNote': 'Этот файл общий: его видят все упражнения, которым нужны продажи, загружать его ещё раз не нужно. Список всех файлов — в разделе «Мои данные» на главной странице.',
} satisfies Record<string, Message>;

export type MyDataMessageKey = keyof typeof ru;

const en = {
  'myData.title': 'My data',
  'myData.intro': 'The files you have imported. They are kept in this browser only and go into the backup file.',
  'myData.empty': 'You have not imported any files yet: the exercises compute on demo data.',
  'myData.loading': 'Reading what this browser holds…',
  'myData.caption': 'Imported files',
  'myData.column.file': 'File',
  'myData.column.what': 'What it holds',
  'myData.column.usedIn': 'Used in',
  'myData.column.rows': 'Rows',
  'myData.column.size': 'Size',
  'myData.column.imported': 'Imported',
  'myData.column.actions': 'Actions',
  'myData.shared': 'shared file',
  'myData.notUsed': 'nowhere yet',
  'myData.sizeUnknown': '—',
  'myData.rowsMissing': 'rows not in this browser',
  'myData.csv': 'CSV',
  'myData.csvLabel': 'Download the rows of “{name}” as CSV',
  'myData.remove': 'Remove',
  'myData.removeLabel': 'Remove “{name}”',
  'myData.removeTitle': 'Remove “{name}”?',
  'myData.removeText': 'The file’s rows will be deleted from this browser. Where it is used ({usedIn}), the exercises go back to demo data or ask for a file. Only a backup can bring it back.',
  'myData.removeConfirm': 'Remove the file',
  'myData.removed': 'The file “{name}” has been removed.',
  'myData.csvFailed': 'The CSV of “{name}” could not be written: {reason}. The rows in this browser are unchanged.',
  'myData.sharedNote': 'This file is shared: every exercise that needs sales sees it, so there is no need to import it again. All your files are listed under “My data” on the home page.',
} satisfies Record<MyDataMessageKey, Message>;

const zh = {
  'myData.title': '我的数据',
  'myData.intro': '您导入的文件。它们只保存在本浏览器中，并包含在备份文件里。',
  'myData.empty': '您还没有导入自己的文件：各练习使用演示数据计算。',
  'myData.loading': '正在读取浏览器中保存的内容…',
  'myData.caption': '已导入的文件',
  'myData.column.file': '文件',
  'myData.column.what': '内容',
  'myData.column.usedIn': '使用于',
  'myData.column.rows': '行数',
  'myData.column.size': '大小',
  'myData.column.imported': '导入时间',
  'myData.column.actions': '操作',
  'myData.shared': '共享文件',
  'myData.notUsed': '暂未使用',
  'myData.sizeUnknown': '—',
  'myData.rowsMissing': '此浏览器中没有这些数据行',
  'myData.csv': 'CSV',
  'myData.csvLabel': '将“{name}”的数据行下载为 CSV',
  'myData.remove': '删除',
  'myData.removeLabel': '删除“{name}”',
  'myData.removeTitle': '删除“{name}”？',
  'myData.removeText': '该文件的数据行将从本浏览器中删除。使用它的练习（{usedIn}）将回到演示数据或提示您上传文件。只有备份文件才能恢复它。',
  'myData.removeConfirm': '删除文件',
  'myData.removed': '文件“{name}”已删除。',
  'myData.csvFailed': '未能写出“{name}”的 CSV：{reason}。浏览器中的数据行没有改变。',
  'myData.sharedNote': '此文件为共享文件：所有需要销售数据的练习都能看到它，无需再次导入。所有文件都列在首页的“我的数据”中。',
} satisfies Record<MyDataMessageKey, Message>;

export const myDataMessages = defineMessages({ ru, en, zh });
