import { seededRandom, type SeededRandom } from '../../../src/data/seededRandom';
import {
  DEMO_BASE_CODES,
  DEMO_BASE_PRODUCTS,
  DEMO_LINES,
  demoProductCode,
  type DemoBase,
  type DemoBaseProduct,
  type DemoLine,
} from '../content/demoProducts';

/**
 * The demo grocery store's receipts (README.md beside this file): a neighbourhood shop over one quarter,
 * 5,000 receipts of 150 products, the same on every run. Planted so that every step has something to find:
 * shopping "missions" that bring products together (pasta with sauce, beer with crisps, tea with lemons and
 * biscuits, barbecue meat with charcoal, nappies with wipes), households whose profile repeats those missions
 * over the quarter (for "what the same customer buys next"), milk as the clear price indicator (in about a
 * third of receipts, cheap, sold near cost), and a few returns.
 */

export interface DemoReceiptLine {
  receipt: string;
  /** ISO date. */
  date: string;
  product: string;
  category: string;
  /** Loyalty-card number, or null for a shopper without a card. */
  customer: string | null;
  quantity: number;
  price: number;
  amount: number;
  cost: number;
}

export const DEMO_RECEIPTS = 5000;
const CARD_HOLDERS = 800;
const CARD_SHARE = 0.6;
const FIRST_DAY = Date.UTC(2026, 6, 1);
const DAYS = 91;
const DAY_MS = 86_400_000;

/** A mission: the product that starts it, and the products it brings along with their chances. */
interface Mission {
  lead: DemoBase;
  chance: number;
  along: ReadonlyArray<readonly [DemoBase, number]>;
}

const MISSIONS: readonly Mission[] = [
  { lead: 'pasta', chance: 0.07, along: [['tomatoSauce', 0.7], ['cheese', 0.25], ['mince', 0.2]] },
  { lead: 'beer', chance: 0.06, along: [['chips', 0.6], ['nuts', 0.3]] },
  { lead: 'tea', chance: 0.08, along: [['lemons', 0.45], ['cookies', 0.45]] },
  { lead: 'coffee', chance: 0.05, along: [['cream', 0.55], ['chocolate', 0.2]] },
  { lead: 'grillMeat', chance: 0.035, along: [['charcoal', 0.75], ['tomatoes', 0.5], ['lemonade', 0.3]] },
  { lead: 'diapers', chance: 0.02, along: [['babyWipes', 0.7], ['babyPuree', 0.5]] },
];

/** Staples most receipts carry; milk most of all, which makes it the indicator the price image rests on. */
const STAPLES: ReadonlyArray<readonly [DemoBase, number]> = [
  ['milk', 0.32],
  ['bread', 0.3],
  ['eggs', 0.14],
  ['bananas', 0.13],
];

type HouseholdProfile = 'family' | 'baby' | 'beer' | 'tea' | 'barbecue' | 'plain';

/** How much more often a household of the profile goes on each mission. */
const PROFILE_BOOST: Record<HouseholdProfile, Partial<Record<DemoBase, number>>> = {
  family: { pasta: 2.5, coffee: 1.5 },
  baby: { diapers: 8, pasta: 1.5 },
  beer: { beer: 4, grillMeat: 2 },
  tea: { tea: 3.5, coffee: 0.5 },
  barbecue: { grillMeat: 5, beer: 1.5 },
  plain: {},
};

interface Household {
  id: string;
  profile: HouseholdProfile;
  /** The line the household usually takes; another one now and then. */
  line: DemoLine;
}

function pickWeighted<T>(random: SeededRandom, entries: ReadonlyArray<readonly [T, number]>): T {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let left = random.next() * total;
  for (const [value, weight] of entries) {
    left -= weight;
    if (left < 0) return value;
  }
  // Rounding can leave a sliver past the last weight.
  const last = entries[entries.length - 1];
  if (!last) throw new Error('pickWeighted needs entries');
  return last[0];
}

const LINE_CHANCES: ReadonlyArray<readonly [DemoLine, number]> = [
  ['value', 0.3],
  ['classic', 0.5],
  ['premium', 0.2],
];

const roundMoney = (value: number) => Math.round(value * 100) / 100;

function households(random: SeededRandom): Household[] {
  const profiles: ReadonlyArray<readonly [HouseholdProfile, number]> = [
    ['family', 0.3],
    ['baby', 0.08],
    ['beer', 0.14],
    ['tea', 0.16],
    ['barbecue', 0.07],
    ['plain', 0.25],
  ];
  return Array.from({ length: CARD_HOLDERS }, (_, index) => ({
    id: `K${String(index + 1).padStart(4, '0')}`,
    profile: pickWeighted(random, profiles),
    line: pickWeighted(random, LINE_CHANCES),
  }));
}

/** Every receipt line of the demo store, in receipt order. */
export function demoReceiptLines(): DemoReceiptLine[] {
  const random = seededRandom(8_2026);
  const cardHolders = households(random);
  const unplanned = DEMO_BASE_CODES.map((code) => [code, DEMO_BASE_PRODUCTS[code].weight] as const).filter(([, weight]) => weight > 0);
  const lines: DemoReceiptLine[] = [];

  for (let index = 0; index < DEMO_RECEIPTS; index++) {
    const receipt = `R${String(index + 1).padStart(5, '0')}`;
    const day = Math.min(DAYS - 1, Math.floor((index / DEMO_RECEIPTS) * DAYS));
    const date = new Date(FIRST_DAY + day * DAY_MS).toISOString().slice(0, 10);
    const household = random.next() < CARD_SHARE ? cardHolders[random.integer(0, CARD_HOLDERS - 1)] ?? null : null;
    const boost = household ? PROFILE_BOOST[household.profile] : {};

    const picked = new Set<DemoBase>();
    for (const [product, chance] of STAPLES) if (random.next() < chance) picked.add(product);
    for (const mission of MISSIONS) {
      if (random.next() >= mission.chance * (boost[mission.lead] ?? 1)) continue;
      picked.add(mission.lead);
      for (const [product, chance] of mission.along) if (random.next() < chance) picked.add(product);
    }
    const extra = Math.max(picked.size === 0 ? 1 : 0, Math.round(Math.abs(random.normal()) * 2.2));
    for (let pick = 0; pick < extra; pick++) picked.add(pickWeighted(random, unplanned));

    for (const product of picked) {
      const line = household && random.next() < 0.8 ? household.line : pickWeighted(random, LINE_CHANCES);
      const details: DemoBaseProduct = DEMO_BASE_PRODUCTS[product];
      const lineTerms = DEMO_LINES[line];
      const price = roundMoney(details.price * lineTerms.priceFactor);
      const quantity = random.next() < 0.72 ? 1 : random.next() < 0.8 ? 2 : 3;
      const margin = details.margin ?? lineTerms.margin;
      const amount = roundMoney(price * quantity);
      lines.push({
        receipt,
        date,
        product: demoProductCode(product, line),
        category: details.category,
        customer: household?.id ?? null,
        quantity,
        price,
        amount,
        cost: roundMoney(amount * (1 - margin)),
      });
    }

    // About one receipt in 400 returns an item bought earlier: a negative line the exercise leaves out and counts.
    if (random.next() < 0.0025) {
      const returned = lines[lines.length - 1];
      if (returned) lines.push({ ...returned, quantity: -1, amount: -returned.price, cost: -roundMoney(returned.cost / returned.quantity) });
    }
  }
  return lines;
}
