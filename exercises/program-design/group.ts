import { enteredDecimals } from '../../src/data/sheet';
import type { GroupCell, GroupSection } from '../../src/handin/format';
import { INTL_TAG, perLocale, type Locale, type LocalizedText } from '../../src/i18n/locale';
import type { Dictionaries } from '../../src/i18n/messages';
import { translator } from '../../src/i18n/translate';
import { PROGRAM_FIGURE_CODECS } from '../../src/results/programFigureCodecs';
import { LIFE_CYCLE_STAGE_NAMES, MARKET_NAMES, PROGRAM_TYPE_NAMES } from '../../src/results/programTypes';
import type { GroupDeclaration } from '../../src/workbook/contract';
import { economicsMessages } from './messages/economics';
import { goalMessages } from './messages/goal';
import { groupMessages } from './messages/group';
import { mechanicsMessages } from './messages/mechanics';
import { namesMessages } from './messages/names';
import type { FigureKey } from './model/economics';
import { MISTAKES, type ProgramDesignState } from './state';
import { FIGURE_GROUPS } from './steps/economics/figureFields';

/** A message of the exercise in every language: the trainer may read the group view in another one than the team's. */
const text = <K extends string>(dictionaries: Dictionaries<K>, key: K): LocalizedText => perLocale((locale) => translator(dictionaries, locale)(key));
const count = (value: number): GroupCell => ({ kind: 'number', value, decimals: 0 });
const notChosen = () => text(goalMessages, 'export.goal.notChosen');
const word = (value: LocalizedText | null): GroupCell => ({ kind: 'text', value: value ?? notChosen() });

/** Names joined as each language lists them ("a, b и c"); "not chosen" for none. */
function list(names: readonly LocalizedText[]): GroupCell {
  if (names.length === 0) return word(null);
  const join = (locale: Locale) => new Intl.ListFormat(INTL_TAG[locale], { type: 'conjunction' }).format(names.map((name) => name[locale]));
  return { kind: 'text', value: perLocale(join) };
}

/** A figure as the participant typed it (the ROI form's decimals): shares as fractions, amounts in the currency. */
function figureCell(key: FigureKey, value: number | null): GroupCell {
  const unit = PROGRAM_FIGURE_CODECS[key].unit;
  if (key === 'horizonMonths') return { kind: 'months', value, decimals: 0 };
  if (unit === 'percent') return { kind: 'percent', value, decimals: value === null ? 0 : enteredDecimals(value * 100) };
  if (unit === 'money') return { kind: 'money', value, decimals: value === null ? 0 : enteredDecimals(value) };
  return { kind: 'number', value, decimals: value === null ? 0 : enteredDecimals(value) };
}

/**
 * What the trainer compares across teams: the program's goal, market, stage and mechanics, how many classic mistakes
 * it answers or leaves open, and the figures it would be evaluated with in ROI. The payback and ROI themselves are
 * ROI's own to compute and hand in; the design keeps no copy of them.
 */
export const programDesignGroup: GroupDeclaration<ProgramDesignState> = {
  summarize: ({ state }) => {
    const name = state.name.trim();
    const statuses = MISTAKES.map((mistake) => state.mistakes[mistake]?.status ?? null);
    const program: GroupSection = {
      id: 'program',
      title: text(goalMessages, 'goal.programTitle'),
      rows: [
        // The team's own name for it, the same whatever language the trainer reads in.
        ...(name === '' ? [] : [{ key: 'name', label: text(goalMessages, 'goal.name'), cell: { kind: 'text' as const, value: perLocale(() => name) } }]),
        { key: 'goals', label: text(goalMessages, 'export.goal.goals'), cell: list(state.goals.map((goal) => text(namesMessages, `goal.${goal}`))) },
        { key: 'market', label: text(goalMessages, 'export.goal.market'), cell: word(state.market === null ? null : MARKET_NAMES[state.market]) },
        { key: 'stage', label: text(goalMessages, 'export.goal.stage'), cell: word(state.stage === null ? null : LIFE_CYCLE_STAGE_NAMES[state.stage]) },
        { key: 'mechanics', label: text(mechanicsMessages, 'mech.mechanicsTitle'), cell: list([...new Set(state.mechanics.chosen.map((mechanic) => mechanic.type))].map((type) => PROGRAM_TYPE_NAMES[type])) },
        { key: 'mechanicsCount', label: text(groupMessages, 'group.mechanicsCount'), cell: count(state.mechanics.chosen.length) },
        { key: 'mistakesAnswered', label: text(groupMessages, 'group.mistakesAnswered'), cell: count(statuses.filter((status) => status === 'answered').length) },
        { key: 'mistakesFlagged', label: text(groupMessages, 'group.mistakesFlagged'), cell: count(statuses.filter((status) => status === 'flagged').length) },
      ],
    };
    const figures: GroupSection = {
      id: 'figures',
      title: text(groupMessages, 'group.figures'),
      rows: FIGURE_GROUPS.flatMap((group) =>
        group.figures.map((key) => ({ key, label: text(economicsMessages, `economics.figure.${key}`), cell: figureCell(key, state.economics[key]) })),
      ),
    };
    return { sections: [program, figures] };
  },
};
