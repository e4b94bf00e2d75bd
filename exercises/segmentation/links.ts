import { perLocale, type Locale, type LocalizedText } from '../../src/i18n/locale';
import { createFormatters } from '../../src/i18n/format';
import { translator } from '../../src/i18n/translate';
import { isDefaultSegmentId, rfmSegmentMessages } from '../../src/customers/rfmSegmentNames';
import type { SegmentTargets } from '../../src/results/segmentTargets';
import { isStarterRuleId } from './content/starterRules';
import { namesMessages } from './messages/names';
import type { BandedCriterion, CriterionId, SegmentationState } from './state';

/*
 * This module is imported by the exercise's definition, which the home page loads: it names segments from the
 * messages alone. content/names.ts names them on the steps with the analysis' figures and the model's key parser,
 * which would pull the sales model into the home page's bundle; here a segment is named from the state only, the
 * same way where the state allows (test/unit/segmentation/links.test.ts checks the two agree on the keys).
 */

const OTHERS_KEY = 'others';
const CROSS_PREFIX = 'x:';
const NOT_GIVEN_KEY = '';
/** The fixed bounds of the counted criteria (model/criteria.ts DEFAULT_BOUNDS); money and size take terciles of the data. */
const FIXED_BOUNDS: Partial<Record<BandedCriterion, readonly number[]>> = { tenure: [6, 12, 24], frequency: [1, 3, 9], productBreadth: [1, 2, 4] };
const COUNTED = new Set<CriterionId>(['frequency', 'productBreadth']);
const BANDED = new Set<CriterionId>(['tenure', 'frequency', 'averageCheck', 'productBreadth', 'size', 'potential']);
const STAGE_VALUES = new Set(['firstTime', 'repeat', 'longTerm', 'lapsing']);

/** A cell key "x:<row>|<column>", a bar or backslash in a value escaped with a backslash (model/segments.ts crossKey). */
function cellValues(key: string): { row: string; column: string } | null {
  if (!key.startsWith(CROSS_PREFIX)) return null;
  const parts = key.slice(CROSS_PREFIX.length).match(/^((?:\\.|[^\\|])*)\|((?:\\.|[^\\])*)$/s);
  if (!parts) return null;
  const unescape = (value: string) => value.replace(/\\(.)/gs, '$1');
  return { row: unescape(parts[1] ?? ''), column: unescape(parts[2] ?? '') };
}

function namer(state: SegmentationState, locale: Locale) {
  const t = translator(namesMessages, locale);
  const rfmT = translator(rfmSegmentMessages, locale);
  const format = createFormatters(locale, 'RUB');
  // Bands are named by their bounds, as the steps do; money is written without a currency, which the state does not hold.
  const amount = (criterion: CriterionId, value: number) => (criterion === 'tenure' ? t('unit.tenure', { value: format.number(value, 1) }) : format.number(value, 2));
  const band = (criterion: BandedCriterion, index: number): string => {
    const bounds = state.criteria.bands[criterion] ?? FIXED_BOUNDS[criterion];
    // Terciles of the data the state does not hold: the band's place is all there is to name it by.
    if (bounds === undefined) return `${t(`criterion.${criterion}`)} ${format.integer(index + 1)}`;
    if (bounds.length === 0) return t('band.all');
    const to = bounds[index];
    const from = index > 0 ? bounds[index - 1] : undefined;
    if (COUNTED.has(criterion)) {
      const low = from === undefined ? 1 : Math.floor(from) + 1;
      if (to === undefined) return t('band.orMore', { from: format.integer(low) });
      const high = Math.floor(to);
      return low >= high ? t('band.exactly', { value: format.integer(high) }) : t('band.range', { from: format.integer(low), to: format.integer(high) });
    }
    if (to === undefined) return t('band.over', { from: amount(criterion, from ?? 0) });
    if (from === undefined) return t('band.upTo', { to: amount(criterion, to) });
    return t('band.between', { from: amount(criterion, from), to: amount(criterion, to) });
  };
  const value = (criterion: CriterionId, key: string): string => {
    if (key === NOT_GIVEN_KEY) return t('value.notGiven');
    if (criterion === 'stage' && STAGE_VALUES.has(key)) return t(`value.stage.${key as 'firstTime' | 'repeat' | 'longTerm' | 'lapsing'}`); // Cast: checked just above.
    if (criterion === 'rfm') {
      if (key === OTHERS_KEY) return rfmT('segment.others.name');
      if (isDefaultSegmentId(key)) return rfmT(`segment.${key}.name`);
    }
    // Cast: BANDED holds exactly the banded criteria.
    if (BANDED.has(criterion) && /^b\d+$/.test(key)) return band(criterion as BandedCriterion, Number(key.slice(1)));
    // ABC classes are their letters; labels from the participant's files are shown as written.
    return key;
  };
  return (key: string): string => {
    if (key === OTHERS_KEY) return t('segment.others');
    const cell = cellValues(key);
    const { rows, columns } = state.segments.crossTab;
    if (cell && rows !== null && columns !== null) return t('segment.cell', { row: value(rows, cell.row), column: value(columns, cell.column) });
    const index = state.segments.rules.findIndex((rule) => rule.id === key);
    const rule = state.segments.rules[index];
    const own = rule?.name?.trim();
    if (own) return own;
    if (rule && rule.name === null && isStarterRuleId(rule.id)) return t(`segment.${rule.id}`);
    return t('segment.unnamed', { n: index < 0 ? state.segments.rules.length + 1 : index + 1 });
  };
}

/** The segments the state knows: the rules and everyone else, or the cross-tab's cells that have a target entry. */
function segmentKeys(state: SegmentationState): string[] {
  if (state.segments.mode === 'rules') return [...state.segments.rules.map((rule) => rule.id), OTHERS_KEY];
  // Cells come from the data, which the state does not hold: the ones the participant has given a decision are known.
  return Object.keys(state.targets).filter((key) => cellValues(key) !== null);
}

/** Every segment with its name in each language, whether it is a target, its strategy and offer. */
export function segmentTargets(state: SegmentationState): SegmentTargets {
  const names = perLocale((locale) => namer(state, locale));
  const strategies = perLocale((locale) => translator(namesMessages, locale));
  return {
    segments: segmentKeys(state).map((key) => {
      const decided = Object.hasOwn(state.targets, key) ? state.targets[key] : undefined;
      const strategy = decided?.strategy ?? null;
      const name: LocalizedText = { ru: names.ru(key), en: names.en(key), zh: names.zh(key) };
      return {
        key,
        name,
        target: decided?.target ?? false,
        strategy: strategy === null ? null : perLocale((locale) => strategies[locale](`strategy.${strategy}`)),
        strategyKey: strategy,
        offer: decided?.offer ?? '',
      };
    }),
  };
}
