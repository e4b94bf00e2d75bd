import type { DatasetSpec } from '../../../src/data/spec';
import type { ExerciseEntry } from '../../../src/store/schema';
import { exerciseEntry } from '../../builders';

/** A sales table as the ROI exercise will ask for it, small enough to check by eye. */
export const salesSpec: DatasetSpec = {
  id: 'sales',
  title: { ru: 'Продажи', en: 'Sales', zh: '销售' },
  columns: [
    { key: 'customer', type: 'text', required: true, label: { ru: 'Клиент', en: 'Customer', zh: '客户' }, synonyms: { ru: ['клиент', 'покупатель'], en: ['customer'], zh: ['客户'] } },
    { key: 'date', type: 'date', required: true, label: { ru: 'Дата', en: 'Date', zh: '日期' }, synonyms: { ru: ['дата'], en: ['date'], zh: ['日期'] } },
    { key: 'amount', type: 'money', required: true, min: 0, label: { ru: 'Сумма', en: 'Amount', zh: '金额' }, synonyms: { ru: ['сумма'], en: ['amount'], zh: ['金额'] } },
    { key: 'member', type: 'category', required: false, label: { ru: 'Участник программы', en: 'Member', zh: '会员' }, synonyms: { ru: ['участник'], en: ['member'], zh: ['会员'] }, example: 'да' },
  ],
};

export function entry(): ExerciseEntry {
  return exerciseEntry({ updatedAt: '2026-11-01T00:00:00.000Z' });
}

export { resetDatasetsDatabase } from '../../support/datasetsDatabase';
