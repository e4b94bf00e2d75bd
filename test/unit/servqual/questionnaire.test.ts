import { describe, expect, it } from 'vitest';
import { ADAPTATION_PRESETS, GENERIC_STATEMENTS, presetText, statementText } from '../../../exercises/servqual/statements';
import { DIMENSIONS, ITEM_COUNT, PRESET_IDS, dimensionOfItem, itemsOfDimension } from '../../../exercises/servqual/structure';
import { defaultStatementSettings, enabledItems, servqualStateSchema } from '../../../exercises/servqual/state';
import { blankServqualState, demoServqualState } from '../../../exercises/servqual/demo';
import { RESPONSES_SPEC_ID, responseSpec, responsesFromRows, waveDatasetKey } from '../../../exercises/servqual/inputs';
import { servqualMessages } from '../../../exercises/servqual/messages';
import { LOCALES } from '../../../src/i18n/locale';
import { normalizeHeader, proposeMapping } from '../../../src/data/import/mapping';

describe('the questionnaire', () => {
  it('has METHODS.md dimensions: tangibles 1–4, reliability 5–9, responsiveness 10–13, assurance 14–17, empathy 18–22', () => {
    expect(itemsOfDimension('tangibles')).toEqual([1, 2, 3, 4]);
    expect(itemsOfDimension('reliability')).toEqual([5, 6, 7, 8, 9]);
    expect(itemsOfDimension('responsiveness')).toEqual([10, 11, 12, 13]);
    expect(itemsOfDimension('assurance')).toEqual([14, 15, 16, 17]);
    expect(itemsOfDimension('empathy')).toEqual([18, 19, 20, 21, 22]);
    expect(DIMENSIONS.flatMap(itemsOfDimension)).toHaveLength(ITEM_COUNT);
    expect(() => dimensionOfItem(23)).toThrow();
  });

  it('has 22 distinct, non-empty statements in every language', () => {
    expect(GENERIC_STATEMENTS).toHaveLength(ITEM_COUNT);
    for (const locale of LOCALES) {
      const texts = GENERIC_STATEMENTS.map((statement) => statement.text[locale].trim());
      expect(texts.every((text) => text.length > 10)).toBe(true);
      expect(new Set(texts).size).toBe(ITEM_COUNT);
    }
    GENERIC_STATEMENTS.forEach((statement, index) => expect(statement.dimension).toBe(dimensionOfItem(index + 1)));
  });

  it('offers a bank, a shop and a B2B supplier, each rewriting a few statements in every language', () => {
    for (const id of ['bank', 'shop', 'b2b'] as const) {
      const rewritten = Object.keys(ADAPTATION_PRESETS[id].rewrites).map(Number);
      expect(rewritten.length).toBeGreaterThanOrEqual(5);
      for (const item of rewritten) {
        for (const locale of LOCALES) {
          expect(presetText(item, id, locale)).not.toBe(presetText(item, 'generic', locale));
          expect(presetText(item, id, locale).length).toBeGreaterThan(10);
        }
      }
    }
  });

  it("uses the participant's own text, and falls back to the preset when it is cleared", () => {
    expect(statementText(11, 'shop', 'Касса работает быстро.', 'ru')).toBe('Касса работает быстро.');
    expect(statementText(11, 'shop', '   ', 'en')).toBe('Checkout queues are short and shoppers are served quickly.');
    expect(statementText(12, 'shop', null, 'en')).toBe(GENERIC_STATEMENTS[11]?.text.en);
  });
});

describe('the state', () => {
  it('accepts the demo and the blank state', () => {
    expect(servqualStateSchema.safeParse(demoServqualState()).success).toBe(true);
    expect(servqualStateSchema.safeParse(blankServqualState()).success).toBe(true);
  });

  it('keeps items in their places, so an edited statement cannot change dimension', () => {
    const state = blankServqualState();
    const swapped = [...state.questionnaire.statements];
    [swapped[0], swapped[4]] = [swapped[4]!, swapped[0]!];
    const result = servqualStateSchema.safeParse({ ...state, questionnaire: { ...state.questionnaire, statements: swapped } });
    expect(result.success).toBe(false);
  });

  it('allows the 7- and 5-point scales only', () => {
    const state = blankServqualState();
    expect(servqualStateSchema.safeParse({ ...state, questionnaire: { ...state.questionnaire, scale: 5 } }).success).toBe(true);
    expect(servqualStateSchema.safeParse({ ...state, questionnaire: { ...state.questionnaire, scale: 10 } }).success).toBe(false);
  });

  it('keeps out-of-scale answers so they can be shown, but not non-numbers', () => {
    const state = demoServqualState();
    const wave = state.waves[0]!;
    if (wave.source.kind !== 'entered') throw new Error('demo waves are entered');
    const first = wave.source.responses[0]!;
    const edited = { ...first, perceptions: first.perceptions.map((value, index) => (index === 0 ? 9 : value)) };
    const withNine = { ...state, waves: [{ ...wave, source: { kind: 'entered' as const, responses: [edited] } }] };
    expect(servqualStateSchema.safeParse(withNine).success).toBe(true);
    const withText = { ...state, waves: [{ ...wave, source: { kind: 'entered' as const, responses: [{ ...first, perceptions: ['x'] }] } }] };
    expect(servqualStateSchema.safeParse(withText).success).toBe(false);
  });

  it('lists the enabled items', () => {
    const statements = defaultStatementSettings().map((statement) => ({ ...statement, enabled: statement.item % 2 === 0 }));
    expect(enabledItems({ statements })).toEqual([2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22]);
  });
});

describe('the response file', () => {
  it('asks for the respondent, E and P of the enabled items on the chosen scale, and five weights', () => {
    const spec = responseSpec(5, [3, 1, 2]);
    expect(spec.id).toBe(RESPONSES_SPEC_ID);
    expect(spec.columns.map((column) => column.key)).toEqual(['respondent', 'E1', 'E2', 'E3', 'P1', 'P2', 'P3', 'W1', 'W2', 'W3', 'W4', 'W5']);
    const e1 = spec.columns[1]!;
    expect(e1).toMatchObject({ type: 'likert', required: false, min: 1, max: 5 });
    expect(spec.columns.at(-1)).toMatchObject({ type: 'number', min: 0, max: 100 });
  });

  it('recognises headers in Russian, English and Chinese', () => {
    const spec = responseSpec(7, Array.from({ length: ITEM_COUNT }, (_, index) => index + 1));
    const byKey = new Map(spec.columns.map((column) => [column.key, column]));
    expect(byKey.get('E1')?.synonyms.ru).toContain('Ожидание 1');
    expect(byKey.get('E1')?.synonyms.zh).toContain('期望1');
    expect(byKey.get('P1')?.synonyms.ru).toContain('Восприятие 1');
    expect(byKey.get('P1')?.synonyms.zh).toContain('感知1');
    expect(byKey.get('W2')?.synonyms.ru).toContain('Вес: Надёжность');
    expect(byKey.get('W2')?.synonyms.en).toContain('Weight: Reliability');
    expect(byKey.get('W2')?.synonyms.zh).toContain('权重：可靠性');
  });

  it('never gives two columns the same header name, as the importer compares names', () => {
    const spec = responseSpec(7, Array.from({ length: ITEM_COUNT }, (_, index) => index + 1));
    for (const locale of LOCALES) {
      const owners = new Map<string, string>();
      for (const column of spec.columns) {
        for (const synonym of column.synonyms[locale]) {
          const { full } = normalizeHeader(synonym);
          expect(full, `${locale} "${synonym}" is empty once normalised`).not.toBe('');
          const owner = owners.get(full);
          expect(owner === undefined || owner === column.key, `${locale} "${synonym}": ${owner} and ${column.key}`).toBe(true);
          owners.set(full, column.key);
        }
      }
    }
  });

  it('maps a Russian and a Chinese response file by their headers', () => {
    const spec = responseSpec(7, [1, 2, 10]);
    const russian = ['Номер анкеты', 'Ожидание 1', 'Ожидание 2', 'Ожидание 10', 'Восприятие 1', 'Восприятие 2', 'Восприятие 10',
      'Вес: Материальность', 'Вес: Надежность', 'Вес: Отзывчивость', 'Вес: Убедительность', 'Вес: Эмпатия'];
    const chinese = ['受访者', '期望10', '期望1', '期望2', '感知1', '感知10', '感知2', '权重：有形性', '权重：可靠性', '权重：响应性', '权重：保证性', '权重：移情性'];
    expect(proposeMapping(russian, spec)).toEqual({ respondent: 0, E1: 1, E2: 2, E10: 3, P1: 4, P2: 5, P10: 6, W1: 7, W2: 8, W3: 9, W4: 10, W5: 11 });
    expect(proposeMapping(chinese, spec)).toEqual({ respondent: 0, E1: 2, E2: 3, E10: 1, P1: 4, P2: 6, P10: 5, W1: 7, W2: 8, W3: 9, W4: 10, W5: 11 });
  });

  it('turns imported rows into responses, blanks into missing answers', () => {
    const [first, second] = responsesFromRows([
      { respondent: 'R7', E1: 6, P1: 4, E2: null, W1: 20, W2: 30, W3: 20, W4: 20, W5: 10 },
      { respondent: '', E1: 5 },
    ]);
    expect(first?.respondentId).toBe('R7');
    expect(first?.expectations.slice(0, 3)).toEqual([6, null, null]);
    expect(first?.perceptions[0]).toBe(4);
    expect(first?.weights).toEqual([20, 30, 20, 20, 10]);
    expect(second?.respondentId).toBe('2');
    expect(second?.weights).toEqual([null, null, null, null, null]);
    expect(waveDatasetKey('w1')).toBe('servqual-responses:w1');
  });
});

describe('messages', () => {
  it('have the same keys in every language and name each preset', () => {
    const keys = Object.keys(servqualMessages.ru).sort();
    expect(Object.keys(servqualMessages.en).sort()).toEqual(keys);
    expect(Object.keys(servqualMessages.zh).sort()).toEqual(keys);
    expect(servqualMessages.ru['dimension.reliability.name']).toBe('Надёжность');
    for (const id of PRESET_IDS) for (const locale of LOCALES) expect(ADAPTATION_PRESETS[id].label[locale]).not.toBe('');
  });
});
