import { labelCounts, receiptsOverview } from '../../../exercises/promo-product/analysis/receiptsOverview';
import { buildBaskets, receiptLinesFromPlain, type PlainReceiptLine } from '../../../exercises/promo-product/model/baskets';
import { receiptsReading } from '../../../exercises/promo-product/steps/receipts/receiptsReading';
import { receiptsMessages } from '../../../exercises/promo-product/messages/receipts';
import { translator } from '../../../src/i18n/translate';

const line = (receipt: string, product: string, quantity: number, category: string | null, date: string, customer: string): PlainReceiptLine => ({ receipt, product, quantity, amount: quantity * 10, category, date, customer });

// R1: milk, bread, bag; R2: milk and milk again, bread; R3: a return; R4: bread alone; two customers over three days.
const LINES = receiptLinesFromPlain([
  line('R1', 'milk', 1, 'dairy', '2025-03-01', 'A'),
  line('R1', 'bread', 1, 'bakery', '2025-03-01', 'A'),
  line('R1', 'bag', 1, null, '2025-03-01', 'A'),
  line('R2', 'milk', 1, 'dairy', '2025-03-02', 'B'),
  line('R2', 'milk', 2, 'dairy', '2025-03-02', 'B'),
  line('R2', 'bread', 1, 'bakery', '2025-03-02', 'B'),
  line('R3', 'milk', -1, 'dairy', '2025-03-03', 'A'),
  line('R4', 'bread', 1, 'bakery', '2025-03-03', 'B'),
]);
const DAY_2025_03_01 = Date.UTC(2025, 2, 1) / 86_400_000;

describe('the receipts overview', () => {
  it('counts what was read, used and left out', () => {
    const baskets = buildBaskets(LINES, { level: 'product', merges: {}, excluded: ['bag'] });
    const overview = receiptsOverview(LINES, baskets);
    expect(overview).toMatchObject({ linesRead: 8, receiptsInFile: 4, receipts: 3, products: 3, categories: 2, items: 2, customers: 2, emptyReceipts: 1, multiItemReceipts: 2, block: null });
    expect(overview.firstDay).toBe(DAY_2025_03_01);
    expect(overview.lastDay).toBe(DAY_2025_03_01 + 2);
    // Baskets: R1 {bread, milk}, R2 {bread, milk}, R4 {bread}: (2 + 2 + 1) / 3 items, 1 of 3 single.
    expect(overview.meanItems).toBeCloseTo(5 / 3, 12);
    expect(overview.singleItemShare).toBeCloseTo(1 / 3, 12);
    expect(overview.leftOut).toEqual({ returns: 1, excluded: 1, zeroQuantity: 0 });
    expect(overview.has).toEqual({ category: true, customer: true, date: true, money: true, cost: false });
  });

  it('blocks receipts of one item each, and an empty result', () => {
    const single = receiptLinesFromPlain([
      { receipt: '1', product: 'a' },
      { receipt: '2', product: 'b' },
      { receipt: '3', product: 'a' },
    ]);
    expect(receiptsOverview(single, buildBaskets(single, { level: 'product', merges: {}, excluded: [] })).block).toBe('singleOnly');
    expect(receiptsOverview(single, buildBaskets(single, { level: 'product', merges: {}, excluded: ['a', 'b'] })).block).toBe('empty');
  });

  it('lists the labels at the level with the receipts they appear on', () => {
    // milk: R1, R2 (twice), R3 → 3 receipts; bread: R1, R2, R4 → 3; bag: R1 → 1.
    const products = labelCounts(LINES, 'product');
    expect(products.labels).toEqual(['milk', 'bread', 'bag']);
    expect([...products.receipts]).toEqual([3, 3, 1]);
    // Categories: dairy 3, bakery 3, and the bag (no category) under its product's name.
    const categories = labelCounts(LINES, 'category');
    expect(categories.labels).toEqual(['dairy', 'bakery', 'bag']);
    expect([...categories.receipts]).toEqual([3, 3, 1]);
  });

  it('is read in plain words: what was read and left out, and what the data allow', () => {
    const baskets = buildBaskets(LINES, { level: 'product', merges: {}, excluded: ['bag'] });
    const t = translator(receiptsMessages, 'en');
    const reading = receiptsReading(receiptsOverview(LINES, baskets), 'product', false, { t, percent: (share) => `${Math.round(share * 100)}%`, number: (value) => value.toFixed(1), day: (day) => String(day - DAY_2025_03_01) });
    expect(reading.sentences).toEqual([
      '8 lines read. The figures use 3 receipts and 2 products.',
      'The receipts run from 0 to 2.',
      '2 lines were left out: returns (1), excluded products (1).',
      '67% of receipts hold more than one product, 1.7 on average: enough to look for what is bought together.',
      'Customers and dates are there: a product’s buyers can be counted, and what the same customer buys next can be seen.',
      'The file has no cost or margin: you will set the promo product’s margin yourself on the “Promo candidates” step.',
    ]);
    expect(reading.caution).toBe('There are few receipts (3): shares and rules will move noticeably with chance purchases.');
  });
});
