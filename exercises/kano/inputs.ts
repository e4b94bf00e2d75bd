import type { ColumnSpec, DatasetSpec } from '../../src/data/spec';
import type { Locale } from '../../src/i18n/locale';
import { KANO_ANSWER_CHOICES } from './questions';

/**
 * Responses come in one of two layouts.
 *
 * Long (KANO_LONG_RESPONSES): one row per respondent and feature, with the columns below. The
 * importer maps the headers by these synonyms; the rows then go through `responsesFromLongRows`
 * (model/layout.ts), which parses the answers and matches the feature by name, id or code (F1, F2…).
 *
 * Wide (KANO_WIDE_RESPONSES): one row per respondent, two columns per feature — what a paper form
 * typed into a spreadsheet or a survey tool's export usually looks like. Its per-feature columns cannot
 * be declared in advance (they depend on the participant's feature list), so the spec declares only
 * the respondent and segment columns, and the importer must recognise the layout itself:
 *   - after inspection, `detectResponseLayout(headers, features)` says 'wide' when the headers pair at
 *     least one of the participant's features (a long file's headers never name a feature); the
 *     long spec's synonym mapping is not a reliable signal, since "Delivery — functional" contains
 *     the synonym "functional";
 *   - a feature's columns are its name (or id, or its code F1…F30 by list position) followed by a role
 *     marker, after a separator or in brackets: "Доставка (функциональный)", "Delivery — dysfunctional",
 *     "F1_f" / "F1_d", "送货上门（正向）"; an optional third column with an importance marker
 *     ("F1_i", "Доставка — важность") holds the self-stated importance;
 *   - then `wideToLong(headers, rows, features)` turns the rows into long rows, and both layouts share
 *     the same parsing and report from there.
 * Columns named only by question number ("Q1", "Q2", …, functional and dysfunctional alternating) are
 * not guessed: the pairing reports the features it could not find, and the participant renames headers.
 */

/**
 * Answers are read as text, not as 'likert': a filled form holds labels ("Нравится", "I like it") as
 * often as codes 1–5, and parseKanoAnswer reads both.
 */
const answerColumnType = 'text' as const;

export const RESPONDENT_SYNONYMS: Record<Locale, readonly string[]> = {
  ru: ['респондент', 'id респондента', 'номер анкеты', 'анкета', 'клиент', 'участник', '№', 'номер'],
  en: ['respondent', 'respondent id', 'respondent_id', 'response id', 'id', 'participant', 'customer', 'form', 'form no'],
  zh: ['受访者', '受访者编号', '问卷编号', '编号', '客户', '参与者'],
};

export const SEGMENT_SYNONYMS: Record<Locale, readonly string[]> = {
  ru: ['сегмент', 'группа', 'тип клиента', 'категория клиента'],
  en: ['segment', 'group', 'customer type', 'customer segment'],
  zh: ['细分', '客户细分', '分组', '客户类型', '群体'],
};

const respondentColumn: ColumnSpec = {
  key: 'respondent',
  type: 'text',
  required: true,
  label: { ru: 'Респондент', en: 'Respondent', zh: '受访者' },
  synonyms: RESPONDENT_SYNONYMS,
  example: 'R01',
};

const segmentColumn: ColumnSpec = {
  key: 'segment',
  type: 'text',
  required: false,
  label: { ru: 'Сегмент', en: 'Segment', zh: '细分群体' },
  synonyms: SEGMENT_SYNONYMS,
  example: 'B2B',
};

export const KANO_LONG_RESPONSES: DatasetSpec = {
  id: 'kano-responses-long',
  title: {
    ru: 'Ответы: строка на респондента и свойство',
    en: 'Responses: one row per respondent and feature',
    zh: '回答：每位受访者每个特性一行',
  },
  columns: [
    respondentColumn,
    {
      key: 'feature',
      type: 'text',
      required: true,
      label: { ru: 'Свойство', en: 'Feature', zh: '特性' },
      synonyms: {
        ru: ['свойство', 'характеристика', 'функция', 'признак', 'опция', 'вопрос'],
        en: ['feature', 'attribute', 'requirement', 'item', 'question'],
        zh: ['特性', '特性名称', '属性', '需求', '题目'],
      },
      example: 'F1',
    },
    {
      key: 'functional',
      type: answerColumnType,
      required: true,
      accepted: KANO_ANSWER_CHOICES,
      label: { ru: 'Функциональный ответ', en: 'Functional answer', zh: '正向问题回答' },
      synonyms: {
        ru: ['функциональный', 'функциональный ответ', 'функциональный вопрос', 'если есть', 'есть'],
        en: ['functional', 'functional answer', 'functional question', 'if present', 'present', 'positive'],
        zh: ['正向', '正向问题', '功能性', '功能性问题', '具备时', '具备'],
      },
      example: 'Нравится',
    },
    {
      key: 'dysfunctional',
      type: answerColumnType,
      required: true,
      accepted: KANO_ANSWER_CHOICES,
      label: { ru: 'Дисфункциональный ответ', en: 'Dysfunctional answer', zh: '反向问题回答' },
      synonyms: {
        ru: ['дисфункциональный', 'дисфункциональный ответ', 'дисфункциональный вопрос', 'если нет', 'нет'],
        en: ['dysfunctional', 'dysfunctional answer', 'dysfunctional question', 'if absent', 'absent', 'negative'],
        zh: ['反向', '反向问题', '非功能性', '非功能性问题', '不具备时', '不具备'],
      },
      example: 'Мне всё равно',
    },
    {
      key: 'importance',
      type: 'likert',
      required: false,
      min: 1,
      max: 9,
      label: { ru: 'Важность (1–9)', en: 'Importance (1–9)', zh: '重要性（1–9）' },
      synonyms: {
        ru: ['важность', 'важно', 'значимость', 'вес'],
        en: ['importance', 'importance 1-9', 'self-stated importance', 'weight'],
        zh: ['重要性', '重要程度', '权重'],
      },
      example: 7,
    },
    segmentColumn,
  ],
};

export const KANO_WIDE_RESPONSES: DatasetSpec = {
  id: 'kano-responses-wide',
  title: {
    ru: 'Ответы: строка на респондента, по два столбца на свойство',
    en: 'Responses: one row per respondent, two columns per feature',
    zh: '回答：每位受访者一行，每个特性两列',
  },
  // Without a respondent column each row is one respondent, named by its row number.
  columns: [{ ...respondentColumn, required: false }, segmentColumn],
};
