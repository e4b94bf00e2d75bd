import { enteredDecimals } from '../../src/data/sheet';
import type { GroupCell, GroupSection } from '../../src/handin/format';
import { perLocale, type LocalizedText } from '../../src/i18n/locale';
import type { Dictionaries, MessageParams } from '../../src/i18n/messages';
import { translator } from '../../src/i18n/translate';
import { LIFE_CYCLE_STAGE_NAMES, MARKET_NAMES, PROGRAM_TYPE_NAMES } from '../../src/results/programTypes';
import type { GroupDeclaration } from '../../src/workbook/contract';
import { LEVER_GROUP_CONTENT } from './content/levers';
import { discountsMessages } from './messages/discounts';
import { groupMessages } from './messages/group';
import { leversMessages } from './messages/levers';
import { typesMessages } from './messages/types';
import { checkDiscounts, discountsWithVerdict } from './model/discounts';
import { fitLevels } from './model/fit';
import { summarizeLevers } from './model/levers';
import { checkMechanic } from './model/mechanics';
import { rankProgramTypes, shortList } from './model/ranking';
import type { IncentivesState } from './state';

/** A message of the exercise in every language: the trainer may read the group view in another one than the team's. */
const text = <K extends string>(dictionaries: Dictionaries<K>, key: K, params?: MessageParams): LocalizedText =>
  perLocale((locale) => translator(dictionaries, locale)(key, params));
const count = (value: number): GroupCell => ({ kind: 'number', value, decimals: 0 });
const word = (value: LocalizedText | null): GroupCell => ({ kind: 'text', value: value ?? text(typesMessages, 'export.notChosen') });

/**
 * What the trainer compares across teams: the business the types were judged for, every fully scored program type's
 * total (rows by type, so teams line up), the short list by place, how strong each group of levers is, and how many
 * mechanics and discounts fail the margin check. Everything comes from the state: the exercise has no files.
 */
export const incentivesGroup: GroupDeclaration<IncentivesState> = {
  summarize: ({ state }) => {
    const ranked = rankProgramTypes(state.scores, fitLevels(state));
    const levers = summarizeLevers(state.levers);
    const discounts = checkDiscounts(state.discounts, state.margin);
    const business: GroupSection = {
      id: 'business',
      title: text(typesMessages, 'business.title'),
      rows: [
        { key: 'market', label: text(typesMessages, 'business.market'), cell: word(state.market === null ? null : MARKET_NAMES[state.market]) },
        { key: 'stage', label: text(typesMessages, 'business.stage'), cell: word(state.stage === null ? null : LIFE_CYCLE_STAGE_NAMES[state.stage]) },
      ],
    };
    const ranking: GroupSection = {
      id: 'ranking',
      title: text(typesMessages, 'chart.title'),
      rows: ranked.map((entry) => ({ key: entry.type, label: PROGRAM_TYPE_NAMES[entry.type], cell: count(entry.total) })),
    };
    const short: GroupSection = {
      id: 'shortList',
      title: text(typesMessages, 'shortList.title'),
      rows: shortList(ranked).map((entry, index) => ({
        key: `place-${index + 1}`,
        label: text(groupMessages, 'group.place', { place: index + 1 }),
        cell: word(PROGRAM_TYPE_NAMES[entry.type]),
      })),
    };
    const leverRows: GroupSection = {
      id: 'levers',
      title: text(leversMessages, 'levers.summaryTitle'),
      rows: [
        ...levers.groups.map((group) => ({ key: group.group, label: LEVER_GROUP_CONTENT[group.group].name, cell: { kind: 'number' as const, value: group.mean, decimals: 1 } })),
        { key: 'rated', label: text(groupMessages, 'group.leversRated'), cell: count(levers.ratedCount) },
        { key: 'strong', label: text(groupMessages, 'group.leversStrong'), cell: count(levers.strongest.length) },
      ],
    };
    const aboveMargin = state.mechanics.filter((mechanic) => checkMechanic(mechanic, state.margin).some((finding) => finding.code === 'rewardAboveMargin'));
    const mechanics: GroupSection = {
      id: 'mechanics',
      title: text(groupMessages, 'group.mechanicsAndDiscounts'),
      rows: [
        { key: 'mechanics', label: text(groupMessages, 'group.mechanics'), cell: count(state.mechanics.length) },
        { key: 'rewardAboveMargin', label: text(groupMessages, 'group.mechanicsRewardAboveMargin'), cell: count(aboveMargin.length) },
        { key: 'margin', label: text(discountsMessages, 'discounts.margin'), cell: { kind: 'percent', value: state.margin, decimals: state.margin === null ? 0 : enteredDecimals(state.margin * 100) } },
        { key: 'discounts', label: text(groupMessages, 'group.discounts'), cell: count(discounts.filter((entry) => entry.check.kind === 'checked').length) },
        { key: 'suicidal', label: text(groupMessages, 'group.discountsSuicidal'), cell: count(discountsWithVerdict(discounts, ['suicidal']).length) },
      ],
    };
    return { sections: [business, ranking, short, leverRows, mechanics] };
  },
};
