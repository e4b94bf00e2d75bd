import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../../src/i18n/format';
import { LOCALES } from '../../../src/i18n/locale';
import type { CellValue, SheetSpec } from '../../../src/data/sheet';
import { planSheets } from '../../../exercises/loyalty-measurement/export/plan';
import { demoLoyaltyState } from '../../../exercises/loyalty-measurement/demo';
import { exportRuleBreaches, idsIn, writtenWorkbook } from '../../exportedWorkbook';
import { loyaltyState, planEntry } from '../../builders/loyalty';

const ru = { locale: 'ru' as const, format: createFormatters('ru', 'RUB') };

function sheet(sheets: SheetSpec[], name: string): SheetSpec {
  const found = sheets.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

function row(spec: SheetSpec, label: string): CellValue[] {
  const found = spec.rows.find((cells) => cells[0] === label);
  if (!found) throw new Error(`no row ${label} on ${spec.name}`);
  return found;
}

describe('the Excel sheets of steps 1–3', () => {
  it('writes the demo plan a metric a row, numbers in their unit, suggestions filled in and named', () => {
    const sheets = planSheets(demoLoyaltyState(), ru);
    expect(sheets.map((spec) => spec.name)).toEqual(['План измерений', 'Профиль бизнеса', 'Определение и лестница']);
    const plan = sheet(sheets, 'План измерений');
    expect(plan.rows[0]).toEqual([
      'Метрика', 'Источник данных', 'Вопрос или расчёт', 'Как часто', 'Ответственный', 'Цель', 'Тревога', 'Единица', 'Направление', 'Взято из подсказок каталога',
    ]);
    expect(plan.rows).toHaveLength(1 + 6);
    expect(row(plan, 'NPS (индекс готовности рекомендовать)')).toEqual([
      'NPS (индекс готовности рекомендовать)',
      'Опрос клиентов (онлайн-анкета после покупки, звонок, рассылка)',
      '«Насколько вероятно, что вы порекомендуете нас другу или коллеге?» 0–10. NPS = % ответов 9–10 − % ответов 0–6',
      'Ежеквартально',
      'Руководитель по работе с клиентами',
      { value: 30, format: 'decimal', decimals: 0 },
      { value: 0, format: 'decimal', decimals: 0 },
      'пунктов',
      'больше — лучше: тревога ниже цели',
      'Источник данных, Вопрос или расчёт, Ответственный',
    ]);
    // A percentage target of 80 is the share 0.8, shown as 80 %.
    expect(row(plan, 'CSAT (удовлетворённость)').slice(5, 8)).toEqual([{ value: 0.8, format: 'percent', decimals: 0 }, { value: 0.65, format: 'percent', decimals: 0 }, '%']);
    expect(row(plan, 'Доля жалоб').slice(5, 9)).toEqual([
      { value: 0.01, format: 'percent', decimals: 0 }, { value: 0.03, format: 'percent', decimals: 0 }, '%', 'меньше — лучше: тревога выше цели',
    ]);
  });

  it('keeps the participant’s own texts as theirs, and an amount in the currency', () => {
    const state = loyaltyState({
      plan: [planEntry({ metric: 'averageCheck', source: 'Касса', method: 'Выручка / чеки', owner: 'Финансы', frequency: 'monthly', target: 1850.5, alarm: 1500 })],
      meaning: { view: 'behavioural', definition: 'Покупает каждый месяц' },
    });
    const sheets = planSheets(state, ru);
    expect(sheet(sheets, 'План измерений').rows[1]).toEqual([
      'Средний чек', 'Касса', 'Выручка / чеки', 'Ежемесячно', 'Финансы',
      { value: 1850.5, format: 'money', decimals: 1 }, { value: 1500, format: 'money', decimals: 0 }, 'RUB', 'больше — лучше: тревога ниже цели', '',
    ]);
    const meaning = sheet(sheets, 'Определение и лестница');
    expect(row(meaning, 'Определение лояльного клиента')).toEqual(['Определение лояльного клиента', 'Покупает каждый месяц', 'свой']);
    expect(row(meaning, 'Что для вас лояльность')[1]).toBe('Поведение');
  });

  it('writes the profile, the recommendation with reasons, the type shares with their sum and the ladder with default strategies marked', () => {
    const sheets = planSheets(demoLoyaltyState(), ru);
    const profile = sheet(sheets, 'Профиль бизнеса');
    expect(row(profile, 'Типичный интервал между покупками одного клиента')).toEqual(['Типичный интервал между покупками одного клиента', 30, 'дней']);
    expect(row(profile, 'Период удержания (предложен по циклу покупки)')[1]).toBe('месяц');
    expect(row(profile, 'Доля жалоб')[1]).toMatch(/^Журнал жалоб уже есть/);

    const meaning = sheet(sheets, 'Определение и лестница');
    expect(row(meaning, 'Постоянная: к цене')).toEqual(['Постоянная: к цене', { value: 0.25, format: 'percent', decimals: 0 }]);
    // 15 + 10 + 10 + 25 + 10 + 10 + 10 + 10 = 100.
    expect(row(meaning, 'Сумма долей')).toEqual(['Сумма долей', { value: 1, format: 'percent', decimals: 0 }]);
    expect(row(meaning, 'Повторный покупатель')).toEqual([
      'Повторный покупатель', 'да', 'Удержать: персональные предложения, удобство повторного заказа, программа лояльности.', 'подсказка каталога',
    ]);
    expect(row(meaning, 'Определение лояльного клиента')[2]).toBe('подсказка каталога');
  });

  it.each(LOCALES)('keeps the export rules in %s, and a Chinese export has no Russian in it', (locale) => {
    const currency = locale === 'zh' ? 'CNY' : 'RUB';
    const state = demoLoyaltyState();
    const sheets = planSheets(state, { locale, format: createFormatters(locale, currency) });
    expect(exportRuleBreaches(writtenWorkbook(sheets, { locale, currency }), idsIn(state))).toEqual([]);
    if (locale !== 'ru') {
      const texts = sheets.flatMap((spec) => spec.rows.flat()).filter((cell): cell is string => typeof cell === 'string');
      expect(texts.filter((text) => /[\u0400-\u04ff]/.test(text))).toEqual([]);
    }
  });
});
