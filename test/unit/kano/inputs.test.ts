import { describe, expect, it } from 'vitest';
import { proposeMapping } from '../../../src/data/import/mapping';
import { KANO_LONG_RESPONSES } from '../../../exercises/kano/inputs';
import { KANO_ANSWER_CHOICES } from '../../../exercises/kano/questions';
import { parseKanoAnswer } from '../../../exercises/kano/model';
import { demoKanoState } from '../../../exercises/kano/demo';
import { featureText } from '../../../exercises/kano/content';
import { wideResponsesSpec } from '../../../exercises/kano/steps/shared/wideResponses';
import { templateSheets } from '../../../src/data/import/template';
import type { DatasetSpec } from '../../../src/data/spec';
import { LOCALES, type Locale } from '../../../src/i18n/locale';
import { translator } from '../../../src/i18n/translate';
import { importMessages } from '../../../src/ui/import/messages';
import { templateWording } from '../../../src/ui/import/templateWording';

describe('the long response layout is recognised from headers in each language', () => {
  it.each([
    [['Респондент', 'Свойство', 'Функциональный', 'Дисфункциональный', 'Важность', 'Сегмент']],
    [['Respondent ID', 'Feature', 'Functional answer', 'Dysfunctional answer', 'Importance', 'Segment']],
    [['受访者', '特性', '正向问题', '反向问题', '重要性', '客户类型']],
  ])('%j', (headers) => {
    expect(proposeMapping(headers, KANO_LONG_RESPONSES)).toEqual({
      respondent: 0,
      feature: 1,
      functional: 2,
      dysfunctional: 3,
      importance: 4,
      segment: 5,
    });
  });
});

describe('the response template explains the answer columns truly', () => {
  const state = demoKanoState();
  const wide = wideResponsesSpec('kano-answers-1', state.features, state.questionnaire, 'ru');
  const notes = (spec: DatasetSpec, locale: Locale) => {
    const [, guide] = templateSheets(spec, locale, templateWording(translator(importMessages, locale)), new Date(2026, 0, 15));
    return new Map((guide?.rows.slice(1) ?? []).map((row) => [String(row[0]), row[3]]));
  };

  it('lists the five answers in the template’s language where it said "any text"', () => {
    const feature = state.features[0]!;
    const ru = notes(wide, 'ru');
    const name = featureText(feature, 'ru').name;
    expect(ru.get(`${name} (функциональный)`)).toBe('Одно из: Нравится, Так и должно быть, Мне всё равно, Могу смириться, Не нравится.');
    expect(ru.get(`${name} (дисфункциональный)`)).toBe('Одно из: Нравится, Так и должно быть, Мне всё равно, Могу смириться, Не нравится.');
    const en = notes(wide, 'en');
    expect(en.get(`${featureText(feature, 'en').name} (functional)`)).toBe('One of: I like it, It must be that way, I am neutral, I can live with it, I dislike it.');
    const zh = notes(wide, 'zh');
    expect(zh.get(`${featureText(feature, 'zh').name}（正向）`)).toBe('以下之一：喜欢, 理所当然, 无所谓, 可以忍受, 不喜欢。');
    // The respondent really is any text.
    expect(ru.get('Респондент')).toBe('Любой текст.');
  });

  it('does the same for the long layout', () => {
    expect(notes(KANO_LONG_RESPONSES, 'ru').get('Функциональный ответ')).toBe('Одно из: Нравится, Так и должно быть, Мне всё равно, Могу смириться, Не нравится.');
  });

  it('lists only answers the parser reads', () => {
    for (const locale of LOCALES) for (const label of KANO_ANSWER_CHOICES[locale]) expect(parseKanoAnswer(label).kind).toBe('answer');
  });
});
