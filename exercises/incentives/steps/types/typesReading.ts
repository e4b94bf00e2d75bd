import { INTL_TAG, type Locale } from '../../../../src/i18n/locale';
import { translator } from '../../../../src/i18n/translate';
import type { ReadingText } from '../../../../src/ui/Reading';
import { PROGRAM_TYPE_NAMES, PROGRAM_TYPES, type ProgramType } from '../../../../src/results/programTypes';
import type { Business, FitReason, TypeFit } from '../../model/fit';
import type { RankedType, RankingReasons } from '../../model/ranking';
import type { ScoreCriterion } from '../../state';
import { typesMessages } from '../../messages/types';

/** Names run together as a language lists them: "A, B и C", "A, B and C", "A、B和C". */
export function listNames(names: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(INTL_TAG[locale], { style: 'long', type: 'conjunction' }).format(names);
}

export interface TypesReadingInput {
  business: Business;
  ranked: readonly RankedType[];
  shortList: readonly RankedType[];
  fit: Readonly<Record<ProgramType, TypeFit>>;
}

/**
 * What step 1 says first: the short list and what it means, a warning for a short-listed type that fits the
 * business poorly, and what is still to score.
 */
export function typesReading({ business, ranked, shortList, fit }: TypesReadingInput, locale: Locale): ReadingText {
  const t = translator(typesMessages, locale);
  const name = (type: ProgramType) => PROGRAM_TYPE_NAMES[type][locale];
  if (ranked.length === 0) return { sentences: [t('reading.noneScored')], caution: null };
  const sentences: string[] = [];
  if (shortList.length > 0) {
    const names = shortList.map((entry) => t('reading.typeTotal', { name: name(entry.type), total: t('shortList.total', { total: entry.total }) }));
    sentences.push(t('reading.shortList', { count: shortList.length, names: listNames(names, locale) }), t('reading.meaning'));
  } else {
    sentences.push(t('reading.noShortList'));
  }
  for (const entry of shortList) {
    const against = fit[entry.type].reasons.filter((reason) => reason.level === 'poor');
    if (fit[entry.type].level !== 'poor' || against.length === 0) continue;
    sentences.push(t('reading.fitWarning', { name: name(entry.type), reasons: listNames(against.map((reason) => reason.subject[locale]), locale) }));
  }
  const unscored = PROGRAM_TYPES.filter((type) => !ranked.some((entry) => entry.type === type));
  sentences.push(unscored.length === 0 ? t('reading.allScored') : t('reading.toScore', { count: unscored.length, names: listNames(unscored.map(name), locale) }));
  if (business.market === null || business.stage === null) sentences.push(t('reading.noBusiness'));
  return { sentences, caution: null };
}

/** A fit reason as one line of text: "B2C: selling to consumers — good fit: …". */
export function fitReasonText(reason: FitReason, locale: Locale): string {
  const t = translator(typesMessages, locale);
  return `${reason.subject[locale]}${t('fit.dash')}${t(`fitReason.${reason.level}`)}${t('fit.colon')}${reason.why === null ? t('fit.neutral') : reason.why[locale]}`;
}

/** The reasons of a ranked type in sentences: the criteria scored high and low, what fits and what speaks against it. */
export function rankingReasonTexts(reasons: RankingReasons, locale: Locale): string[] {
  const t = translator(typesMessages, locale);
  const criteria = (list: readonly ScoreCriterion[]) => listNames(list.map((criterion) => t(`criterion.${criterion}`)), locale);
  return [
    ...(reasons.strengths.length > 0 ? [t('shortList.strengths', { list: criteria(reasons.strengths) })] : []),
    ...(reasons.weaknesses.length > 0 ? [t('shortList.weaknesses', { list: criteria(reasons.weaknesses) })] : []),
    ...(reasons.fitFor.length > 0 ? [t('shortList.fitFor', { list: listNames(reasons.fitFor.map((reason) => reason.subject[locale]), locale) })] : []),
    ...reasons.fitAgainst.map((reason) => t('shortList.fitAgainst', { subject: reason.subject[locale], why: reason.why === null ? t('fit.neutral') : reason.why[locale] })),
  ];
}
