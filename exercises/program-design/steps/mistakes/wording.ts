import type { Formatters } from '../../../../src/i18n/format';
import { INTL_TAG } from '../../../../src/i18n/locale';
import type { Translate } from '../../../../src/i18n/translate';
import type { ReadingText } from '../../../../src/ui/Reading';
import { PROGRAM_TYPE_NAMES } from '../../../../src/results/programTypes';
import { MISTAKES, type Mistake, type ProgramDesignState } from '../../state';
import type { ChecklistTally, MistakeEvidence, MistakeSuggestions } from '../../content/mistakes';
import type { mistakesMessages } from '../../messages/mistakes';
import type { namesMessages } from '../../messages/names';

export type MistakesT = Translate<keyof typeof mistakesMessages.ru>;
export type NamesT = Translate<keyof typeof namesMessages.ru>;

/** What the design shows about a mistake, in words: shared by the step and the export. */
export function evidenceText(evidence: MistakeEvidence, t: MistakesT, format: Formatters): string {
  switch (evidence.kind) {
    case 'rewardAtOrAboveMargin':
    case 'rewardBelowMargin': {
      const source = evidence.mechanic === null ? t('mistakes.source.economics') : PROGRAM_TYPE_NAMES[evidence.mechanic][format.locale];
      const figures = { rate: format.percent(evidence.rate), margin: format.percent(evidence.margin), source };
      return evidence.kind === 'rewardBelowMargin'
        ? t('evidence.rewardBelowMargin', { ...figures, volume: format.percent(evidence.volumeNeeded) })
        : t('evidence.rewardAtOrAboveMargin', figures);
    }
    case 'partRewardsOnBaseline':
      return t('evidence.partRewardsOnBaseline', { share: format.percent(evidence.share) });
    case 'manyMechanics':
      return t('evidence.manyMechanics', { count: evidence.count });
    default:
      return t(`evidence.${evidence.kind}`);
  }
}

/** Mistakes' names in quotes, joined as the language joins a list ("«A», «B» и «C»"). */
export function quotedList(mistakes: readonly Mistake[], t: MistakesT, names: NamesT, format: Formatters): string {
  const quoted = mistakes.map((mistake) => t('mistakes.quoted', { name: names(`mistake.${mistake}`) }));
  return new Intl.ListFormat(INTL_TAG[format.locale], { type: 'conjunction' }).format(quoted);
}

/** Mistakes whose mark differs from what the design suggests (a mark not yet taken is not a difference). */
export function marksAgainstSuggestions(mistakes: ProgramDesignState['mistakes'], suggestions: MistakeSuggestions): Mistake[] {
  return MISTAKES.filter((mistake) => {
    const status = mistakes[mistake]?.status ?? null;
    const suggested = suggestions[mistake]?.status;
    return status !== null && suggested !== undefined && suggested !== status;
  });
}

/** The check-list in plain words: how many are answered, which risks remain, what is unchecked or contradicts the design. */
export function mistakesReading(
  tally: ChecklistTally,
  differing: readonly Mistake[],
  t: MistakesT,
  names: NamesT,
  format: Formatters,
): ReadingText {
  if (tally.answered.length === 0 && tally.flagged.length === 0) return { sentences: [t('mistakes.reading.empty')], caution: null };
  const sentences = [t('mistakes.reading.answered', { answered: tally.answered.length, total: MISTAKES.length })];
  sentences.push(tally.flagged.length > 0 ? t('mistakes.reading.flagged', { list: quotedList(tally.flagged, t, names, format) }) : t('mistakes.reading.noneFlagged'));
  if (tally.unchecked.length > 0) sentences.push(t('mistakes.reading.unchecked', { count: tally.unchecked.length }));
  const caution = differing.length > 0 ? t('mistakes.reading.differs', { list: quotedList(differing, t, names, format) }) : null;
  return { sentences, caution };
}
