import { LOCALES } from '../../../src/i18n/locale';
import { KANO_ANSWER_CODES, KANO_ANSWER_LABELS } from '../questions';
import { KANO_ANSWERS, type KanoAnswer } from '../state';

/**
 * Other ways people write the five answers in filled questionnaires and survey-tool exports, beside
 * the labels the workbook prints (KANO_ANSWER_LABELS, always accepted). Compared after
 * `answerLookupKey`, so case, spaces, hyphens, apostrophes and final punctuation do not matter.
 */
const ANSWER_VARIANTS: Record<KanoAnswer, readonly string[]> = {
  like: [
    'like', 'I like', 'like it', 'I like it that way', 'I would like it', "I'd like it", 'I like it this way',
    'Мне нравится', 'Мне это нравится', 'Нравится так', 'Понравится', 'Мне понравится', 'Мне бы понравилось',
    '我喜欢', '很喜欢', '我很喜欢', '非常喜欢', '喜歡', '我喜歡',
  ],
  mustBe: [
    'must be', 'must-be', 'it must be', 'must be that way', 'it must be like that', 'I expect it',
    'I expect it to be that way', 'expected', 'it should be that way',
    'Должно быть так', 'Так должно быть', 'Должно быть', 'Само собой разумеется', 'Это само собой разумеется',
    'Я этого ожидаю', 'Ожидаю этого', 'Обязательно',
    '必须如此', '必须的', '应该如此', '本应如此', '理应如此', '理所當然', '必須如此',
  ],
  neutral: [
    'neutral', "I'm neutral", 'I feel neutral', "I don't care", 'I do not care', 'indifferent',
    "doesn't matter", 'it does not matter', 'no feeling',
    'Всё равно', 'Нейтрально', 'Безразлично', 'Мне безразлично', 'Отношусь нейтрально', 'Нейтрален', 'Нейтральна',
    'Не имеет значения',
    '中立', '中性', '没感觉', '没有感觉', '都可以', '無所謂',
  ],
  liveWith: [
    'live with', 'live-with', 'live with it', 'can live with it', 'I can live with it that way', 'I can tolerate it',
    'tolerate', 'I can accept it',
    'Могу с этим смириться', 'Я могу с этим смириться', 'Смирюсь', 'Готов смириться', 'Могу мириться',
    'Могу потерпеть', 'Терпимо', 'Приемлемо',
    '能忍受', '能够忍受', '忍受', '可以接受', '能接受', '勉强接受',
  ],
  dislike: [
    'dislike', 'I dislike', 'I dislike it that way', "I don't like it", 'I do not like it', "don't like",
    "I don't like it that way",
    'Мне не нравится', 'Мне это не нравится', 'Не понравится', 'Мне не понравится', 'Мне бы не понравилось',
    '我不喜欢', '很不喜欢', '我很不喜欢', '不喜歡', '我不喜歡',
  ],
};

/**
 * Case, spaces, hyphens, apostrophes, quotes and punctuation removed, ё read as е: "I'm  neutral." and
 * "im neutral" give the same key, and so do "Мне всё равно" and "мне все равно!". Removing every space
 * is safe because no two accepted answers differ only by spacing (a test checks the keys are unambiguous).
 */
export function answerLookupKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replaceAll('ё', 'е')
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

function buildLookup(): Map<string, KanoAnswer> {
  const lookup = new Map<string, KanoAnswer>();
  for (const answer of KANO_ANSWERS) {
    const texts = [...LOCALES.map((locale) => KANO_ANSWER_LABELS[locale][answer]), ...ANSWER_VARIANTS[answer]];
    for (const text of texts) lookup.set(answerLookupKey(text), answer);
  }
  return lookup;
}

const ANSWER_LOOKUP = buildLookup();

/** Every accepted spelling, for the UI's help text and for tests. */
export function acceptedAnswerTexts(): ReadonlyMap<KanoAnswer, readonly string[]> {
  return new Map(
    KANO_ANSWERS.map((answer) => [answer, [...LOCALES.map((locale) => KANO_ANSWER_LABELS[locale][answer]), ...ANSWER_VARIANTS[answer]]]),
  );
}

const ANSWER_BY_CODE = new Map<number, KanoAnswer>(KANO_ANSWERS.map((answer) => [KANO_ANSWER_CODES[answer], answer]));

export type ParsedAnswer =
  | { kind: 'answer'; answer: KanoAnswer }
  | { kind: 'empty' }
  | { kind: 'unrecognised'; value: string };

/** "3", "3.0", "3,0" — a code typed as text or exported from a survey tool as a decimal. */
const CODE_TEXT = /^\s*([1-5])(?:[.,]0+)?\s*$/;
/** "1. Нравится", "2) must be", "5 - I dislike it": a code and its label; both must name the same answer. */
const CODE_AND_LABEL = /^\s*([1-5])\s*[.):\-–—]?\s+(.+)$/s;

/**
 * Read one answer cell: the code 1–5 (number or text) or one of the five answers in Russian, English
 * or Chinese, in any case. A code whose label disagrees ("1 — Не нравится") is not guessed at.
 */
export function parseKanoAnswer(value: string | number | boolean | Date | null | undefined): ParsedAnswer {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'number') {
    const answer = ANSWER_BY_CODE.get(value);
    return answer ? { kind: 'answer', answer } : { kind: 'unrecognised', value: String(value) };
  }
  if (typeof value !== 'string') return { kind: 'unrecognised', value: String(value) };
  if (value.trim() === '') return { kind: 'empty' };

  const code = CODE_TEXT.exec(value);
  const byCode = code ? ANSWER_BY_CODE.get(Number(code[1])) : undefined;
  if (byCode) return { kind: 'answer', answer: byCode };

  const byLabel = ANSWER_LOOKUP.get(answerLookupKey(value));
  if (byLabel) return { kind: 'answer', answer: byLabel };

  const codeAndLabel = CODE_AND_LABEL.exec(value);
  if (codeAndLabel) {
    const fromCode = ANSWER_BY_CODE.get(Number(codeAndLabel[1]));
    const fromLabel = ANSWER_LOOKUP.get(answerLookupKey(codeAndLabel[2] ?? ''));
    if (fromCode && fromCode === fromLabel) return { kind: 'answer', answer: fromCode };
  }
  return { kind: 'unrecognised', value: value.trim() };
}
