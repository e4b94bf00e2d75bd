import { buildBaskets, receiptLinesFromPlain, resolveMerge, type BasketSet, type PlainReceiptLine } from '../../../exercises/promo-product/model/baskets';

const line = (receipt: string, product: string, quantity: number, amount: number, category: string | null): PlainReceiptLine => ({ receipt, product, quantity, amount, category });

// R1: milk, bread ×2, a bag; R2: "Milk 3.2%" and bread; R3: a returned milk and a butter line of zero quantity; R4: a bag alone.
const LINES = receiptLinesFromPlain([
  line('R1', 'milk', 1, 90, 'dairy'),
  line('R1', 'bread', 2, 80, 'bakery'),
  line('R1', 'bag', 1, 5, null),
  line('R2', 'Milk 3.2%', 1, 95, 'dairy'),
  line('R2', 'bread', 1, 40, 'bakery'),
  line('R3', 'milk', -1, -90, 'dairy'),
  line('R3', 'butter', 0, 0, 'dairy'),
  line('R4', 'bag', 1, 5, null),
]);

/** Receipts as lists of item labels. */
function receipts(baskets: BasketSet): string[][] {
  const out: string[][] = [];
  for (let r = 0; r < baskets.receiptCount; r++) out.push([...baskets.members.subarray(baskets.start[r], baskets.start[r + 1])].map((item) => baskets.items[item] ?? '?'));
  return out;
}

describe('buildBaskets', () => {
  it('merges, excludes, and leaves returns and zero quantities out, counted', () => {
    const baskets = buildBaskets(LINES, { level: 'product', merges: { 'Milk 3.2%': 'milk' }, excluded: ['bag'] });
    expect(baskets.items).toEqual(['bread', 'milk']);
    // R1 {bread, milk}, R2 {bread, milk}; R3 and R4 have nothing left.
    expect(receipts(baskets)).toEqual([
      ['bread', 'milk'],
      ['bread', 'milk'],
    ]);
    expect(baskets.leftOut).toEqual({ returns: 1, excluded: 2, zeroQuantity: 1 });
    expect(baskets.emptyReceipts).toBe(2);
    // Revenue: bread 80 + 40 = 120, milk 90 + 95 = 185; units: bread 2 + 1 = 3, milk 1 + 1 = 2.
    expect([...(baskets.itemRevenue ?? [])]).toEqual([120, 185]);
    expect([...baskets.itemQuantity]).toEqual([3, 2]);
    // Receipt values: R1 90 + 80 = 170 (the bag is out), R2 95 + 40 = 135.
    expect([...(baskets.receiptValue ?? [])]).toEqual([170, 135]);
  });

  it('excludes a label merged into an excluded one, and an excluded label merged elsewhere', () => {
    const intoExcluded = buildBaskets(LINES, { level: 'product', merges: { 'Milk 3.2%': 'milk' }, excluded: ['milk'] });
    expect(intoExcluded.items).toEqual(['bag', 'bread']);
    // Lines out as excluded: milk in R1 and "Milk 3.2%" in R2 (the return is counted as a return).
    expect(intoExcluded.leftOut.excluded).toBe(2);
    const fromExcluded = buildBaskets(LINES, { level: 'product', merges: { 'Milk 3.2%': 'milk' }, excluded: ['Milk 3.2%'] });
    expect(fromExcluded.items).toEqual(['bag', 'bread', 'milk']);
    expect(receipts(fromExcluded)).toEqual([['bag', 'bread', 'milk'], ['bread'], ['bag']]);
  });

  it('follows merge chains: a → b → c reads a and b as c', () => {
    const merges = { milk: 'Milk 3.2%', 'Milk 3.2%': 'Молоко' };
    expect(resolveMerge('milk', merges)).toBe('Молоко');
    const baskets = buildBaskets(LINES, { level: 'product', merges, excluded: [] });
    expect(baskets.items).toEqual(['bag', 'bread', 'Молоко']);
    expect(receipts(baskets)).toEqual([['bag', 'bread', 'Молоко'], ['bread', 'Молоко'], ['bag']]);
  });

  it('reads every label of a merge cycle as one item, whichever it starts from', () => {
    const merges = { milk: 'Milk 3.2%', 'Milk 3.2%': 'milk' };
    expect(resolveMerge('milk', merges)).toBe(resolveMerge('Milk 3.2%', merges));
    const baskets = buildBaskets(LINES, { level: 'product', merges, excluded: [] });
    // One milk item, not two swapped names: R1 {bag, bread, milk}, R2 {bread, milk}.
    expect(baskets.itemCount).toBe(3);
    expect(receipts(baskets)[1]).toHaveLength(2);
    // A label leading into the cycle joins it too.
    expect(resolveMerge('moloko', { moloko: 'milk', ...merges })).toBe(resolveMerge('milk', merges));
  });

  it('at category level reads lines without a category under their product, and counts them', () => {
    const baskets = buildBaskets(LINES, { level: 'category', merges: {}, excluded: [] });
    expect(baskets.items).toEqual(['bag', 'bakery', 'dairy']);
    // R1 {bag, bakery, dairy}, R2 {bakery, dairy}, R4 {bag}; R3 is a return and a zero line.
    expect(receipts(baskets)).toEqual([['bag', 'bakery', 'dairy'], ['bakery', 'dairy'], ['bag']]);
    // The two bag lines have no category.
    expect(baskets.withoutCategory).toBe(2);
    expect(baskets.emptyReceipts).toBe(1);
    const noDairy = buildBaskets(LINES, { level: 'category', merges: {}, excluded: ['dairy'] });
    expect(receipts(noDairy)).toEqual([['bag', 'bakery'], ['bakery'], ['bag']]);
    expect(noDairy.leftOut.excluded).toBe(2);
  });

  it('stays at product level when the file has no categories', () => {
    const plain = receiptLinesFromPlain([
      { receipt: '1', product: 'a' },
      { receipt: '1', product: 'b' },
    ]);
    const baskets = buildBaskets(plain, { level: 'category', merges: {}, excluded: [] });
    expect(baskets.items).toEqual(['a', 'b']);
    expect(baskets.withoutCategory).toBe(0);
  });
});
