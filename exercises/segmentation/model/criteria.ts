/**
 * Every customer's value on every criterion the data allows (METHODS.md, "Customer base and segmentation"):
 * attributes as the files write them (region, channel and type from the customer list, the region of the sales
 * lines when the list has none; the manager and the main product group by the customer's revenue in the window),
 * the computed classes (ABC by revenue, the default RFM segment, the life-cycle stage), and numbers cut into bands
 * (months since the first purchase, orders, average check, product groups bought, size, potential).
 *
 * A value is a key: a label, a class ("A", "champions", "lapsing"), or a band ("b0" for the first). NO_VALUE is
 * "not given" (the list has no row or an empty cell for the customer), whose key is "".
 */
import { ABC_CLASSES, classifyAbc } from '../../../src/customers/abc';
import type { CustomerBase } from '../../../src/customers/base';
import { STAGES, lifeCycle } from '../../../src/customers/lifecycle';
import { rfmScores, rfmValues } from '../../../src/customers/rfm';
import { DEFAULT_RFM_SEGMENTS } from '../../../src/customers/rfmDefaults';
import { OTHERS, assignSegments } from '../../../src/customers/rfmSegments';
import { NO_CODE, NO_DAY, type CodedColumn, type SalesLines } from '../../../src/customers/sales';
import type { BandedCriterion, BehaviourSettings, CriterionId } from '../state';

export const NO_VALUE = -1;
export const NOT_GIVEN_KEY = '';

/** Where a criterion's values come from, which decides how the page names them. */
export type CriterionKind = 'label' | 'class' | 'band';

export interface CriterionColumn {
  kind: CriterionKind;
  /** Per customer of the base: an index into `keys`, or NO_VALUE. */
  codes: Int32Array;
  keys: string[];
  /** Band criteria: the upper bounds used (inclusive); the last band is over the last bound. */
  bounds: number[] | null;
}

/** Why a criterion has no values: the column of the sales or the customer list it needs. */
export type CriterionMissing = { file: 'sales'; column: 'manager' | 'product' } | { file: 'customers'; column: 'region' | 'channel' | 'type' | 'size' | 'potential' };

export type CriterionRead = { ok: true; column: CriterionColumn } | { ok: false; missing: CriterionMissing };

export const MONTH_DAYS = 30.4375;

/** Counts and months have bounds that read well on any data; money and size take terciles of the customers' values. */
export const DEFAULT_BOUNDS: Record<BandedCriterion, readonly number[] | 'terciles'> = {
  tenure: [6, 12, 24],
  frequency: [1, 3, 9],
  productBreadth: [1, 2, 4],
  averageCheck: 'terciles',
  size: 'terciles',
  potential: 'terciles',
};

// Casts in this file: reads at an index below the array's length, which noUncheckedIndexedAccess cannot see.

/** Two significant digits: a bound the participant reads at a glance ("≤ 12 000", not "≤ 11 873.4"). */
export function roundBound(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return 0;
  const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 1);
  return Math.round(value / magnitude) * magnitude;
}

/** The 1/3 and 2/3 quantiles (type 7) of the known values, rounded, distinct, ascending; [] with fewer than 3 values. */
export function tercileBounds(values: ArrayLike<number>): number[] {
  const known = Array.from(values).filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (known.length < 3) return [];
  const at = (p: number) => {
    const h = (known.length - 1) * p;
    const low = Math.floor(h);
    return (known[low] as number) + (h - low) * ((known[Math.min(low + 1, known.length - 1)] as number) - (known[low] as number));
  };
  return [...new Set([roundBound(at(1 / 3)), roundBound(at(2 / 3))])].sort((a, b) => a - b);
}

/** The band of a value: the first bound it does not exceed, else the last band; NO_VALUE when not a number. */
export function bandOf(value: number, bounds: readonly number[]): number {
  if (!Number.isFinite(value)) return NO_VALUE;
  for (let band = 0; band < bounds.length; band++) if (value <= (bounds[band] as number)) return band;
  return bounds.length;
}

/** Bounds as given, when they make bands: finite, strictly ascending. */
export function usableBounds(bounds: readonly number[]): boolean {
  return bounds.every((bound, index) => Number.isFinite(bound) && (index === 0 || bound > (bounds[index - 1] as number)));
}

export function bandColumn(values: ArrayLike<number>, bounds: readonly number[]): CriterionColumn {
  const codes = Int32Array.from({ length: values.length }, (_, b) => bandOf(values[b] as number, bounds));
  return { kind: 'band', codes, keys: Array.from({ length: bounds.length + 1 }, (_, band) => `b${band}`), bounds: [...bounds] };
}

function classColumn(codes: Int32Array, keys: readonly string[]): CriterionColumn {
  return { kind: 'class', codes, keys: [...keys], bounds: null };
}

/** The list's coded column read per customer of the base (NO_VALUE when not listed or empty). */
function listLabels(base: CustomerBase, coded: CodedColumn): CriterionColumn {
  const codes = Int32Array.from(base.listRow, (row) => (row === NO_CODE ? NO_VALUE : (coded.codes[row] as number)));
  return { kind: 'label', codes, keys: [...coded.labels], bounds: null };
}

function listFigure(base: CustomerBase, figure: Float64Array): Float64Array {
  return Float64Array.from(base.listRow, (row) => (row === NO_CODE ? Number.NaN : (figure[row] as number)));
}

/** The base index of each line's customer code (NO_CODE for lines of customers not in the base). */
function baseIndexOfCodes(lines: SalesLines, base: CustomerBase): Int32Array {
  const byId = new Map(base.ids.map((id, b) => [id, b]));
  return Int32Array.from(lines.customerLabels, (label) => byId.get(label) ?? NO_CODE);
}

export interface LineFigures {
  /**
   * Per customer: the label with the most net revenue in the window, NO_VALUE when none. A label with lines is
   * a candidate even when its net is not positive (a customer whose only managed line is a return has that
   * manager). Ties: the label the file names first (the lower code), whatever order the customer's lines come in.
   */
  mainManager: Int32Array | null;
  mainProduct: Int32Array | null;
  mainRegion: Int32Array | null;
  /** Per customer: distinct products bought (positive lines) in the window. */
  productBreadth: Float64Array | null;
}

/** Per line: the base index of its customer when the line counts (in the window, with a day and an amount), else NO_CODE. */
function windowLineCustomers(lines: SalesLines, base: CustomerBase): Int32Array {
  const baseOf = baseIndexOfCodes(lines, base);
  const owner = new Int32Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const code = lines.customer[i] as number;
    const day = lines.day[i] as number;
    const b = code === NO_CODE ? NO_CODE : (baseOf[code] as number);
    owner[i] = b === NO_CODE || day === NO_DAY || day < base.startDay || day > base.analysisDay || Number.isNaN(lines.amount[i] as number) ? NO_CODE : b;
  }
  return owner;
}

/**
 * The counting lines' amounts and labels regrouped by customer, each group in file order: customer b's are at
 * [start[b], start[b + 1]). Copied rather than indexed, so the passes after it read memory in order.
 */
interface GroupedLines {
  start: Int32Array;
  amount: Float64Array;
  manager: Int32Array | null;
  product: Int32Array | null;
  region: Int32Array | null;
}

function groupByCustomer(lines: SalesLines, owner: Int32Array, count: number): GroupedLines {
  const start = new Int32Array(count + 1);
  for (let i = 0; i < owner.length; i++) {
    const b = owner[i] as number;
    if (b !== NO_CODE) start[b + 1]! += 1;
  }
  for (let b = 0; b < count; b++) start[b + 1]! += start[b] as number;
  const used = start[count] as number;
  const grouped: GroupedLines = {
    start,
    amount: new Float64Array(used),
    manager: lines.manager ? new Int32Array(used) : null,
    product: lines.product ? new Int32Array(used) : null,
    region: lines.region ? new Int32Array(used) : null,
  };
  const next = start.slice(0, count);
  for (let i = 0; i < owner.length; i++) {
    const b = owner[i] as number;
    if (b === NO_CODE) continue;
    const k = next[b]!++;
    grouped.amount[k] = lines.amount[i] as number;
    if (grouped.manager && lines.manager) grouped.manager[k] = lines.manager[i] as number;
    if (grouped.product && lines.product) grouped.product[k] = lines.product[i] as number;
    if (grouped.region && lines.region) grouped.region[k] = lines.region[i] as number;
  }
  return grouped;
}

/**
 * Per customer, the label with the most net revenue. A customer × label table does not fit at a million lines
 * (100,000 customers × 400 products), so the lines go customer by customer through one sum per label, reset by a
 * stamp: linear in the lines, whatever the number of labels.
 */
function mainLabels(grouped: GroupedLines, labels: Int32Array, labelCount: number): Int32Array {
  const count = grouped.start.length - 1;
  const best = new Int32Array(count).fill(NO_VALUE);
  const sum = new Float64Array(labelCount);
  const stamp = new Int32Array(labelCount).fill(-1);
  const touched = new Int32Array(labelCount);
  for (let b = 0; b < count; b++) {
    let seen = 0;
    for (let k = grouped.start[b] as number; k < (grouped.start[b + 1] as number); k++) {
      const label = labels[k] as number;
      if (label === NO_CODE) continue;
      if (stamp[label] !== b) {
        stamp[label] = b;
        sum[label] = 0;
        touched[seen++] = label;
      }
      sum[label]! += grouped.amount[k] as number;
    }
    let bestLabel = NO_VALUE;
    let bestSum = -Infinity;
    for (let t = 0; t < seen; t++) {
      const label = touched[t] as number;
      const value = sum[label] as number;
      if (value > bestSum || (value === bestSum && label < bestLabel)) {
        bestSum = value;
        bestLabel = label;
      }
    }
    best[b] = bestLabel;
  }
  return best;
}

function breadth(grouped: GroupedLines, product: Int32Array, labelCount: number): Float64Array {
  const count = grouped.start.length - 1;
  const result = new Float64Array(count);
  const stamp = new Int32Array(labelCount).fill(-1);
  for (let b = 0; b < count; b++) {
    let distinct = 0;
    for (let k = grouped.start[b] as number; k < (grouped.start[b + 1] as number); k++) {
      const label = product[k] as number;
      if (label === NO_CODE || !((grouped.amount[k] as number) > 0) || stamp[label] === b) continue;
      stamp[label] = b;
      distinct++;
    }
    result[b] = distinct;
  }
  return result;
}

/** What the base does not hold, from the window's lines: the main manager, product and region, and breadth. */
export function lineFigures(lines: SalesLines, base: CustomerBase): LineFigures {
  if (!lines.manager && !lines.product && !lines.region) return { mainManager: null, mainProduct: null, mainRegion: null, productBreadth: null };
  const grouped = groupByCustomer(lines, windowLineCustomers(lines, base), base.count);
  return {
    mainManager: grouped.manager ? mainLabels(grouped, grouped.manager, lines.managerLabels.length) : null,
    mainProduct: grouped.product ? mainLabels(grouped, grouped.product, lines.productLabels.length) : null,
    mainRegion: grouped.region ? mainLabels(grouped, grouped.region, lines.regionLabels.length) : null,
    productBreadth: grouped.product ? breadth(grouped, grouped.product, lines.productLabels.length) : null,
  };
}

export interface CriteriaInput {
  base: CustomerBase;
  lines: SalesLines;
  behaviour: BehaviourSettings;
  /** Typed bounds per banded criterion; absent or unusable: the default. */
  bands: Partial<Record<BandedCriterion, readonly number[]>>;
  /** lineFigures(lines, base) when the caller keeps it: it depends on neither the behaviour nor the bands. */
  lineFacts?: LineFigures;
}

function boundsFor(criterion: BandedCriterion, values: ArrayLike<number>, typed: readonly number[] | undefined): number[] {
  if (typed && typed.length > 0 && usableBounds(typed)) return [...typed];
  const fallback = DEFAULT_BOUNDS[criterion];
  return fallback === 'terciles' ? tercileBounds(values) : [...fallback];
}

/** Every criterion's column for the base, or the file column it needs. */
export function customerCriteria({ base, lines, behaviour, bands, lineFacts = lineFigures(lines, base) }: CriteriaInput): Record<CriterionId, CriterionRead> {
  const list = base.list;
  const labels = (codes: Int32Array | null, keys: string[]): CriterionColumn | null => (codes ? { kind: 'label', codes, keys: [...keys], bounds: null } : null);
  const read = (column: CriterionColumn | null, missing: CriterionMissing): CriterionRead => (column ? { ok: true, column } : { ok: false, missing });
  const bandsOf = (criterion: BandedCriterion, values: ArrayLike<number>): CriterionColumn => bandColumn(values, boundsFor(criterion, values, bands[criterion]));
  // Tenure, orders and average order come from every sales file; product breadth, size and potential need a column.
  const banded = (criterion: BandedCriterion, values: ArrayLike<number> | null, missing: CriterionMissing): CriterionRead => read(values ? bandsOf(criterion, values) : null, missing);

  const listRegion = list?.categories.region ? listLabels(base, list.categories.region) : null;
  const abc = classifyAbc(base.revenue, { a: behaviour.abcA, b: behaviour.abcB });
  const scores = rfmScores(rfmValues(base), behaviour.rfmBinning);
  const segments = assignSegments(DEFAULT_RFM_SEGMENTS, scores.r, scores.f, scores.m);
  const rfmKeys = [...DEFAULT_RFM_SEGMENTS.map((segment) => segment.id), 'others'];
  const cycle = lifeCycle(base, behaviour.stageK);
  const tenure = Float64Array.from(base.firstEverDay, (first) => (base.analysisDay - first) / MONTH_DAYS);
  const averageCheck = Float64Array.from(base.revenue, (revenue, b) => ((base.orders[b] as number) > 0 ? revenue / (base.orders[b] as number) : Number.NaN));
  const size = list?.figures.size ? listFigure(base, list.figures.size) : null;
  const potential = list?.figures.potential ? listFigure(base, list.figures.potential) : null;

  return {
    region: read(listRegion ?? labels(lineFacts.mainRegion, lines.regionLabels), { file: 'customers', column: 'region' }),
    channel: read(list?.categories.channel ? listLabels(base, list.categories.channel) : null, { file: 'customers', column: 'channel' }),
    type: read(list?.categories.type ? listLabels(base, list.categories.type) : null, { file: 'customers', column: 'type' }),
    manager: read(labels(lineFacts.mainManager, lines.managerLabels), { file: 'sales', column: 'manager' }),
    mainProduct: read(labels(lineFacts.mainProduct, lines.productLabels), { file: 'sales', column: 'product' }),
    abc: { ok: true, column: classColumn(Int32Array.from(abc.classes), ABC_CLASSES) },
    rfm: { ok: true, column: classColumn(Int32Array.from(segments, (segment) => (segment === OTHERS ? rfmKeys.length - 1 : segment)), rfmKeys) },
    stage: { ok: true, column: classColumn(Int32Array.from(cycle.stage), STAGES) },
    tenure: { ok: true, column: bandsOf('tenure', tenure) },
    frequency: { ok: true, column: bandsOf('frequency', Float64Array.from(base.orders)) },
    averageCheck: { ok: true, column: bandsOf('averageCheck', averageCheck) },
    productBreadth: banded('productBreadth', lineFacts.productBreadth, { file: 'sales', column: 'product' }),
    size: banded('size', size, { file: 'customers', column: 'size' }),
    potential: banded('potential', potential, { file: 'customers', column: 'potential' }),
  };
}

/** The value key of a customer on a column ("" when not given). */
export function valueKey(column: CriterionColumn, b: number): string {
  const code = column.codes[b] as number;
  return code === NO_VALUE ? NOT_GIVEN_KEY : (column.keys[code] as string);
}
