import { describe, expect, it } from 'vitest';
import { demoSegmentationState } from '../../../exercises/segmentation/demo';
import { segmentsMessages } from '../../../exercises/segmentation/messages/segments';
import { segmentsReading } from '../../../exercises/segmentation/steps/segments/segmentsReading';
import type { SegmentationFigures } from '../../../exercises/segmentation/analysis/segmentationAnalysis';
import type { SegmentationState } from '../../../exercises/segmentation/state';
import { translator } from '../../../src/i18n/translate';
import { fixtureFigures, fixtureNames } from './segmentsFixture';

function read(state: SegmentationState, figures: SegmentationFigures): string[] {
  const names = fixtureNames(state);
  return segmentsReading(figures, state.segments, {
    t: translator(segmentsMessages, 'ru'),
    segment: (key) => names.segment(key),
    criterion: names.criterion,
    missing: names.missing,
    percent: (share) => `${(share * 100).toFixed(1)}%`,
    list: (items) => items.join(' и '),
  }).sentences.map((sentence) => sentence.replace(/\u00a0/g, ' '));
}

describe('segments reading', () => {
  it('counts the segments, weighs "others", names the largest by revenue', () => {
    const sentences = read(demoSegmentationState(), fixtureFigures('rules'));
    expect(sentences).toEqual([
      'Правила делят 10 клиентов на 5 сегментов с клиентами, не считая «Остальных».',
      // Others: 3 of 10 customers, 85 of 1 000 revenue; 30 % is over the 20 % that counts as many.
      'В «Остальных» — 30.0% клиентов и 8.5% выручки.',
      'Это много: правила не описывают заметную часть базы. Добавьте правило или отметьте больше значений.',
      'Больше всего выручки у сегмента «Ключевые»: 10.0% клиентов и 35.0% выручки.',
      'Когда сегменты вас устроят, сравните их на шаге «Профили сегментов».',
    ]);
  });

  it('names the rules that name nobody, and why', () => {
    const state = demoSegmentationState();
    state.segments.rules = [...state.segments.rules, { id: 'rule1', name: 'Юг', conditions: [{ criterion: 'region', values: ['Юг'] }] }];
    const figures = fixtureFigures('rules');
    figures.segments = figures.segments.map((segment) => (segment.key === 'newcomers' ? { ...segment, customers: 0, revenue: 0 } : segment));
    figures.segments.splice(5, 0, { ...figures.segments[2]!, key: 'rule1' });
    figures.unavailable = [{ ruleId: 'rule1', criterion: 'region' }];
    const sentences = read(state, figures);
    expect(sentences).toContain('«Новички»: никого — подходящих клиентов забирают правила выше или в условии ничего не отмечено.');
    expect(sentences).toContain('«Юг» никого не называет: критерия «Регион» нет в ваших данных. Нужна колонка «Регион» в списке клиентов.');
    expect(sentences[0]).toBe('Правила делят 10 клиентов на 4 сегмента с клиентами, не считая «Остальных».');
  });

  it('reads a cross-tab: filled cells of all, the largest cell, the cells too small to work with', () => {
    const state = demoSegmentationState();
    state.segments = { ...state.segments, mode: 'crossTab', crossTab: { rows: 'abc', columns: 'stage' } };
    expect(read(state, fixtureFigures('crossTab'))).toEqual([
      'Таблица «Класс ABC» × «Стадия жизненного цикла» делит 10 клиентов на 9 непустых клеток из 12 возможных.',
      'Больше всего выручки у сегмента «A · Постоянные»: 10.0% клиентов и 35.0% выручки.',
      // Every cell holds one or two customers: all nine under ten.
      '9 клеток с клиентами меньше 10 — слишком мало, чтобы работать с ними отдельно; объедините такие клетки правилами.',
      'Когда сегменты вас устроят, сравните их на шаге «Профили сегментов».',
    ]);
    state.segments.crossTab = { rows: 'abc', columns: 'region' };
    expect(read(state, fixtureFigures('crossTab'))).toEqual(['Для таблицы нужны два разных критерия, которые есть в ваших данных: выберите их ниже.']);
  });
});
