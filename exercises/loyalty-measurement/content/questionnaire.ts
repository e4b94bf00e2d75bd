import type { Locale, LocalizedText } from '../../../src/i18n/locale';
import type { SurveySettings } from '../state';

/**
 * The survey's questions as customers read them, written for this workbook in each language (not translated
 * word for word), and the words of their scale points. The import reads CSAT and CES answers written as these
 * words in any of the three languages, so a form exported from an online survey tool needs no recoding.
 */

export const NPS_QUESTION: LocalizedText = {
  ru: 'Насколько вероятно, что вы порекомендуете нас другу или коллеге? Оцените от 0 до 10, где 0 — точно не порекомендую, 10 — обязательно порекомендую.',
  en: 'How likely are you to recommend us to a friend or colleague? Answer from 0 to 10, where 0 is not at all likely and 10 is extremely likely.',
  zh: '您有多大可能向朋友或同事推荐我们？请打0到10分：0分表示完全不可能，10分表示非常可能。',
};

export const CSAT_QUESTION: LocalizedText = {
  ru: 'Насколько вы довольны последней покупкой у нас? Оцените от 1 до 5.',
  en: 'How satisfied were you with your last purchase from us? Answer from 1 to 5.',
  zh: '您对最近一次在我们这里的购买满意吗？请打1到5分。',
};

export const CES_QUESTION: LocalizedText = {
  ru: 'Насколько легко было решить ваш вопрос у нас (купить, получить, вернуть)? Оцените от 1 до 7, где 1 — очень трудно, 7 — очень легко.',
  en: 'How easy was it to get what you needed from us (to buy, to receive, to return)? Answer from 1 to 7, where 1 is very difficult and 7 is very easy.',
  zh: '在我们这里办成您的事（购买、收货、退货）有多容易？请打1到7分：1分表示非常困难，7分表示非常容易。',
};

export const ATTITUDE_INSTRUCTION: LocalizedText = {
  ru: 'Насколько вы согласны с утверждениями? 1 — совсем не согласен, 5 — полностью согласен.',
  en: 'How far do you agree with each statement? 1 is strongly disagree, 5 is strongly agree.',
  zh: '您在多大程度上同意以下说法？1表示完全不同意，5表示完全同意。',
};

/** Shown when the participant has not written their own: statements of relative attitude (Dick & Basu). */
export const SUGGESTED_ATTITUDE_STATEMENTS: Record<Locale, readonly string[]> = {
  ru: ['Я предпочитаю покупать здесь, а не у конкурентов.', 'Эта компания мне ближе других в своей области.', 'Если цены здесь немного вырастут, я всё равно останусь.'],
  en: ['I would rather buy here than from a competitor.', 'This company suits me better than others in its field.', 'If prices here went up a little, I would still stay.'],
  zh: ['比起竞争对手，我更愿意在这里购买。', '在同类公司中，这家公司最合我心意。', '即使这里的价格略有上涨，我也会继续选择这里。'],
};

/** The statements as asked: the participant's, or the suggestion where a field is empty. */
export function attitudeStatements(survey: Pick<SurveySettings, 'attitudeStatements'>, locale: Locale): string[] {
  return SUGGESTED_ATTITUDE_STATEMENTS[locale].map((suggestion, index) => survey.attitudeStatements[index]?.trim() || suggestion);
}

/** CSAT points 1…5 in words. */
export const CSAT_LABELS: Record<Locale, readonly string[]> = {
  ru: ['Очень недоволен', 'Недоволен', 'Ни то ни другое', 'Доволен', 'Очень доволен'],
  en: ['Very dissatisfied', 'Dissatisfied', 'Neither', 'Satisfied', 'Very satisfied'],
  zh: ['非常不满意', '不满意', '一般', '满意', '非常满意'],
};

/** CES points 1…7 in words: 7 is the easiest. */
export const CES_LABELS: Record<Locale, readonly string[]> = {
  ru: ['Очень трудно', 'Трудно', 'Скорее трудно', 'Ни трудно, ни легко', 'Скорее легко', 'Легко', 'Очень легко'],
  en: ['Very difficult', 'Difficult', 'Somewhat difficult', 'Neither', 'Somewhat easy', 'Easy', 'Very easy'],
  zh: ['非常困难', '困难', '有点困难', '一般', '有点容易', '容易', '非常容易'],
};

const normalise = (text: string): string => text.trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');

function labelIndex(labels: Record<Locale, readonly string[]>): ReadonlyMap<string, number> {
  const index = new Map<string, number>();
  for (const list of Object.values(labels)) list.forEach((label, position) => index.set(normalise(label), position + 1));
  return index;
}

const CSAT_BY_LABEL = labelIndex(CSAT_LABELS);
const CES_BY_LABEL = labelIndex(CES_LABELS);

/** The point a word stands for, in any of the three languages and any case; null for a word not on the scale. */
export function pointOfLabel(scale: 'csat' | 'ces', text: string): number | null {
  return (scale === 'csat' ? CSAT_BY_LABEL : CES_BY_LABEL).get(normalise(text)) ?? null;
}
