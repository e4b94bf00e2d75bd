import { defineMessages } from '../i18n/translate';
import type { Message } from '../i18n/messages';

/**
 * The shell's words about the user's work as a whole: where a newcomer starts, a reminder to keep a backup, and
 * the currency that follows the language. Apart from the shell's catalog so this part can grow on its own.
 */
const ru = {
  'currency.byLanguage': 'По языку: {currency}',
  'currency.byLanguageShort': 'По языку ({sign})',
  'home.startTitle': 'С чего начать',
  'home.startText': 'Откройте первое упражнение: оно начинается с демонстрационных данных, замените их своими по ходу. Всё сохраняется в этом браузере само.',
  'home.startButton': 'Начать: {title}',
  'home.demoUntouched': 'Демо-данные, не изменены',
  'home.backupReminder': 'Ваша работа хранится только в этом браузере. Скачайте резервную копию: с ней работу можно перенести на другой компьютер или вернуть после очистки браузера.',
  'home.backupReminderSince': 'Последняя резервная копия скачана {date}; с тех пор работа изменилась. Скачайте новую.',
  'home.backupDownload': 'Скачать резервную копию',
  'home.loading': 'Загружаем ход работы…',
} satisfies Record<string, Message>;

export type WorkbookMessageKey = keyof typeof ru;

const en: Record<WorkbookMessageKey, Message> = {
  'currency.byLanguage': 'By language: {currency}',
  'currency.byLanguageShort': 'By language ({sign})',
  'home.startTitle': 'Where to start',
  'home.startText': 'Open the first exercise: it starts with demo data, which you replace with your own as you go. Everything is saved in this browser by itself.',
  'home.startButton': 'Start: {title}',
  'home.demoUntouched': 'Demo data, unchanged',
  'home.backupReminder': 'Your work is kept only in this browser. Download a backup: it moves your work to another computer or brings it back after the browser is cleared.',
  'home.backupReminderSince': 'The last backup was downloaded on {date}, and your work has changed since. Download a new one.',
  'home.backupDownload': 'Download backup',
  'home.loading': 'Loading your progress…',
};

const zh: Record<WorkbookMessageKey, Message> = {
  'currency.byLanguage': '随界面语言：{currency}',
  'currency.byLanguageShort': '随界面语言（{sign}）',
  'home.startTitle': '从这里开始',
  'home.startText': '打开第一个练习：它以演示数据开始，您可以边做边换成自己的数据。所有内容都会自动保存在此浏览器中。',
  'home.startButton': '开始：{title}',
  'home.demoUntouched': '演示数据，未修改',
  'home.backupReminder': '您的工作只保存在此浏览器中。请下载备份：借助备份可以把工作转移到另一台电脑，或在清除浏览器数据后恢复。',
  'home.backupReminderSince': '上次下载备份是在 {date}，此后您的工作有了变化。请下载新的备份。',
  'home.backupDownload': '下载备份',
  'home.loading': '正在加载您的进度…',
};

export const workbookMessages = defineMessages({ ru, en, zh });
