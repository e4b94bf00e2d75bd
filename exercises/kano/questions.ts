import { perLocale, type Locale } from '../../src/i18n/locale';
import type { KanoAnswer } from './state';

/**
 * The questionnaire's wording. The answer labels here are the ones printed on the form and written
 * into the response template, and the answer parser (model/answers.ts) accepts each of them, so what
 * the form offers is always understood when the filled file comes back.
 */

export interface QuestionTemplates {
  /** The feature is present (Kano's "functional" question). */
  functional: string;
  /** The feature is absent (the "dysfunctional" question). */
  dysfunctional: string;
  /** Self-stated importance; {min} and {max} are the ends of the scale. */
  importance: string;
}

/*
 * Russian: the feature's name is quoted after a colon so it stays in the nominative case whatever it
 * is ("если такой возможности не будет: «Доставка за 2 часа»"); putting it after "нет" would need the
 * genitive, which a template cannot produce.
 */
export const KANO_QUESTION_TEMPLATES: Record<Locale, QuestionTemplates> = {
  ru: {
    functional: 'Как вы отнесётесь, если у нас будет такая возможность: «{feature}»?',
    dysfunctional: 'Как вы отнесётесь, если такой возможности у нас не будет: «{feature}»?',
    importance: 'Насколько для вас важно: «{feature}»? ({min} — совсем не важно, {max} — крайне важно)',
  },
  en: {
    functional: 'If the product has “{feature}”, how do you feel?',
    dysfunctional: 'If the product does not have “{feature}”, how do you feel?',
    importance: 'How important is “{feature}” to you? ({min} = not at all, {max} = extremely)',
  },
  zh: {
    functional: '如果产品具备“{feature}”，您的感受如何？',
    dysfunctional: '如果产品不具备“{feature}”，您的感受如何？',
    importance: '“{feature}”对您有多重要？（{min} = 完全不重要，{max} = 极其重要）',
  },
};

/** The five answers as printed, in questionnaire order (1 … 5). */
export const KANO_ANSWER_LABELS: Record<Locale, Record<KanoAnswer, string>> = {
  ru: {
    like: 'Нравится',
    mustBe: 'Так и должно быть',
    neutral: 'Мне всё равно',
    liveWith: 'Могу смириться',
    dislike: 'Не нравится',
  },
  en: {
    like: 'I like it',
    mustBe: 'It must be that way',
    neutral: 'I am neutral',
    liveWith: 'I can live with it',
    dislike: 'I dislike it',
  },
  zh: {
    like: '喜欢',
    mustBe: '理所当然',
    neutral: '无所谓',
    liveWith: '可以忍受',
    dislike: '不喜欢',
  },
};

/** The five answers in each language, in the form's order (1 … 5): what the response template's notes list. */
export const KANO_ANSWER_CHOICES: Record<Locale, readonly string[]> = perLocale((locale) => {
  const { like, mustBe, neutral, liveWith, dislike } = KANO_ANSWER_LABELS[locale];
  return [like, mustBe, neutral, liveWith, dislike];
});

/** The answer's number on the form and in METHODS.md: 1 Like, 2 Must-be, 3 Neutral, 4 Live-with, 5 Dislike. */
export const KANO_ANSWER_CODES: Record<KanoAnswer, number> = { like: 1, mustBe: 2, neutral: 3, liveWith: 4, dislike: 5 };

/** Put a feature's name (and the importance scale's ends) into a template. */
export function fillQuestion(template: string, featureName: string, scale: { min: number; max: number } = { min: 1, max: 9 }): string {
  return template
    .replaceAll('{feature}', featureName.trim())
    .replaceAll('{min}', String(scale.min))
    .replaceAll('{max}', String(scale.max));
}
