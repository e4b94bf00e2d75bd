import type { Formatters } from '../../../../src/i18n/format';
import { INTL_TAG } from '../../../../src/i18n/locale';
import type { Translate } from '../../../../src/i18n/translate';
import { PROGRAM_TYPE_NAMES } from '../../../../src/results/programTypes';
import type { ReadingText } from '../../../../src/ui/Reading';
import { discountsLosingProfit, discountsWithVerdict, type CheckedDiscount } from '../../model/discounts';
import { checkMechanic, needsLook } from '../../model/mechanics';
import type { ChosenMechanic } from '../../state';
import type { DiscountsMessageKey } from '../../messages/discounts';
import type { MechanicsMessageKey } from '../../messages/mechanics';

interface MechanicsReadingInput {
  mechanics: readonly ChosenMechanic[];
  margin: number | null;
  checked: readonly CheckedDiscount[];
}

/** How a discount line is headed: by its number and what it is for, or by its number alone. */
export function discountTitle(entry: CheckedDiscount, t: Translate<DiscountsMessageKey>): string {
  const name = entry.line.name.trim();
  return name === '' ? t('discounts.untitled', { number: entry.number }) : `${entry.number}. ${name}`;
}

/** The same in a sentence, the name quoted so it reads apart from the words around it. */
function discountInSentence(entry: CheckedDiscount, t: Translate<DiscountsMessageKey>): string {
  const name = entry.line.name.trim();
  return name === '' ? t('discounts.untitled', { number: entry.number }) : t('discounts.named', { number: entry.number, name });
}

/** Step 3 in words: the suicidal and losing discounts first, then the mechanics that need a look. */
export function mechanicsReading(
  { mechanics, margin, checked }: MechanicsReadingInput,
  tm: Translate<MechanicsMessageKey>,
  td: Translate<DiscountsMessageKey>,
  format: Formatters,
): ReadingText {
  const list = new Intl.ListFormat(INTL_TAG[format.locale], { type: 'conjunction' });
  const names = (entries: readonly CheckedDiscount[]) => list.format(entries.map((entry) => discountInSentence(entry, td)));
  const sentences: string[] = [];

  if (margin === null) sentences.push(td('discounts.reading.noMargin'));
  else if (margin <= 0) sentences.push(td('discounts.marginZero'));
  else if (!checked.some((entry) => entry.check.kind === 'checked')) sentences.push(td('discounts.reading.none'));
  else {
    const suicidal = discountsWithVerdict(checked, ['suicidal']);
    const unrealistic = discountsWithVerdict(checked, ['unrealistic']);
    const losing = discountsLosingProfit(checked).filter((entry) => !suicidal.includes(entry) && !unrealistic.includes(entry));
    if (suicidal.length > 0) sentences.push(td('discounts.reading.suicidal', { names: names(suicidal), margin: format.percent(margin) }));
    if (unrealistic.length > 0) sentences.push(td('discounts.reading.unrealistic', { names: names(unrealistic) }));
    if (losing.length > 0) sentences.push(td('discounts.reading.losing', { names: names(losing) }));
    if (suicidal.length + unrealistic.length + losing.length === 0) sentences.push(td('discounts.reading.fine'));
  }

  if (mechanics.length === 0) sentences.push(tm('mechanics.reading.noMechanics'));
  else {
    const flagged = mechanics.flatMap((mechanic, index) =>
      needsLook(checkMechanic(mechanic, margin)) ? [tm('mechanics.named', { number: index + 1, type: PROGRAM_TYPE_NAMES[mechanic.type][format.locale] })] : [],
    );
    sentences.push(flagged.length > 0 ? tm('mechanics.reading.look', { names: list.format(flagged) }) : tm('mechanics.reading.fine', { count: mechanics.length }));
  }
  return { sentences, caution: null };
}
