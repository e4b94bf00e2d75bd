import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { exampleCell, templateSheets } from '../../../src/data/import/template';
import { buildWorkbook } from '../../../src/data/exportWorkbook';
import { translator } from '../../../src/i18n/translate';
import { importMessages } from '../../../src/ui/import/messages';
import { templateWording } from '../../../src/ui/import/templateWording';
import type { DatasetSpec } from '../../../src/data/spec';

const spec: DatasetSpec = {
  id: 'survey',
  title: { ru: 'Анкета', en: 'Survey', zh: '问卷' },
  columns: [
    { key: 'customer', type: 'text', required: true, label: { ru: 'Клиент', en: 'Customer', zh: '客户' }, synonyms: { ru: ['клиент', 'покупатель'], en: ['customer', 'client'], zh: ['客户'] } },
    { key: 'visit', type: 'date', required: true, label: { ru: 'Дата визита', en: 'Visit date', zh: '到访日期' }, synonyms: { ru: ['дата'], en: ['date'], zh: ['日期'] } },
    { key: 'spend', type: 'money', required: true, min: 0, label: { ru: 'Сумма чека', en: 'Receipt total', zh: '小票金额' }, synonyms: { ru: ['сумма'], en: ['amount'], zh: ['金额'] } },
    { key: 'share', type: 'percent', required: false, label: { ru: 'Доля скидки', en: 'Discount share', zh: '折扣比例' }, synonyms: { ru: [], en: [], zh: [] } },
    { key: 'score', type: 'likert', required: false, min: 1, max: 7, label: { ru: 'Оценка', en: 'Score', zh: '评分' }, synonyms: { ru: [], en: [], zh: [] } },
    { key: 'segment', type: 'category', required: false, example: 'VIP', label: { ru: 'Сегмент', en: 'Segment', zh: '细分' }, synonyms: { ru: [], en: [], zh: [] } },
    { key: 'launch', type: 'date', required: false, allowFutureDates: true, example: '2026-12-01', label: { ru: 'Запуск', en: 'Launch', zh: '启动' }, synonyms: { ru: [], en: [], zh: [] } },
  ],
};

const today = new Date(2026, 10, 23);

describe('blank template', () => {
  it('writes the headers in the current language, and nothing else, on the data sheet', () => {
    const [data] = templateSheets(spec, 'ru', templateWording(translator(importMessages, 'ru')), today);
    expect(data?.name).toBe('Данные');
    // The example row lived here, and came back as a respondent or a sale: a participant types below it.
    expect(data?.rows).toEqual([['Клиент', 'Дата визита', 'Сумма чека', 'Доля скидки', 'Оценка', 'Сегмент', 'Запуск']]);
    const [headersInChinese] = templateSheets(spec, 'zh', templateWording(translator(importMessages, 'zh')), today);
    expect(headersInChinese?.rows).toEqual([['客户', '到访日期', '小票金额', '折扣比例', '评分', '细分', '启动']]);
  });

  it('puts the typed example of every column on the guide sheet', () => {
    const [, guide] = templateSheets(spec, 'ru', templateWording(translator(importMessages, 'ru')), today);
    expect(guide?.name).toBe('Описание столбцов');
    const example = (guide?.rows.slice(1) ?? []).map((row) => row[4]);
    expect(example[0]).toBe('пример');
    // The 15th of the month before 23 November 2026: a past date the importer accepts.
    expect(example[1]).toBe('2026-10-15');
    expect(example[2]).toBe('1500');
    expect(example[3]).toBe('12 %');
    // Middle of a 1…7 scale: (1 + 7) / 2 = 4.
    expect(example[4]).toBe('4');
    expect(example[5]).toBe('VIP');
    expect(example[6]).toBe('2026-12-01');
  });

  it('explains each column in the guide, true to its type', () => {
    const [, guide] = templateSheets(spec, 'en', templateWording(translator(importMessages, 'en')), today);
    expect(guide?.name).toBe('Columns explained');
    expect(guide?.rows[0]).toEqual(['Column', 'Type', 'Required', 'How to fill it in', 'Example', 'Other names that work']);
    expect(guide?.rows[1]).toEqual(['Customer', 'text', 'yes', 'Any text.', 'example', 'client']);
    expect(guide?.rows[2]?.slice(0, 4)).toEqual(['Visit date', 'date', 'yes', 'A date: 15.03.2025, 2025-03-15 or an Excel date cell. Not later than today.']);
    expect(guide?.rows[3]?.[3]).toBe('An amount: 1200, 1,200.50 or $1,200; the currency sign is optional. At least 0.');
    expect(guide?.rows[5]?.[3]).toBe('A whole number from 1 to 7.');
  });

  it('lists the accepted values of a column with a fixed set of answers, in the template’s language', () => {
    const choices: DatasetSpec = {
      ...spec,
      columns: [
        { ...spec.columns[5]!, accepted: { ru: ['VIP', 'обычный'], en: ['VIP', 'regular'], zh: ['贵宾', '普通'] } },
        { ...spec.columns[0]!, key: 'answer', accepted: { ru: ['Нравится', 'Не нравится'], en: ['I like it', 'I dislike it'], zh: ['喜欢', '不喜欢'] } },
      ],
    };
    const notes = (locale: 'ru' | 'en' | 'zh') => templateSheets(choices, locale, templateWording(translator(importMessages, locale)), today)[1]?.rows.slice(1).map((row) => row[3]);
    expect(notes('ru')).toEqual(['Одно из: VIP, обычный.', 'Одно из: Нравится, Не нравится.']);
    expect(notes('en')).toEqual(['One of: VIP, regular.', 'One of: I like it, I dislike it.']);
    expect(notes('zh')).toEqual(['以下之一：贵宾, 普通。', '以下之一：喜欢, 不喜欢。']);
  });

  it('falls back to sensible examples per type when the spec declares none', () => {
    const wording = { exampleText: 'x' };
    expect(exampleCell({ ...spec.columns[4]!, min: undefined, max: undefined }, wording, today)).toBe(3);
    expect(exampleCell({ ...spec.columns[2]!, type: 'number', min: 20 }, wording, today)).toBe(20);
    // January: the previous month is December of the year before.
    expect(exampleCell(spec.columns[1]!, wording, new Date(2026, 0, 5))).toEqual(new Date(2025, 11, 15));
  });

  it('makes a workbook Excel opens: the header row alone on the data sheet, the guide beside it', () => {
    const sheets = templateSheets(spec, 'ru', templateWording(translator(importMessages, 'ru')), today);
    const bytes: ArrayBuffer = XLSX.write(buildWorkbook(XLSX, sheets), { bookType: 'xlsx', type: 'array' });
    const book = XLSX.read(bytes, { type: 'array', cellDates: true });
    expect(book.SheetNames).toEqual(['Данные', 'Описание столбцов']);
    const data = book.Sheets['Данные']!;
    expect(data.A1?.v).toBe('Клиент');
    expect(data['!ref']).toBe('A1:G1');
    expect(book.Sheets['Описание столбцов']?.E3?.v).toBe('2026-10-15');
  });
});
