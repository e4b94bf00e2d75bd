/**
 * What step 1 says about the receipts: how much was read, how much of it the figures use and why the rest was
 * left out, what the file carries (customers, dates, money, cost), and the labels at the chosen level with the
 * number of receipts each appears on, for merging and excluding. Pure: lines and baskets in, figures out.
 */
import { NO_CODE, NO_DAY, type BasketSet, type ReceiptLines } from '../model/baskets';
import type { BasketLevel } from '../state';

/** Why the figures cannot go on: no receipt left, or no receipt with two items (no rule can come from one item). */
export type ReceiptsBlock = 'empty' | 'singleOnly' | null;

export interface ReceiptsOverview {
  linesRead: number;
  /** Receipts in the file, and those with at least one line kept. */
  receiptsInFile: number;
  receipts: number;
  /** Distinct labels in the file; items: at the chosen level after merges and exclusions. */
  products: number;
  categories: number | null;
  items: number;
  customers: number | null;
  /** Days since 1970-01-01 of the first and last dated line; null without dates. */
  firstDay: number | null;
  lastDay: number | null;
  meanItems: number | null;
  singleItemShare: number | null;
  multiItemReceipts: number;
  leftOut: BasketSet['leftOut'];
  withoutCategory: number;
  emptyReceipts: number;
  has: { category: boolean; customer: boolean; date: boolean; money: boolean; cost: boolean };
  block: ReceiptsBlock;
}

/** The labels the participant merges and excludes: at the level, as the file writes them (before merges). */
export interface LabelCounts {
  labels: string[];
  /** Receipts each label appears on, in the file. */
  receipts: Int32Array;
}

// Casts in this file: reads at an index below the array's length, which noUncheckedIndexedAccess cannot see.

export function receiptsOverview(lines: ReceiptLines, baskets: BasketSet): ReceiptsOverview {
  let firstDay: number | null = null;
  let lastDay: number | null = null;
  if (lines.day) {
    for (let i = 0; i < lines.length; i++) {
      const day = lines.day[i] as number;
      if (day === NO_DAY) continue;
      if (firstDay === null || day < firstDay) firstDay = day;
      if (lastDay === null || day > lastDay) lastDay = day;
    }
  }
  let single = 0;
  for (let r = 0; r < baskets.receiptCount; r++) if ((baskets.start[r + 1] as number) - (baskets.start[r] as number) === 1) single++;
  const receipts = baskets.receiptCount;
  return {
    linesRead: lines.length,
    receiptsInFile: lines.receiptLabels.length,
    receipts,
    products: lines.productLabels.length,
    categories: lines.category ? lines.categoryLabels.length : null,
    items: baskets.itemCount,
    customers: lines.customer ? lines.customerLabels.length : null,
    firstDay,
    lastDay,
    meanItems: receipts > 0 ? baskets.members.length / receipts : null,
    singleItemShare: receipts > 0 ? single / receipts : null,
    multiItemReceipts: receipts - single,
    leftOut: baskets.leftOut,
    withoutCategory: baskets.withoutCategory,
    emptyReceipts: baskets.emptyReceipts,
    has: { category: lines.category !== null, customer: lines.customer !== null, date: firstDay !== null, money: lines.amount !== null, cost: lines.cost !== null },
    block: receipts === 0 ? 'empty' : single === receipts ? 'singleOnly' : null,
  };
}

/**
 * Every label at the level with the receipts it appears on. At category level a line without a category is
 * known by its product, as buildBaskets reads it. Codes: categories first, then products.
 */
export function labelCounts(lines: ReceiptLines, level: BasketLevel): LabelCounts {
  const atCategory = level === 'category' && lines.category !== null;
  const categoryCount = atCategory ? lines.categoryLabels.length : 0;
  const codeCount = categoryCount + lines.productLabels.length;
  const receipts = new Int32Array(codeCount);
  // Lines of one receipt are usually together: the last receipt counted per label catches most repeats, the set the rest.
  const lastReceipt = new Int32Array(codeCount).fill(-1);
  const counted = new Set<number>();
  const receiptTotal = lines.receiptLabels.length;
  for (let i = 0; i < lines.length; i++) {
    const category = atCategory ? ((lines.category as Int32Array)[i] as number) : NO_CODE;
    const code = category !== NO_CODE ? category : categoryCount + (lines.product[i] as number);
    const receipt = lines.receipt[i] as number;
    if (lastReceipt[code] === receipt) continue;
    lastReceipt[code] = receipt;
    const key = code * receiptTotal + receipt;
    if (counted.has(key)) continue;
    counted.add(key);
    receipts[code]!++;
  }
  const labels: string[] = [];
  const counts: number[] = [];
  const byLabel = new Map<string, number>();
  for (let code = 0; code < codeCount; code++) {
    if (receipts[code] === 0) continue;
    const label = (code < categoryCount ? lines.categoryLabels[code] : lines.productLabels[code - categoryCount]) as string;
    // A product named as a category (a line without a category) adds to that label, as the baskets read it.
    const known = byLabel.get(label);
    if (known !== undefined) counts[known]! += receipts[code] as number;
    else {
      byLabel.set(label, labels.length);
      labels.push(label);
      counts.push(receipts[code] as number);
    }
  }
  return { labels, receipts: Int32Array.from(counts) };
}
