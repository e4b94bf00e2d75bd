import type { ColumnSpec, DatasetSpec } from '../../src/data/spec';
import type { TypedRow } from '../../src/data/import/types';
import type { Locale, LocalizedText } from '../../src/i18n/locale';
import { DIMENSIONS, DIMENSION_ALIASES, DIMENSION_NAMES, ITEM_COUNT, SCALES, type Dimension, type Scale } from './structure';
import type { WaveResponse } from './model';

/**
 * The response file: one row per respondent, E1…E22 and P1…P22 on the questionnaire's scale, and the 100-point
 * split W1…W5 (W1 = tangibles … W5 = empathy, the order of DIMENSIONS). Every answer column is optional: a blank
 * cell is a missing answer the model leaves out, not a reason to drop the respondent.
 */

/** The exercise's id: progress, datasets and routes are keyed by it. */
export const SERVQUAL_EXERCISE_ID = 'servqual';

export const RESPONSES_SPEC_ID = 'servqual-responses';

/** Column keys, shared by the spec, the template and the conversion of imported rows. */
export const RESPONDENT_COLUMN = 'respondent';
export const expectationColumn = (item: number): string => `E${item}`;
export const perceptionColumn = (item: number): string => `P${item}`;
export const weightColumn = (dimension: Dimension): string => `W${DIMENSIONS.indexOf(dimension) + 1}`;

/** Each wave's rows are stored as their own dataset (IndexedDB key exercise + this), so waves never overwrite each other. */
export function waveDatasetKey(waveId: string): string {
  return `${RESPONSES_SPEC_ID}:${waveId}`;
}

function perLocale(make: (locale: Locale) => readonly string[]): Record<Locale, readonly string[]> {
  return { ru: make('ru'), en: make('en'), zh: make('zh') };
}

const respondentColumn: ColumnSpec = {
  key: RESPONDENT_COLUMN,
  type: 'text',
  required: false,
  label: { ru: 'Респондент', en: 'Respondent', zh: '受访者' },
  synonyms: {
    ru: ['Респондент', 'Номер респондента', 'Номер анкеты', 'Анкета', 'Номер', 'ID'],
    en: ['Respondent', 'Respondent ID', 'Response ID', 'ID'],
    zh: ['受访者', '受访者编号', '问卷编号', '编号', '序号'],
  },
  example: 'R001',
};

/** Items are written "E1", "E 1" or "E01" in practice; the Cyrillic letter that looks like Latin P is a common slip. */
function answerColumn(part: 'expectation' | 'perception', item: number, scale: Scale): ColumnSpec {
  const padded = String(item).padStart(2, '0');
  const isExpectation = part === 'expectation';
  const letter = isExpectation ? 'E' : 'P';
  const label: LocalizedText = isExpectation
    ? { ru: `Ожидание ${item}`, en: `Expectation ${item}`, zh: `期望${item}` }
    : { ru: `Восприятие ${item}`, en: `Perception ${item}`, zh: `感知${item}` };
  const latin = [`${letter}${item}`, `${letter}${padded}`, `${letter} ${item}`];
  return {
    key: isExpectation ? expectationColumn(item) : perceptionColumn(item),
    type: 'likert',
    required: false,
    label,
    synonyms: isExpectation
      ? {
          ru: [...latin, `Ожидание ${item}`, `Ожидания ${item}`, `Ож ${item}`, `Е${item}`],
          en: [...latin, `Expectation ${item}`, `Expectations ${item}`, `Exp ${item}`],
          zh: [...latin, `期望${item}`, `期望值${item}`, `期望 ${item}`],
        }
      : {
          ru: [...latin, `Восприятие ${item}`, `Оценка ${item}`, `Факт ${item}`, `Р${item}`],
          en: [...latin, `Perception ${item}`, `Perceptions ${item}`, `Perc ${item}`],
          zh: [...latin, `感知${item}`, `感知值${item}`, `实际${item}`],
        },
    min: 1,
    max: scale,
    example: isExpectation ? Math.min(6, scale) : Math.min(5, scale),
  };
}

const WEIGHT_WORD: LocalizedText = { ru: 'Вес', en: 'Weight', zh: '权重' };

/**
 * Short names survey tools and hand-made sheets give the weight columns: "W_tan", "W_rel", "W_resp"…, "В_мат",
 * "Вес_над", "权重_有形". Matched after punctuation is dropped ("W_tan" is "w tan"), so "W-tan" and "W tan" work too.
 */
const WEIGHT_ABBREVIATIONS: Record<Dimension, Record<Locale, readonly string[]>> = {
  tangibles: { ru: ['мат', 'матер'], en: ['tan', 'tang'], zh: ['有形'] },
  reliability: { ru: ['над', 'надёж', 'надеж'], en: ['rel', 'reli'], zh: ['可靠'] },
  responsiveness: { ru: ['отз', 'отзыв'], en: ['res', 'resp'], zh: ['响应'] },
  assurance: { ru: ['убед', 'уб'], en: ['ass', 'assur'], zh: ['保证'] },
  empathy: { ru: ['эмп'], en: ['emp', 'empa'], zh: ['移情'] },
};

function abbreviatedWeightNames(dimension: Dimension, locale: Locale): string[] {
  const own = WEIGHT_ABBREVIATIONS[dimension][locale];
  // Latin "W_" goes with every language's abbreviation: a Russian sheet may well say "W_мат".
  const prefixes = locale === 'ru' ? ['W', 'В', 'Вес'] : locale === 'en' ? ['W', 'Weight', 'Wt'] : ['W', '权重'];
  return own.flatMap((short) => prefixes.map((prefix) => `${prefix}_${short}`));
}

function perLocaleText(make: (locale: Locale) => string): LocalizedText {
  return { ru: make('ru'), en: make('en'), zh: make('zh') };
}

function weightColumnSpec(dimension: Dimension): ColumnSpec {
  const number = DIMENSIONS.indexOf(dimension) + 1;
  const names = (locale: Locale) => [DIMENSION_NAMES[dimension][locale], ...DIMENSION_ALIASES[dimension].map((alias) => alias[locale])];
  return {
    key: weightColumn(dimension),
    type: 'number',
    required: false,
    label: perLocaleText((locale) => `${WEIGHT_WORD[locale]}${locale === 'zh' ? '：' : ': '}${DIMENSION_NAMES[dimension][locale]}`),
    synonyms: perLocale((locale) => {
      const byName = names(locale).flatMap((name) =>
        locale === 'ru'
          ? [`Вес: ${name}`, `Вес ${name}`, `Баллы: ${name}`]
          : locale === 'en'
            ? [`Weight: ${name}`, `${name} weight`, `Points: ${name}`]
            : [`权重：${name}`, `权重:${name}`, `${name}权重`],
      );
      return [`W${number}`, `W ${number}`, `${WEIGHT_WORD[locale]} ${number}`, ...abbreviatedWeightNames(dimension, locale), ...byName];
    }),
    // Range only: whether the five make 100 is the model's check (checkWeights), reported per respondent.
    min: 0,
    max: 100,
    example: 20,
  };
}

/**
 * The spec follows the adapted questionnaire: its scale bounds the answers, and switched-off items are not
 * asked for (their columns in a file are simply not mapped).
 */
export function responseSpec(scale: Scale, enabledItems: readonly number[]): DatasetSpec {
  const items = [...new Set(enabledItems)].filter((item) => item >= 1 && item <= ITEM_COUNT).sort((a, b) => a - b);
  return {
    id: RESPONSES_SPEC_ID,
    title: { ru: 'Анкеты SERVQUAL', en: 'SERVQUAL responses', zh: 'SERVQUAL 问卷回答' },
    // A file on the other scale is proposed it at import, instead of losing its top answers one by one.
    scale: { min: 1, max: scale, allowedMax: SCALES },
    columns: [
      respondentColumn,
      ...items.map((item) => answerColumn('expectation', item, scale)),
      ...items.map((item) => answerColumn('perception', item, scale)),
      ...DIMENSIONS.map(weightColumnSpec),
    ],
  };
}

function numberOrNull(value: TypedRow[string] | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/**
 * Imported rows as the model's responses. Columns absent from the file or from the spec (switched-off items)
 * become missing answers; a blank respondent id becomes the row's position so problems can still name the row.
 * A file without a single weight did not ask for the split: its responses say so (`weightsAsked: false`), and
 * the check of the 100 points leaves them alone instead of flagging every one.
 */
export function responsesFromRows(rows: readonly TypedRow[]): WaveResponse[] {
  const weightKeys = DIMENSIONS.map(weightColumn);
  const weightsAsked = rows.some((row) => weightKeys.some((key) => numberOrNull(row[key]) !== null));
  return rows.map((row, index): WaveResponse => {
    const id = row[RESPONDENT_COLUMN];
    const respondentId = typeof id === 'string' && id.trim() !== '' ? id.trim() : typeof id === 'number' ? String(id) : String(index + 1);
    const items = Array.from({ length: ITEM_COUNT }, (_, itemIndex) => itemIndex + 1);
    return {
      respondentId,
      expectations: items.map((item) => numberOrNull(row[expectationColumn(item)])),
      perceptions: items.map((item) => numberOrNull(row[perceptionColumn(item)])),
      weights: DIMENSIONS.map((dimension) => numberOrNull(row[weightColumn(dimension)])),
      ...(weightsAsked ? {} : { weightsAsked: false }),
    };
  });
}
