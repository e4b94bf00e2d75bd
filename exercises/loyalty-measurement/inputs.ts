import type { ColumnSpec, DatasetSpec } from '../../src/data/spec';
import { perLocale, type Locale, type LocalizedText } from '../../src/i18n/locale';
import { CES_LABELS, CSAT_LABELS } from './content/questionnaire';
import type { SurveySettings } from './state';

/**
 * The survey file: one row per answer. Every column but one score is optional: a B2C receipt survey has no
 * customer id, a B2B interview no CES. The participant's sales come through the shared sales spec
 * (src/data/salesSpec.ts), the same file every exercise that reads sales uses.
 */

/** The exercise's id: progress, datasets and routes are keyed by it. */
export const LOYALTY_EXERCISE_ID = 'loyalty-measurement';

export const SURVEY_SPEC_ID = 'survey';

/** Column keys, shared by the spec, the template, the demo retailer and the models. */
export const SURVEY_COLUMNS = {
  respondent: 'respondent',
  customer: 'customer',
  segment: 'segment',
  nps: 'nps',
  csat: 'csat',
  ces: 'ces',
} as const;
export const ATTITUDE_ITEMS = 3;
export const attitudeColumn = (item: number): string => `attitude${item}`;

/**
 * Each survey file is stored as its own dataset (this spec id), so a second file (another shop, a later batch)
 * adds answers instead of replacing the first.
 */
export function surveyDatasetKey(fileId: string): string {
  return `${SURVEY_SPEC_ID}:${fileId}`;
}

const scoreColumn = (key: string, min: number, max: number, label: LocalizedText, synonyms: ColumnSpec['synonyms'], example: number): ColumnSpec => ({
  key,
  type: 'likert',
  required: false,
  min,
  max,
  label,
  synonyms,
  example,
});

/**
 * CSAT and CES are read as text so that an online form's export, which writes "Очень доволен" / "Very satisfied" /
 * "非常满意" rather than 5, needs no recoding: the step turns words and numbers into points (model/survey.ts) and
 * says which cells were neither. The template's guide lists both forms.
 */
const labelledScoreColumn = (key: string, labels: Record<Locale, readonly string[]>, label: LocalizedText, synonyms: ColumnSpec['synonyms'], example: number): ColumnSpec => ({
  key,
  type: 'text',
  required: false,
  label,
  synonyms,
  example,
  accepted: perLocale((locale) => [...labels[locale].map((_, index) => String(index + 1)), ...labels[locale]]),
});

const attitudeColumns: ColumnSpec[] = Array.from({ length: ATTITUDE_ITEMS }, (_, index) => {
  const item = index + 1;
  return scoreColumn(
    attitudeColumn(item),
    1,
    5,
    { ru: `Отношение ${item}`, en: `Attitude ${item}`, zh: `态度${item}` },
    {
      ru: [`отношение ${item}`, `утверждение ${item}`, `отношение${item}`, `у${item}`],
      en: [`attitude ${item}`, `statement ${item}`, `attitude${item}`, `a${item}`],
      zh: [`态度${item}`, `态度 ${item}`, `陈述${item}`],
    },
    4,
  );
});

export function surveySpecFor(fileId: string): DatasetSpec {
  return {
    id: surveyDatasetKey(fileId),
    title: { ru: 'Ответы опроса', en: 'Survey answers', zh: '问卷答案' },
    columns: [
      {
        key: SURVEY_COLUMNS.respondent,
        type: 'text',
        required: false,
        label: { ru: 'Респондент', en: 'Respondent', zh: '受访者' },
        synonyms: {
          ru: ['респондент', 'номер анкеты', 'анкета', 'номер ответа', 'id ответа'],
          en: ['respondent', 'respondent id', 'response id', 'response'],
          zh: ['受访者', '受访者编号', '问卷编号', '答卷编号'],
        },
        example: 'R001',
      },
      {
        key: SURVEY_COLUMNS.customer,
        type: 'text',
        required: false,
        label: { ru: 'Клиент', en: 'Customer', zh: '客户' },
        synonyms: {
          ru: ['клиент', 'код клиента', 'id клиента', 'номер карты', 'карта', 'покупатель'],
          en: ['customer', 'customer id', 'client', 'client id', 'card number'],
          zh: ['客户', '客户编号', '客户id', '会员卡号', '卡号'],
        },
        example: 'K0001',
      },
      {
        key: SURVEY_COLUMNS.segment,
        type: 'category',
        required: false,
        label: { ru: 'Сегмент', en: 'Segment', zh: '细分' },
        synonyms: {
          ru: ['сегмент', 'группа клиентов', 'тип клиента'],
          en: ['segment', 'customer segment', 'customer group', 'customer type'],
          zh: ['细分', '客户细分', '客户群', '客户类型'],
        },
        example: 'розница',
      },
      scoreColumn(
        SURVEY_COLUMNS.nps,
        0,
        10,
        { ru: 'Готовность рекомендовать (0–10)', en: 'Likelihood to recommend (0–10)', zh: '推荐意愿（0–10）' },
        {
          ru: ['nps', 'рекомендация', 'готовность рекомендовать', 'порекомендуете', 'оценка 0-10'],
          en: ['nps', 'recommend', 'likelihood to recommend', 'ltr', 'score 0-10'],
          zh: ['nps', '推荐', '推荐意愿', '净推荐值', '推荐可能性'],
        },
        9,
      ),
      labelledScoreColumn(
        SURVEY_COLUMNS.csat,
        CSAT_LABELS,
        { ru: 'Удовлетворённость (1–5)', en: 'Satisfaction (1–5)', zh: '满意度（1–5）' },
        {
          ru: ['csat', 'удовлетворенность', 'удовлетворённость', 'оценка обслуживания', 'довольны'],
          en: ['csat', 'satisfaction', 'satisfied', 'customer satisfaction'],
          zh: ['csat', '满意度', '满意', '客户满意度'],
        },
        4,
      ),
      labelledScoreColumn(
        SURVEY_COLUMNS.ces,
        CES_LABELS,
        { ru: 'Лёгкость (CES, 1–7)', en: 'Ease (CES, 1–7)', zh: '费力度（CES，1–7）' },
        {
          ru: ['ces', 'усилия', 'легкость', 'лёгкость', 'простота'],
          en: ['ces', 'effort', 'customer effort', 'ease'],
          zh: ['ces', '费力度', '客户费力度', '便利性'],
        },
        6,
      ),
      ...attitudeColumns,
    ],
  };
}

/** Which questions fill which columns: the template carries only the questions the participant chose. */
const QUESTION_COLUMNS: Record<SurveySettings['questions'][number], readonly string[]> = {
  nps: [SURVEY_COLUMNS.nps],
  csat: [SURVEY_COLUMNS.csat],
  ces: [SURVEY_COLUMNS.ces],
  attitude: Array.from({ length: ATTITUDE_ITEMS }, (_, index) => attitudeColumn(index + 1)),
  customerId: [SURVEY_COLUMNS.customer],
  segment: [SURVEY_COLUMNS.segment],
};

/**
 * The answer template of the questionnaire the participant built: the respondent number, then the chosen
 * questions' columns in the spec's order; as many attitude columns as statements are written (at least one).
 */
export function surveyTemplateSpec(questions: SurveySettings['questions'], statements: number): DatasetSpec {
  const spec = surveySpecFor('template');
  const wanted = new Set<string>([SURVEY_COLUMNS.respondent, ...questions.flatMap((question) => QUESTION_COLUMNS[question])]);
  const attitudeKept = new Set(Array.from({ length: Math.min(ATTITUDE_ITEMS, Math.max(1, statements)) }, (_, index) => attitudeColumn(index + 1)));
  return {
    ...spec,
    columns: spec.columns.filter((column) => wanted.has(column.key) && (!column.key.startsWith('attitude') || attitudeKept.has(column.key))),
  };
}
