import { INTL_TAG, type Locale } from '../../../../src/i18n/locale';
import type { Translate } from '../../../../src/i18n/translate';
import type { ReadingText } from '../../../../src/ui/Reading';
import type { IncentiveMechanics } from '../../../../src/results/incentiveMechanics';
import { PROGRAM_TYPE_NAMES, type ProgramType } from '../../../../src/results/programTypes';
import type { ResultRead } from '../../../../src/workbook/results';
import type { MechanicsMessageKey } from '../../messages/mechanics';
import type { ProgramDesignState } from '../../state';
import { stillOffered } from './mechanicList';

/** More mechanics than this and the rules no longer fit in a minute's explanation. */
export const MAX_CLEAR_MECHANICS = 3;
/** Types whose reward is a share of the purchase: the economics step needs that share. */
const RATED: ReadonlySet<ProgramType> = new Set<ProgramType>(['discount', 'points', 'cashback']);
/** Types whose reward is kept until spent: without an expiry it stays a debt (METHODS.md, breakage). */
const KEPT: ReadonlySet<ProgramType> = new Set<ProgramType>(['points', 'cashback']);

/** What step 2 says first: which mechanics the program has, where they came from, what is missing in them and the rules. */
export function mechanicsReading(state: ProgramDesignState, read: ResultRead<IncentiveMechanics>, locale: Locale, t: Translate<MechanicsMessageKey>): ReadingText {
  const sentences: string[] = [];
  const { chosen } = state.mechanics;
  const list = new Intl.ListFormat(INTL_TAG[locale], { type: 'conjunction' });
  const names = (types: readonly ProgramType[]) => list.format([...new Set(types)].map((type) => PROGRAM_TYPE_NAMES[type][locale]));
  if (chosen.length === 0) {
    if (read.status === 'ready' && read.value.mechanics.length > 0) sentences.push(t('mech.reading.offered', { count: read.value.mechanics.length }));
    else if (read.status !== 'ready') sentences.push(t('mech.reading.notFilled'));
    else sentences.push(t('mech.reading.none'));
  } else {
    sentences.push(t('mech.reading.summary', { names: names(chosen.map((mechanic) => mechanic.type)) }));
    if (state.mechanics.source === 'incentives' && read.status === 'ready' && !stillOffered(state.mechanics, read.value.mechanics)) sentences.push(t('mech.reading.changed'));
    if (chosen.length > MAX_CLEAR_MECHANICS) sentences.push(t('mech.reading.tooMany', { count: chosen.length }));
    const unrated = chosen.filter((mechanic) => RATED.has(mechanic.type) && mechanic.rewardRate === null).map((mechanic) => mechanic.type);
    if (unrated.length > 0) sentences.push(t('mech.reading.noRate', { names: names(unrated) }));
    const everlasting = chosen.filter((mechanic) => KEPT.has(mechanic.type) && mechanic.expiryMonths === null).map((mechanic) => mechanic.type);
    if (everlasting.length > 0) sentences.push(t('mech.reading.noExpiry', { names: names(everlasting) }));
    if (state.rules.earning.trim() === '' || state.rules.spending.trim() === '') sentences.push(t('mech.reading.noEarnSpend'));
  }
  if (state.channel.throughPartners && state.channel.partnersSide.trim() === '') sentences.push(t('mech.reading.noPartners'));
  return { sentences, caution: null };
}
