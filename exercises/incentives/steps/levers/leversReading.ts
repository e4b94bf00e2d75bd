import type { ReadingText } from '../../../../src/ui/Reading';
import type { Locale } from '../../../../src/i18n/locale';
import { INTL_TAG } from '../../../../src/i18n/locale';
import type { Formatters } from '../../../../src/i18n/format';
import type { Translate } from '../../../../src/i18n/translate';
import { LEVER_CONTENT, LEVER_GROUP_CONTENT } from '../../content/levers';
import { LEVERS } from '../../state';
import type { LeverSummary } from '../../model/levers';
import type { LeversMessageKey } from '../../messages/levers';

/** The levers step in words: where the business can hold customers, whether it leans on one group, the trap risk. */
export function leversReading(summary: LeverSummary, t: Translate<LeversMessageKey>, format: Formatters): ReadingText {
  const locale: Locale = format.locale;
  const list = new Intl.ListFormat(INTL_TAG[locale], { type: 'conjunction' });
  // Names are quoted: they are capitalised and would otherwise run into the sentence around them.
  const groupName = (group: keyof typeof LEVER_GROUP_CONTENT) => t('levers.quoted', { name: LEVER_GROUP_CONTENT[group].name[locale] });
  const leverNames = (entries: readonly { lever: keyof typeof LEVER_CONTENT }[]) => list.format(entries.map((entry) => t('levers.quoted', { name: LEVER_CONTENT[entry.lever].name[locale] })));
  const { reliance } = summary;
  if (reliance.kind === 'unrated') return { sentences: [t('levers.reading.unrated')], caution: null };

  const sentences: string[] = [];
  if (reliance.kind === 'none') sentences.push(t('levers.reading.none'));
  if (reliance.kind === 'single') {
    const group = summary.groups.find((entry) => entry.group === reliance.group);
    sentences.push(t('levers.reading.single', { group: groupName(reliance.group), levers: leverNames(group?.strong ?? []) }));
  }
  if (reliance.kind === 'several') {
    sentences.push(t('levers.reading.several', { groups: list.format(reliance.groups.map(groupName)), levers: leverNames(summary.strongest.slice(0, 3)) }));
  }
  if (summary.trapsWithoutHabit) sentences.push(t('levers.reading.traps'));
  // The weakest group only says something once a second group is there to compare it with.
  const rated = summary.groups.filter((group) => group.mean !== null);
  const weakest = rated.reduce<(typeof rated)[number] | null>((low, group) => (low === null || (group.mean ?? 0) < (low.mean ?? 0) ? group : low), null);
  if (rated.length >= 2 && weakest && weakest.mean !== null && weakest.strong.length === 0) {
    sentences.push(t('levers.reading.weakest', { group: groupName(weakest.group), mean: format.number(weakest.mean, 1) }));
  }
  const caution = summary.ratedCount < LEVERS.length ? t('levers.reading.partial', { rated: summary.ratedCount, total: LEVERS.length }) : null;
  return { sentences, caution };
}
