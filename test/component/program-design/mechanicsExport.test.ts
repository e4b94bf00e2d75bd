import { describe, expect, it } from 'vitest';
import { goalSheets } from '../../../exercises/program-design/export/goal';
import { mechanicsSheets } from '../../../exercises/program-design/export/mechanics';
import { blankProgramDesignState } from '../../../exercises/program-design/demo';
import { emptyRules, type ProgramDesignState } from '../../../exercises/program-design/state';
import { createFormatters } from '../../../src/i18n/format';
import type { Locale } from '../../../src/i18n/locale';
import { exportDatasets } from '../../../src/workbook/exerciseData';

const context = (locale: Locale) => ({ locale, format: createFormatters(locale, 'RUB'), datasets: exportDatasets('program-design') });
const longText = 'Баллы начисляются на каждую покупку. '.repeat(40);

const design = (): ProgramDesignState => ({
  ...blankProgramDesignState(),
  name: 'Кофе+',
  goals: ['retain', 'frequency'],
  goalText: 'Частота с 2,1 до 2,6 в месяц',
  market: 'b2c',
  stage: 'maturity',
  target: { source: 'segmentation', segmentKeys: ['key', 'keyAtRisk'], description: 'Офисные работники рядом с кофейнями' },
  mechanics: {
    source: 'own',
    taken: null,
    types: ['points', 'tiers'],
    chosen: [
      { id: 'm1', type: 'points', rewardRate: 0.055, threshold: 1500, expiryMonths: 12, rules: longText },
      { id: 'm2', type: 'tiers', rewardRate: null, threshold: null, expiryMonths: null, rules: '' },
    ],
  },
  rules: { ...emptyRules(), earning: '5 % баллами', communication: 'Чек и приложение' },
  channel: { throughPartners: true, partnersSide: 'Бонус продавцу за каждого участника' },
});

describe('the export of steps 1 and 2', () => {
  it('writes the goal and the targets, texts whole', () => {
    const [sheet] = goalSheets(design(), context('ru'));
    expect(sheet?.name).toBe('Цель и клиенты');
    expect(sheet?.rows).toEqual([
      ['Пункт', 'Значение'],
      ['Название программы', 'Кофе+'],
      ['Число целей', 2],
      ['Цели', 'Удержать клиентов'],
      ['', 'Покупки чаще'],
      ['Цель своими словами', 'Частота с 2,1 до 2,6 в месяц'],
      ['Рынок', 'B2C: продажи людям'],
      ['Стадия жизненного цикла', 'Зрелость'],
      ['Источник целевых клиентов', 'Сегменты из упражнения «Сегментация»'],
      ['Число выбранных сегментов', 2],
      ['Выбранные сегменты (ключи сегментации)', 'key'],
      ['', 'keyAtRisk'],
      ['Целевые клиенты', 'Офисные работники рядом с кофейнями'],
    ]);
    expect(goalSheets(blankProgramDesignState(), context('zh'))[0]?.rows).toContainEqual(['市场', '未选择']);
  });

  it('writes the mechanics’ parameters as formatted numbers, the rules and the partners’ side', () => {
    const [sheet] = mechanicsSheets(design(), context('en'));
    expect(sheet?.name).toBe('Mechanics and rules');
    const rows = sheet?.rows ?? [];
    const header = rows.findIndex((row) => row[0] === 'No.');
    expect(rows[header + 1]).toEqual([1, 'Points and bonuses', { value: 0.055, format: 'percent', decimals: 1 }, { value: 1500, format: 'money', decimals: 0 }, 12, longText]);
    expect(rows[header + 2]).toEqual([2, 'Tiered status', null, null, null, '']);
    expect(rows).toContainEqual(['Earning', '5 % баллами']);
    expect(rows).toContainEqual(['Tier changes', '']);
    expect(rows).toContainEqual(['Through partners', 'yes']);
    expect(rows).toContainEqual(['The partners’ side', 'Бонус продавцу за каждого участника']);
    expect(rows).toContainEqual(['Program types considered', 'Points and bonuses; Tiered status']);
  });
});
