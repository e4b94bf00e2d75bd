/**
 * The two demo businesses (README.md beside this file): a coffee distributor selling to cafés, restaurants and
 * offices (B2B: invoices, managers, a customer list with potential, plan, credit limit, debt and cost to serve)
 * and a specialty coffee shop chain with loyalty cards (B2C: receipts, a card list with district and channel).
 * Both are drawn the way BG/NBD assumes customers buy (a Poisson rate per customer, a chance to drop out after
 * each purchase), with a few planted stories the steps should find. Deterministic: the same seed, the same sales.
 */
import { seededRandom, type SeededRandom } from '../data/seededRandom';
import type { DemoBusiness } from './settings';
import { dayToIso, isoToDay, type PlainCustomer, type PlainSale } from './sales';

export interface DemoSales {
  sales: PlainSale[];
  customers: PlainCustomer[];
  /** The day the demo's data ends, which the steps read as the analysis date. */
  lastDay: string;
}

const FIRST_DAY = '2024-11-01';
const LAST_DAY = '2026-10-31';

/** Gamma(shape, scale) by Marsaglia and Tsang; shapes below 1 through the boost u^(1/shape). */
function gamma(random: SeededRandom, shape: number, scale: number): number {
  if (shape < 1) return gamma(random, shape + 1, scale) * Math.pow(1 - random.next(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = random.normal();
    const v = Math.pow(1 + c * x, 3);
    if (v <= 0) continue;
    const u = 1 - random.next();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v * scale;
  }
}

function beta(random: SeededRandom, a: number, b: number): number {
  const x = gamma(random, a, 1);
  return x / (x + gamma(random, b, 1));
}

function pick<T>(random: SeededRandom, items: readonly T[]): T {
  return items[Math.floor(random.next() * items.length)] as T; // Cast: the index is below the length.
}

interface Recipe {
  seed: number;
  customers: number;
  /** Purchases per month ~ Gamma(shape, scale); dropout after a purchase ~ Beta(a, b). */
  rate: { shape: number; scale: number };
  dropout: { a: number; b: number };
  /** Mean order value ~ Gamma(shape, scale); one order varies around it by ± spread. */
  value: { shape: number; scale: number; spread: number };
  /** Share of customers already buying on the first day; the rest join evenly over the first joinMonths. */
  existing: number;
  joinMonths: number;
  products: readonly { code: string; share: number; margin: number }[];
  documentPrefix: string;
  idOf: (index: number) => string;
}

const DISTRIBUTOR: Recipe = {
  seed: 31_2026,
  customers: 260,
  rate: { shape: 2.2, scale: 1.3 },
  dropout: { a: 1, b: 50 },
  value: { shape: 1.6, scale: 22_000, spread: 0.35 },
  existing: 0.6,
  joinMonths: 20,
  products: [
    { code: 'product.beans', share: 0.46, margin: 0.27 },
    { code: 'product.ground', share: 0.14, margin: 0.3 },
    { code: 'product.tea', share: 0.12, margin: 0.38 },
    { code: 'product.syrups', share: 0.1, margin: 0.42 },
    { code: 'product.cups', share: 0.1, margin: 0.22 },
    { code: 'product.service', share: 0.08, margin: 0.55 },
  ],
  documentPrefix: 'РН-',
  idOf: (index) => `D-${String(index + 1).padStart(3, '0')}`,
};

const SHOP: Recipe = {
  seed: 47_2026,
  customers: 3_000,
  rate: { shape: 0.9, scale: 1.6 },
  dropout: { a: 1.2, b: 14 },
  value: { shape: 4, scale: 160, spread: 0.45 },
  existing: 0.45,
  joinMonths: 22,
  products: [
    { code: 'product.coffeeDrinks', share: 0.55, margin: 0.68 },
    { code: 'product.pastry', share: 0.2, margin: 0.5 },
    { code: 'product.beansRetail', share: 0.17, margin: 0.35 },
    { code: 'product.merch', share: 0.08, margin: 0.45 },
  ],
  documentPrefix: 'Ч-',
  idOf: (index) => String(2_000_100 + index * 7),
};

const REGIONS = ['region.moscow', 'region.kazan', 'region.ekaterinburg', 'region.novosibirsk'] as const;
const MANAGERS = ['manager.ivanova', 'manager.petrov', 'manager.sokolova', 'manager.orlov'] as const;
const TYPES = ['type.cafe', 'type.restaurant', 'type.hotel', 'type.office', 'type.shop'] as const;
const DISTRICTS = ['district.centre', 'district.north', 'district.south', 'district.west'] as const;

/** The demo business's sales lines and customer list. */
export function demoSales(business: DemoBusiness): DemoSales {
  return business === 'distributor' ? distributor() : shop();
}

interface Customer {
  id: string;
  rate: number;
  dropout: number;
  meanValue: number;
  joinDay: number;
  /** The day from which the customer buys at a fraction of their rate (a slipping customer), or never. */
  slipFrom: number | null;
  slipFactor: number;
  /** A customer on a delivery schedule (B2B): an order every this many days, of a steady size; null: at random. */
  cycleDays: number | null;
}

function drawCustomers(recipe: Recipe, random: SeededRandom): Customer[] {
  const first = isoToDay(FIRST_DAY) as number; // Cast: a constant ISO day.
  return Array.from({ length: recipe.customers }, (_, index) => {
    const existing = random.next() < recipe.existing;
    return {
      id: recipe.idOf(index),
      rate: gamma(random, recipe.rate.shape, recipe.rate.scale),
      dropout: beta(random, recipe.dropout.a, recipe.dropout.b),
      meanValue: gamma(random, recipe.value.shape, recipe.value.scale),
      joinDay: existing ? first : first + Math.floor(random.next() * recipe.joinMonths * 30.4),
      slipFrom: null,
      slipFactor: 1,
      cycleDays: null,
    };
  });
}

/** One customer's purchase days: Poisson arrivals at their rate until they drop out or the data ends. */
function purchaseDays(customer: Customer, random: SeededRandom, lastDay: number): number[] {
  const days: number[] = [];
  let day = customer.joinDay;
  for (;;) {
    const slipping = customer.slipFrom !== null && day >= customer.slipFrom;
    const perDay = (customer.rate * (slipping ? customer.slipFactor : 1)) / 30.4;
    // A scheduled customer orders on their cycle, a day early or late now and then; slipping, they skip deliveries.
    const gap = customer.cycleDays !== null ? (slipping ? customer.cycleDays / customer.slipFactor : customer.cycleDays) + random.integer(-1, 1) : -Math.log(1 - random.next()) / perDay;
    day += Math.max(1, Math.round(gap));
    if (day > lastDay) return days;
    days.push(day);
    if (random.next() < customer.dropout) return days;
  }
}

function lines(recipe: Recipe, customers: Customer[], random: SeededRandom, extra: (customer: Customer, index: number) => Partial<PlainSale>): PlainSale[] {
  const last = isoToDay(LAST_DAY) as number; // Cast: a constant ISO day.
  const sales: PlainSale[] = [];
  let document = 1;
  customers.forEach((customer, index) => {
    const common = extra(customer, index);
    for (const day of purchaseDays(customer, random, last)) {
      // Scheduled orders are steady in size: a regular delivery varies far less than an order placed when needed.
      const spread = customer.cycleDays !== null ? recipe.value.spread / 3 : recipe.value.spread;
      const value = customer.meanValue * Math.max(0.2, 1 + spread * random.normal());
      const number = `${recipe.documentPrefix}${String(document++).padStart(6, '0')}`;
      // An order carries one to three product groups, the order's value split between them.
      const groups = new Set([pick(random, weighted(recipe.products, random))]);
      while (groups.size < 3 && random.next() < 0.4) groups.add(pick(random, recipe.products));
      for (const product of groups) {
        const amount = Math.round((value / groups.size) * 100) / 100;
        const cost = Math.round(amount * (1 - product.margin * (0.9 + 0.2 * random.next())) * 100) / 100;
        sales.push({ customer: customer.id, date: dayToIso(day), amount, cost, document: number, product: product.code, ...common });
      }
      // One order in forty comes back in part: a return line under its own document.
      if (random.next() < 0.025) {
        const amount = -Math.round(value * 0.3 * 100) / 100;
        // Cast: every recipe lists products.
        sales.push({ customer: customer.id, date: dayToIso(Math.min(last, day + 3)), amount, cost: Math.round(amount * 0.7 * 100) / 100, document: `${number}-В`, product: (recipe.products[0] as { code: string }).code, ...common });
      }
    }
  });
  return sales;
}

/** A product drawn by its share: the list repeated by share, so `pick` favours the big groups. */
function weighted<T extends { share: number }>(products: readonly T[], random: SeededRandom): T[] {
  const target = random.next();
  let sum = 0;
  for (const product of products) {
    sum += product.share;
    if (target < sum) return [product];
  }
  return [products[products.length - 1] as T]; // Cast: the list is not empty.
}

function distributor(): DemoSales {
  const random = seededRandom(DISTRIBUTOR.seed);
  const customers = drawCustomers(DISTRIBUTOR, random);
  const last = isoToDay(LAST_DAY) as number; // Cast: a constant ISO day.
  // Planted: six large long-standing customers start slipping six months before the end (early warning).
  customers
    .filter((customer) => customer.joinDay === isoToDay(FIRST_DAY))
    .sort((a, b) => b.meanValue * b.rate - a.meanValue * a.rate)
    .slice(3, 9)
    .forEach((customer) => {
      customer.slipFrom = last - 180;
      customer.slipFactor = 0.15;
      customer.dropout = 0;
    });
  // Four customers in ten are on a delivery schedule (weekly or fortnightly): the steady X and Y customers of XYZ.
  customers.forEach((customer) => {
    if (customer.slipFrom === null && random.next() < 0.4) {
      customer.cycleDays = random.next() < 0.5 ? 7 : 14;
      customer.rate = 30.4 / customer.cycleDays;
      customer.dropout /= 4;
    }
  });
  const attributes = customers.map(() => ({ region: pick(random, REGIONS), manager: pick(random, MANAGERS), type: pick(random, TYPES.slice(0, 4)) }));
  const sales = lines(DISTRIBUTOR, customers, random, (_customer, index) => {
    const own = attributes[index] as (typeof attributes)[number]; // Cast: one entry per customer.
    return { manager: own.manager, region: own.region };
  });
  const yearly = new Map<string, number>();
  const lastYear = new Map<string, number>();
  for (const sale of sales) {
    if (sale.date === null) continue;
    const into = sale.date > '2025-10-31' ? yearly : lastYear;
    into.set(sale.customer as string, (into.get(sale.customer as string) ?? 0) + (sale.amount ?? 0)); // Cast: demo lines always name a customer.
  }
  const list: PlainCustomer[] = customers.map((customer, index) => {
    const own = attributes[index] as (typeof attributes)[number]; // Cast: one entry per customer.
    const year = yearly.get(customer.id) ?? 0;
    const expected = customer.meanValue * customer.rate * 12;
    // Potential: what the customer buys in the category from everyone; some buy most of it from us, some little.
    const share = 0.15 + 0.8 * random.next();
    const size = Math.max(3, Math.round((expected / 40_000) * (0.6 + 0.8 * random.next())));
    const creditLimit = Math.round((expected / 12) * 1.5 / 10_000) * 10_000;
    // Planted: one customer in twelve owes more than their limit.
    const debt = random.next() < 1 / 12 ? Math.round(creditLimit * (1.1 + random.next())) : Math.round(creditLimit * random.next() * 0.8);
    return {
      customer: customer.id,
      potential: Math.round(Math.max(year, expected) / share / 1000) * 1000,
      size,
      // The plan: last year's purchases and a little more, or (a customer new this year) their expected volume.
      plan: Math.round(((lastYear.get(customer.id) ?? 0) > 0 ? (lastYear.get(customer.id) ?? 0) * (1 + 0.1 * random.next()) : expected * (0.9 + 0.3 * random.next())) / 1000) * 1000,
      creditLimit,
      debt,
      costToServe: Math.round((18_000 + 900 * customer.rate * 12 + (own.region === 'region.novosibirsk' ? 30_000 : 0)) / 100) * 100,
      region: own.region,
      channel: own.type === 'type.office' ? 'channel.office' : 'channel.horeca',
      type: own.type,
    };
  });
  return { sales, customers: list, lastDay: LAST_DAY };
}

function shop(): DemoSales {
  const random = seededRandom(SHOP.seed);
  const customers = drawCustomers(SHOP, random);
  const district = customers.map(() => pick(random, DISTRICTS));
  const sales = lines(SHOP, customers, random, (_customer, index) => ({ region: district[index] ?? null }));
  const list: PlainCustomer[] = customers.map((customer, index) => ({
    customer: customer.id,
    region: district[index] ?? null,
    channel: random.next() < 0.25 ? 'channel.online' : 'channel.store',
    type: customer.meanValue > 900 ? 'type.gourmet' : customer.rate > 1.5 ? 'type.daily' : 'type.occasional',
  }));
  return { sales, customers: list, lastDay: LAST_DAY };
}
