import { buildBaskets, receiptLinesFromPlain, type PlainReceiptLine } from '../../../exercises/promo-product/model/baskets';
import { basketTotals, itemIndicators } from '../../../exercises/promo-product/model/indicators';

const line = (receipt: string, customer: string | null, date: string, product: string, amount: number, cost: number): PlainReceiptLine => ({
  receipt,
  customer,
  date,
  product,
  quantity: 1,
  price: amount,
  cost,
});

/*
 * Four receipts in January 2026 (prices: milk 50, bread 30, cheese 120; costs 45, 20, 80):
 *   R1  customer A, 01-01: milk, bread            = 80
 *   R2  customer A, 01-15: milk                   = 50
 *   R3  customer B, 01-31: bread, cheese          = 150
 *   R4  no customer, 01-10: milk, bread, cheese   = 200     (all receipts: 480)
 */
export const HAND_EXAMPLE: PlainReceiptLine[] = [
  line('R1', 'A', '2026-01-01', 'milk', 50, 45),
  line('R1', 'A', '2026-01-01', 'bread', 30, 20),
  line('R2', 'A', '2026-01-15', 'milk', 50, 45),
  line('R3', 'B', '2026-01-31', 'bread', 30, 20),
  line('R3', 'B', '2026-01-31', 'cheese', 120, 80),
  line('R4', null, '2026-01-10', 'milk', 50, 45),
  line('R4', null, '2026-01-10', 'bread', 30, 20),
  line('R4', null, '2026-01-10', 'cheese', 120, 80),
];

export function handIndicators(rows = HAND_EXAMPLE) {
  const lines = receiptLinesFromPlain(rows);
  const baskets = buildBaskets(lines, { level: 'product', merges: {}, excluded: [] });
  return { items: itemIndicators(baskets), totals: basketTotals(baskets, lines.length) };
}

