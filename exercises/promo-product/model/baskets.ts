/**
 * Receipt lines into baskets: the one input every figure of the exercise is computed from. A basket is the set
 * of items (products, or categories at that level) of one receipt, each item once however many lines carry it
 * (METHODS.md: "an item appearing twice in one receipt counts once"). Kept as typed arrays in compressed rows
 * (`start`, `members`) because a million lines must fit a worker's memory and feed the miner without copies.
 */
import type { BasketLevel } from '../state';

/** Dictionary codes have no "missing" value of their own: this one is never an index. */
export const NO_CODE = -1;
/** Matches src/data/columnar.ts's empty day, so stored days pass through unchanged. */
export const NO_DAY = -2_147_483_648;

/**
 * The receipt lines as codes into dictionaries. Money columns hold NaN where the line has no value; `amount`
 * is the line's revenue (the amount, or price × quantity), `cost` its cost (the cost, or amount − margin).
 */
export interface ReceiptLines {
  length: number;
  receipt: Int32Array;
  receiptLabels: readonly string[];
  product: Int32Array;
  productLabels: readonly string[];
  /** null: the file has no category column; NO_CODE on a line without one. */
  category: Int32Array | null;
  categoryLabels: readonly string[];
  customer: Int32Array | null;
  customerLabels: readonly string[];
  day: Int32Array | null;
  quantity: Float64Array | null;
  amount: Float64Array | null;
  cost: Float64Array | null;
}

/** What `buildBaskets` is told by the participant (state.receipts). */
export interface BasketOptions {
  level: BasketLevel;
  /** from → into; chains are followed (a → b, b → c reads a as c). */
  merges: Readonly<Record<string, string>>;
  excluded: readonly string[];
}

/** What the miner needs: receipts as sorted, distinct item ids. */
export interface TransactionIndex {
  itemCount: number;
  receiptCount: number;
  /** Receipt r holds members[start[r]] … members[start[r + 1] − 1], ascending. */
  start: Int32Array;
  members: Int32Array;
}

export interface BasketSet extends TransactionIndex {
  /** Item labels at the chosen level, after merges, sorted as the participant's language would not matter: by code point. */
  items: readonly string[];
  /** Sum of the receipt's line amounts; null when the file has no money. */
  receiptValue: Float64Array | null;
  /** The receipt's day (days since 1970-01-01) or NO_DAY; null without dates. */
  receiptDay: Int32Array | null;
  /** Index into `customers`, or NO_CODE for a receipt without a customer; null without customers. */
  receiptCustomer: Int32Array | null;
  customers: readonly string[];
  itemRevenue: Float64Array | null;
  /** Revenue and gross margin of the lines whose cost is known: margin share = margin / revenue of those lines. */
  itemCostedRevenue: Float64Array | null;
  itemMargin: Float64Array | null;
  /** Units sold (lines when the file has no quantity). */
  itemQuantity: Float64Array;
  /** Lines left out, by reason: returns (negative quantity or amount), items excluded by the participant. */
  leftOut: { returns: number; excluded: number; zeroQuantity: number };
  /** Lines read at category level that had no category: they keep their product's label. */
  withoutCategory: number;
  /** Receipts whose every line was left out. */
  emptyReceipts: number;
}

/**
 * Follows merge chains. Every label of a cycle (a → b → a: each said to be the other) is one product, read as
 * the cycle's first label by code point, whichever label the chain starts from.
 */
export function resolveMerge(label: string, merges: Readonly<Record<string, string>>): string {
  const path = [label];
  const seen = new Set<string>(path);
  let current = label;
  for (;;) {
    const next = Object.hasOwn(merges, current) ? merges[current] : undefined;
    if (next === undefined) return current;
    if (seen.has(next)) return path.slice(path.indexOf(next)).reduce((first, member) => (member < first ? member : first));
    seen.add(next);
    path.push(next);
    current = next;
  }
}

// Casts in this file: reads at an index below the array's length, which noUncheckedIndexedAccess cannot see.

export function buildBaskets(lines: ReceiptLines, options: BasketOptions): BasketSet {
  const atCategory = options.level === 'category' && lines.category !== null;
  const excluded = new Set(options.excluded);

  // Each source label (product or category code) is resolved once into an item id, or −1 when left out.
  const labelOf = (line: number): { label: string; fromProduct: boolean } => {
    if (atCategory) {
      const code = (lines.category as Int32Array)[line] as number;
      if (code !== NO_CODE) return { label: lines.categoryLabels[code] as string, fromProduct: false };
    }
    return { label: lines.productLabels[(lines.product[line] as number)] as string, fromProduct: true };
  };
  const resolved = new Map<string, string | null>();
  const resolve = (label: string): string | null => {
    let target = resolved.get(label);
    if (target === undefined) {
      const merged = resolveMerge(label, options.merges);
      target = excluded.has(merged) || excluded.has(label) ? null : merged;
      resolved.set(label, target);
    }
    return target;
  };

  // Pass 1: which lines count and under which label.
  const lineItemLabel = new Array<string | null>(lines.length);
  const leftOut = { returns: 0, excluded: 0, zeroQuantity: 0 };
  let withoutCategory = 0;
  const labels = new Set<string>();
  for (let line = 0; line < lines.length; line++) {
    const quantity = lines.quantity ? (lines.quantity[line] as number) : Number.NaN;
    const amount = lines.amount ? (lines.amount[line] as number) : Number.NaN;
    if (quantity < 0 || amount < 0) {
      leftOut.returns++;
      lineItemLabel[line] = null;
      continue;
    }
    if (quantity === 0) {
      leftOut.zeroQuantity++;
      lineItemLabel[line] = null;
      continue;
    }
    const { label, fromProduct } = labelOf(line);
    if (atCategory && fromProduct) withoutCategory++;
    const item = resolve(label);
    if (item === null) leftOut.excluded++;
    else labels.add(item);
    lineItemLabel[line] = item;
  }

  const items = [...labels].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const itemId = new Map(items.map((label, index) => [label, index]));
  const itemCount = items.length;

  // Pass 2: lines grouped by receipt (receipt codes need not be contiguous in the file).
  const receiptTotal = lines.receiptLabels.length;
  const linesPerReceipt = new Int32Array(receiptTotal + 1);
  for (let line = 0; line < lines.length; line++) if (lineItemLabel[line] !== null) linesPerReceipt[(lines.receipt[line] as number) + 1]!++;
  for (let r = 0; r < receiptTotal; r++) linesPerReceipt[r + 1]! += linesPerReceipt[r] as number;
  const lineOrder = new Int32Array(linesPerReceipt[receiptTotal] as number);
  const fill = linesPerReceipt.slice(0, receiptTotal);
  for (let line = 0; line < lines.length; line++) {
    if (lineItemLabel[line] === null) continue;
    const receipt = lines.receipt[line] as number;
    lineOrder[fill[receipt]!++] = line;
  }

  const hasMoney = lines.amount !== null;
  const hasCost = lines.cost !== null && hasMoney;
  const itemRevenue = hasMoney ? new Float64Array(itemCount) : null;
  const itemCostedRevenue = hasCost ? new Float64Array(itemCount) : null;
  const itemMargin = hasCost ? new Float64Array(itemCount) : null;
  const itemQuantity = new Float64Array(itemCount);

  const start: number[] = [0];
  const members: number[] = [];
  const receiptValue: number[] = [];
  const receiptDay: number[] = [];
  const receiptCustomer: number[] = [];
  let emptyReceipts = 0;
  const seen = new Int32Array(itemCount).fill(-1);
  const basket: number[] = [];
  for (let r = 0; r < receiptTotal; r++) {
    const from = linesPerReceipt[r] as number;
    const to = linesPerReceipt[r + 1] as number;
    if (from === to) {
      emptyReceipts++;
      continue;
    }
    const receiptIndex = start.length - 1;
    basket.length = 0;
    let value = 0;
    let day = NO_DAY;
    let customer = NO_CODE;
    for (let k = from; k < to; k++) {
      const line = lineOrder[k] as number;
      const item = itemId.get(lineItemLabel[line] as string) as number;
      if (seen[item] !== receiptIndex) {
        seen[item] = receiptIndex;
        basket.push(item);
      }
      const quantity = lines.quantity ? (lines.quantity[line] as number) : Number.NaN;
      itemQuantity[item]! += Number.isNaN(quantity) ? 1 : quantity;
      const amount = lines.amount ? (lines.amount[line] as number) : Number.NaN;
      if (itemRevenue && !Number.isNaN(amount)) {
        itemRevenue[item]! += amount;
        value += amount;
        const cost = lines.cost ? (lines.cost[line] as number) : Number.NaN;
        if (itemCostedRevenue && itemMargin && !Number.isNaN(cost)) {
          itemCostedRevenue[item]! += amount;
          itemMargin[item]! += amount - cost;
        }
      }
      if (day === NO_DAY && lines.day) day = lines.day[line] as number;
      if (customer === NO_CODE && lines.customer) customer = lines.customer[line] as number;
    }
    basket.sort((a, b) => a - b);
    for (const item of basket) members.push(item);
    start.push(members.length);
    receiptValue.push(value);
    receiptDay.push(day);
    receiptCustomer.push(customer);
  }

  return {
    items,
    itemCount,
    receiptCount: start.length - 1,
    start: Int32Array.from(start),
    members: Int32Array.from(members),
    receiptValue: hasMoney ? Float64Array.from(receiptValue) : null,
    receiptDay: lines.day ? Int32Array.from(receiptDay) : null,
    receiptCustomer: lines.customer ? Int32Array.from(receiptCustomer) : null,
    customers: lines.customerLabels,
    itemRevenue,
    itemCostedRevenue,
    itemMargin,
    itemQuantity,
    leftOut,
    withoutCategory,
    emptyReceipts,
  };
}

/** A dictionary built as values arrive: the demo's rows and tests feed plain values, not stored codes. */
export function dictionary(): { codes: (value: string | null) => number; labels: string[] } {
  const labels: string[] = [];
  const index = new Map<string, number>();
  return {
    labels,
    codes(value) {
      if (value === null) return NO_CODE;
      let code = index.get(value);
      if (code === undefined) {
        code = labels.length;
        labels.push(value);
        index.set(value, code);
      }
      return code;
    },
  };
}

/** One receipt line as plain values, as tests and the demo store write it. */
export interface PlainReceiptLine {
  receipt: string;
  product: string;
  date?: string | null;
  category?: string | null;
  customer?: string | null;
  quantity?: number | null;
  price?: number | null;
  amount?: number | null;
  cost?: number | null;
  margin?: number | null;
}

const DAY_MS = 86_400_000;
const isoToDay = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);

/** Plain lines into codes; a column is present when any line has a value in it. */
export function receiptLinesFromPlain(rows: readonly PlainReceiptLine[]): ReceiptLines {
  const receipts = dictionary();
  const products = dictionary();
  const categories = dictionary();
  const customers = dictionary();
  const has = (key: keyof PlainReceiptLine) => rows.some((row) => row[key] !== undefined && row[key] !== null);
  const numbers = (read: (row: PlainReceiptLine) => number | null | undefined) => Float64Array.from(rows, (row) => read(row) ?? Number.NaN);
  const hasAmount = has('amount') || (has('price') && has('quantity'));
  const hasCost = has('cost') || has('margin');
  const lineAmount = (row: PlainReceiptLine) => row.amount ?? (row.price != null && row.quantity != null ? row.price * row.quantity : null);
  return {
    length: rows.length,
    receipt: Int32Array.from(rows, (row) => receipts.codes(row.receipt)),
    receiptLabels: receipts.labels,
    product: Int32Array.from(rows, (row) => products.codes(row.product)),
    productLabels: products.labels,
    category: has('category') ? Int32Array.from(rows, (row) => categories.codes(row.category ?? null)) : null,
    categoryLabels: categories.labels,
    customer: has('customer') ? Int32Array.from(rows, (row) => customers.codes(row.customer ?? null)) : null,
    customerLabels: customers.labels,
    day: has('date') ? Int32Array.from(rows, (row) => (row.date ? isoToDay(row.date) : NO_DAY)) : null,
    quantity: has('quantity') ? numbers((row) => row.quantity) : null,
    amount: hasAmount ? numbers(lineAmount) : null,
    cost: hasCost
      ? numbers((row) => {
          if (row.cost != null) return row.cost;
          const amount = lineAmount(row);
          return row.margin != null && amount != null ? amount - row.margin : null;
        })
      : null,
  };
}
