import type { Formatters } from '../../../src/i18n/format';
import type { Translate } from '../../../src/i18n/translate';
import { DEFAULT_RFM_SEGMENTS } from '../../../src/customers/rfmDefaults';
import { segmentName as rfmSegmentName, type RfmSegmentMessageKey } from '../../../src/customers/rfmSegmentNames';
import { OTHERS } from '../../../src/customers/rfmSegments';
import type { SegmentationFigures } from '../analysis/segmentationAnalysis';
import type { namesMessages } from '../messages/names';
import type { CriterionMissing } from '../model/criteria';
import { NOT_GIVEN_KEY } from '../model/criteria';
import { OTHERS_KEY, crossValues } from '../model/segments';
import { isStarterRuleId } from './starterRules';
import type { CriterionId, SegmentationState, Strategy } from '../state';

type NamesKey = keyof (typeof namesMessages)['ru'];

// Casts in this file: a band's lower bound is read below the bounds' length (index > 0, or the last band of a non-empty list).

/** Criteria whose bands count whole things: "1", "2–3", "10 or more" read better than "over 1 up to 3". */
const COUNTED = new Set<CriterionId>(['frequency', 'productBreadth']);
const MONEY = new Set<CriterionId>(['averageCheck', 'potential']);

export interface SegmentationNames {
  criterion: (id: CriterionId) => string;
  /** A value key of a criterion ("" is "not given"); bands need the bounds the analysis used. */
  value: (criterion: CriterionId, key: string, bounds: readonly number[] | null) => string;
  /** A segment's name by its key, for the participant's rules or cross-tab; bounds per banded criterion for cells. */
  segment: (key: string, bounds?: Partial<Record<CriterionId, readonly number[] | null>>) => string;
  strategy: (strategy: Strategy) => string;
  missing: (missing: CriterionMissing) => string;
}

/**
 * How the exercise names things on screen, in the Excel export and in print: the page passes its translators, the
 * export the ones of the chosen language. Labels read from a file (a region, a manager) are shown as written, the
 * demo's codes in the language (`labelName`).
 */
export function segmentationNames(
  t: Translate<NamesKey>,
  rfmT: Translate<RfmSegmentMessageKey>,
  format: Formatters,
  labelName: (label: string) => string,
  segments: SegmentationState['segments'],
): SegmentationNames {
  const criterion = (id: CriterionId) => t(`criterion.${id}`);
  const amount = (id: CriterionId, value: number) => {
    if (MONEY.has(id)) return format.money(value);
    if (id === 'tenure') return t('unit.tenure', { value: format.number(value, 1) });
    return format.number(value, 2);
  };
  const band = (id: CriterionId, index: number, bounds: readonly number[]) => {
    if (bounds.length === 0) return t('band.all');
    const to = bounds[index];
    const from = index > 0 ? (bounds[index - 1] as number) : null;
    if (COUNTED.has(id)) {
      const low = from === null ? 1 : Math.floor(from) + 1;
      if (to === undefined) return t('band.orMore', { from: format.integer(low) });
      const high = Math.floor(to);
      return low >= high ? t('band.exactly', { value: format.integer(high) }) : t('band.range', { from: format.integer(low), to: format.integer(high) });
    }
    if (to === undefined) return t('band.over', { from: amount(id, from as number) });
    if (from === null) return t('band.upTo', { to: amount(id, to) });
    return t('band.between', { from: amount(id, from), to: amount(id, to) });
  };
  const value = (id: CriterionId, key: string, bounds: readonly number[] | null) => {
    if (key === NOT_GIVEN_KEY) return t('value.notGiven');
    if (id === 'abc') return key;
    if (id === 'stage') return t(`value.stage.${key as 'firstTime' | 'repeat' | 'longTerm' | 'lapsing'}`); // Cast: stage keys are STAGES.
    if (id === 'rfm') {
      const index = DEFAULT_RFM_SEGMENTS.findIndex((segment) => segment.id === key);
      return rfmSegmentName(rfmT, DEFAULT_RFM_SEGMENTS, index < 0 ? OTHERS : index);
    }
    if (bounds !== null && /^b\d+$/.test(key)) return band(id, Number(key.slice(1)), bounds);
    return labelName(key);
  };
  const segment = (key: string, bounds: Partial<Record<CriterionId, readonly number[] | null>> = {}) => {
    if (key === OTHERS_KEY) return t('segment.others');
    const cell = crossValues(key);
    const { rows, columns } = segments.crossTab;
    if (cell && rows !== null && columns !== null) {
      return t('segment.cell', { row: value(rows, cell.row, bounds[rows] ?? null), column: value(columns, cell.column, bounds[columns] ?? null) });
    }
    const index = segments.rules.findIndex((rule) => rule.id === key);
    const rule = segments.rules[index];
    const own = rule?.name?.trim();
    if (own) return own;
    if (rule && rule.name === null && isStarterRuleId(rule.id)) return t(`segment.${rule.id}`);
    return t('segment.unnamed', { n: index < 0 ? segments.rules.length + 1 : index + 1 });
  };
  return {
    criterion,
    value,
    segment,
    strategy: (strategy) => t(`strategy.${strategy}`),
    missing: (missing) => t(missing.file === 'sales' ? 'missing.sales' : 'missing.customers', { column: t(`column.${missing.column}`) }),
  };
}

/** The bounds each banded criterion was cut at in the analysis (none without figures): a band value is named with them. */
export function boundsByCriterion(figures: SegmentationFigures | null): Partial<Record<CriterionId, readonly number[] | null>> {
  const bounds: Partial<Record<CriterionId, readonly number[] | null>> = {};
  if (figures === null) return bounds;
  for (const [id, summary] of Object.entries(figures.criteria)) {
    // Cast: Object.entries loses the record's key type; the keys are CriterionId by the figures' type.
    if (summary.ok) bounds[id as CriterionId] = summary.bounds;
  }
  return bounds;
}
