import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../../src/i18n/format';
import { translator } from '../../../src/i18n/translate';
import { cellText, cellValue } from '../../../src/trainer/group/cellText';
import { compareExercises } from '../../../src/trainer/group/comparison';
import { groupSheets } from '../../../src/trainer/group/exportGroup';
import { byExercise, mergeHandIns } from '../../../src/trainer/group/merge';
import { groupMessages } from '../../../src/trainer/group/messages';
import { momentText } from '../../../src/trainer/group/momentText';
import { judgeDroppedFile } from '../../../src/trainer/group/readHandIn';
import type { AnyExercise } from '../../../src/workbook/contract';
import { counterExercise, dropped, handIn, percent, section, text, unreadableJson } from './groupFixtures';

const ru = createFormatters('ru', 'RUB');
const tRu = translator(groupMessages, 'ru');
const NBSP = '\u00a0';

describe('cellText: a team’s figure as the page writes it', () => {
  it('writes each kind in the page’s language', () => {
    expect(cellText(percent(0.125), ru, tRu)).toBe(`12,5${NBSP}%`);
    expect(cellText({ kind: 'percent', value: 0.125, decimals: 0 }, ru, tRu)).toBe(`13${NBSP}%`);
    expect(cellText({ kind: 'money', value: 1234567 }, ru, tRu)).toBe(`1${NBSP}234${NBSP}567${NBSP}₽`);
    expect(cellText({ kind: 'number', value: 1.5, decimals: 2 }, ru, tRu)).toBe('1,50');
    expect(cellText({ kind: 'number', value: 2.345 }, ru, tRu)).toBe('2,35');
    expect(cellText({ kind: 'text', value: { ru: 'Привлекательное', en: 'Attractive', zh: '魅力' } }, createFormatters('zh', 'CNY'), translator(groupMessages, 'zh'))).toBe('魅力');
  });

  it('writes months with the language’s plural, following the figure as shown', () => {
    expect(cellText({ kind: 'months', value: 1 }, ru, tRu)).toBe('1 месяц');
    expect(cellText({ kind: 'months', value: 3 }, ru, tRu)).toBe('3 месяца');
    expect(cellText({ kind: 'months', value: 7.04 }, ru, tRu)).toBe('7 месяцев');
    expect(cellText({ kind: 'months', value: 2.46 }, ru, tRu)).toBe('2,5 месяца');
    expect(cellText({ kind: 'months', value: 1 }, createFormatters('en', 'USD'), translator(groupMessages, 'en'))).toBe('1 month');
    expect(cellText({ kind: 'months', value: 11 }, createFormatters('en', 'USD'), translator(groupMessages, 'en'))).toBe('11 months');
  });

  it('shows a dash where a team has no figure', () => {
    expect(cellText(null, ru, tRu)).toBe('—');
    expect(cellText(percent(null), ru, tRu)).toBe('—');
  });

  it('exports figures as numbers with the screen’s format', () => {
    expect(cellValue(percent(0.125), 'ru')).toEqual({ value: 0.125, format: 'percent', decimals: 1 });
    expect(cellValue({ kind: 'money', value: 1500 }, 'ru')).toEqual({ value: 1500, format: 'money', decimals: 0 });
    expect(cellValue({ kind: 'months', value: 7.5 }, 'ru')).toEqual({ value: 7.5, format: 'decimal', decimals: 1 });
    expect(cellValue({ kind: 'number', value: 3, decimals: 2 }, 'ru')).toEqual({ value: 3, format: 'decimal', decimals: 2 });
    expect(cellValue({ kind: 'text', value: text('да') }, 'ru')).toBe('да');
    expect(cellValue(null, 'ru')).toBeNull();
  });

  it('writes the moment a team handed in to the minute', () => {
    // The tests run in the machine's time zone: the expected text is built from the same moment's local fields.
    const moment = new Date(2025, 2, 1, 9, 5);
    expect(momentText(moment.toISOString(), ru)).toBe('01.03.2025, 09:05');
    expect(momentText('вчера', ru)).toBe('вчера');
  });
});

describe('groupSheets: the group view as a workbook', () => {
  const exercise = { ...counterExercise, order: 1, title: text('Счётчик'), summary: text(''), inputs: [], steps: [], toSheets: () => [], group: async () => ({ summarize: () => ({ sections: [] }) }) } satisfies AnyExercise;
  const files = [
    dropped('1.json', handIn('Команда 1', '2025-03-01T10:30:00.000Z', [section('gaps', [['a', percent(0.1)], ['pay', { kind: 'months', value: 7 }]], 'Разрывы')])),
    dropped('2.json', handIn('Команда 2', '2025-03-01T10:20:00.000Z', [section('gaps', [['a', percent(0.2)]], 'Разрывы')])),
    dropped('1-old.json', handIn('команда 1', '2025-03-01T09:00:00.000Z')),
    unreadableJson('broken.json'),
  ];
  const merged = mergeHandIns(files.map((file) => judgeDroppedFile(file, [exercise], 'ru')));
  const groups = byExercise(merged.current, ['counter'], (a, b) => a.localeCompare(b));
  const pooled = { sections: [section('gaps', [['a', percent(0.15)]], 'Разрывы')] };

  it('puts each exercise on a sheet: its tables rows × teams, then the pooled column', () => {
    const comparisons = compareExercises(groups, [exercise], new Map([['counter', { status: 'ready', summary: pooled, teams: 2 }]]));
    const [sheet] = groupSheets(comparisons, merged.files, [exercise], 'ru', tRu);
    expect(sheet?.name).toBe('Счётчик');
    expect(sheet?.rows).toEqual([
      ['Счётчик'],
      [],
      ['Разрывы'],
      ['Показатель', 'Команда 1', 'Команда 2', 'Все команды вместе'],
      ['a', { value: 0.1, format: 'percent', decimals: 1 }, { value: 0.2, format: 'percent', decimals: 1 }, { value: 0.15, format: 'percent', decimals: 1 }],
      ['pay (мес.)', { value: 7, format: 'decimal', decimals: 0 }, null, null],
      [],
      ['«Все команды вместе» — ответы 2 команд, сложенные в один опрос.'],
    ]);
  });

  it('lists every file with its team, exercise, time and what became of it', () => {
    const sheets = groupSheets(compareExercises(groups, [exercise], new Map()), merged.files, [exercise], 'ru', tRu);
    const list = sheets.at(-1);
    expect(list?.name).toBe('Файлы');
    expect(list?.rows.map((row) => [row[0], row[1], row[2], row[4]])).toEqual([
      ['Файл', 'Команда', 'Упражнение', 'Статус'],
      ['1.json', 'Команда 1', 'Счётчик', 'В сравнении'],
      ['2.json', 'Команда 2', 'Счётчик', 'В сравнении'],
      ['1-old.json', 'команда 1', 'Счётчик', 'Заменён более новым файлом этой команды (1.json)'],
      ['broken.json', null, null, 'Пропущен: это не файл JSON, а значит, не файл сдачи'],
    ]);
    expect(list?.rows[1]?.[3]).toEqual(new Date('2025-03-01T10:30:00.000Z'));
  });

  it('lists the teams with their times for an exercise that declares nothing to compare', () => {
    const undeclared = { ...exercise, group: undefined };
    const [sheet] = groupSheets(compareExercises(groups, [undeclared], new Map()), merged.files, [undeclared], 'ru', tRu);
    expect(sheet?.rows.slice(2)).toEqual([
      ['Команда', 'Сдано'],
      ['Команда 1', new Date('2025-03-01T10:30:00.000Z')],
      ['Команда 2', new Date('2025-03-01T10:20:00.000Z')],
    ]);
  });
});
