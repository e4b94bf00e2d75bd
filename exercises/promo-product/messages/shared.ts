import { defineMessages } from '../../../src/i18n/translate';

/** Texts every results step shares: where its receipts come from. */
export const sharedMessages = defineMessages({
  ru: {
    'origin.noneTitle': 'Чеков пока нет',
    'origin.none': 'Загрузите строки своих чеков на шаге «Чеки» или посмотрите, как всё работает, на чеках учебного магазина.',
    'origin.toReceipts': 'К шагу «Чеки»',
    'origin.useDemo': 'Открыть учебный магазин',
    'origin.demo': 'Показано на чеках учебного продуктового магазина. Свои чеки загрузите на шаге «Чеки» — всё пересчитается по ним.',
    'origin.unreadable': 'Сохранённые чеки не удалось прочитать (данные сайта могли быть очищены). Загрузите файл ещё раз на шаге «Чеки».',
    'origin.loading': 'Считаем по чекам…',
  },
  en: {
    'origin.noneTitle': 'No receipts yet',
    'origin.none': 'Import your receipt lines on the "Receipts" step, or see how it all works on the demo grocery store’s receipts.',
    'origin.toReceipts': 'Go to "Receipts"',
    'origin.useDemo': 'Open the demo store',
    'origin.demo': 'Shown on the demo grocery store’s receipts. Import your own on the "Receipts" step and everything is recomputed from them.',
    'origin.unreadable': 'The stored receipts could not be read (the site’s data may have been cleared). Import the file again on the "Receipts" step.',
    'origin.loading': 'Working through the receipts…',
  },
  zh: {
    'origin.noneTitle': '还没有小票数据',
    'origin.none': '请在“小票”步骤导入您的小票明细，或先用示例超市的小票看看整个流程。',
    'origin.toReceipts': '前往“小票”步骤',
    'origin.useDemo': '打开示例超市',
    'origin.demo': '当前显示的是示例超市的小票。在“小票”步骤导入您自己的数据后，所有结果都会按您的数据重新计算。',
    'origin.unreadable': '无法读取已保存的小票（网站数据可能已被清除）。请在“小票”步骤重新导入文件。',
    'origin.loading': '正在计算小票数据…',
  },
});
