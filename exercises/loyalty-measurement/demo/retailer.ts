import type { TypedRow } from '../../../src/data/import/types';
import { seededRandom, type SeededRandom } from '../../../src/data/seededRandom';

/**
 * The demo retailer: invented, no real company or person behind it. Two years of sales and one survey of about
 * 400 customers, generated in the browser from a fixed seed, so every machine and every test gets the same rows.
 * Each customer is drawn in one of the four Dick & Basu groups first (attitude × patronage); the sales follow the
 * patronage and the survey answers follow the attitude, so matching the two by customer id finds the groups again.
 * See README.md for the recipe and the figures it gives.
 */

export const DEMO_SALES_FROM = '2024-10-01';
export const DEMO_SALES_TO = '2026-09-30';
export const DEMO_SURVEY_DATE = '2026-09-15';
/** Codes, not names: content/segments.ts names them in the interface's language. */
export const DEMO_SEGMENTS = ['stores', 'online', 'corporate'] as const;

const SEED = 20_240_101;
const CUSTOMERS = 900;
const SURVEY_WITH_ID = 330;
const SURVEY_WITHOUT_ID = 70;

type Group = 'trueLoyalty' | 'latentLoyalty' | 'spuriousLoyalty' | 'noLoyalty';
const GROUP_SHARES: readonly [Group, number][] = [
  ['trueLoyalty', 0.28],
  ['latentLoyalty', 0.14],
  ['spuriousLoyalty', 0.22],
  ['noLoyalty', 0.36],
];

interface DemoCustomer {
  id: string;
  segment: (typeof DEMO_SEGMENTS)[number];
  group: Group;
  /** Purchases per month while active. */
  rate: number;
  /** Chance per month of leaving for good. */
  monthlyChurn: number;
  check: number;
  /** Months after DEMO_SALES_FROM of the first purchase. */
  firstMonth: number;
  lastPurchase: string | null;
}

const DAY_MS = 86_400_000;
const fromDay = Date.parse(`${DEMO_SALES_FROM}T00:00:00Z`) / DAY_MS;
const toDay = Date.parse(`${DEMO_SALES_TO}T00:00:00Z`) / DAY_MS;
const isoDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

function pick<T>(random: SeededRandom, weighted: readonly [T, number][]): T {
  let u = random.next();
  for (const [value, weight] of weighted) {
    u -= weight;
    if (u < 0) return value;
  }
  // Cast: the weights are a non-empty list summing to 1; rounding can leave u a hair above 0.
  return (weighted[weighted.length - 1] as [T, number])[0];
}

const ONE_OFF_CHANCE: Record<Group, number> = { trueLoyalty: 0.03, latentLoyalty: 0.3, spuriousLoyalty: 0.08, noLoyalty: 0.5 };

const highPatronage = (group: Group) => group === 'trueLoyalty' || group === 'spuriousLoyalty';
const highAttitude = (group: Group) => group === 'trueLoyalty' || group === 'latentLoyalty';

function makeCustomers(random: SeededRandom): DemoCustomer[] {
  const customers: DemoCustomer[] = [];
  for (let i = 1; i <= CUSTOMERS; i++) {
    const group = pick(random, GROUP_SHARES);
    const segment = pick(random, [
      ['stores', 0.6],
      ['online', 0.3],
      ['corporate', 0.1],
    ] as const);
    const regular = highPatronage(group);
    // Half the base is there when the window opens; the rest arrive evenly over the two years.
    const firstMonth = random.next() < 0.5 ? 0 : random.integer(1, 22);
    customers.push({
      id: `K${String(i).padStart(4, '0')}`,
      segment,
      group,
      rate: regular ? 1.2 + random.next() * 1.6 : 0.15 + random.next() * 0.35,
      monthlyChurn: regular ? 0.015 : group === 'latentLoyalty' ? 0.05 : 0.11,
      check: Math.round((segment === 'corporate' ? 9000 : 1800) * Math.exp(0.35 * random.normal())),
      firstMonth,
      lastPurchase: null,
    });
  }
  return customers;
}

function makeSales(random: SeededRandom, customers: DemoCustomer[]): TypedRow[] {
  const rows: TypedRow[] = [];
  for (const customer of customers) {
    let day = fromDay + customer.firstMonth * 30.4 + random.integer(0, 27);
    let first = true;
    while (day <= toDay) {
      const date = isoDay(Math.floor(day));
      const amount = Math.round(customer.check * Math.exp(0.3 * random.normal()));
      rows.push({ customer: customer.id, date, amount, segment: customer.segment });
      // One visit in eight is two receipt lines on the same day: the analysis counts it as one purchase.
      if (random.next() < 0.125) rows.push({ customer: customer.id, date, amount: Math.round(amount * 0.3), segment: customer.segment });
      customer.lastPurchase = date;
      const gapDays = (-Math.log(1 - random.next()) * 30.4) / customer.rate;
      // Many first buyers never come back: the step from first purchase to repeat is the ladder's steepest.
      if (first && random.next() < ONE_OFF_CHANCE[customer.group]) break;
      first = false;
      if (random.next() < 1 - Math.pow(1 - customer.monthlyChurn, gapDays / 30.4)) break;
      day += Math.max(1, gapDays);
    }
  }
  rows.sort((a, b) => String(a.date).localeCompare(String(b.date)) || String(a.customer).localeCompare(String(b.customer)));
  return rows;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, Math.round(value)));

function surveyAnswer(random: SeededRandom, group: Group): { nps: number; csat: number; ces: number; attitude: [number, number, number] } {
  const liking = highAttitude(group) ? 0.86 : group === 'spuriousLoyalty' ? 0.5 : 0.58;
  const tone = liking + 0.15 * random.normal();
  return {
    nps: clamp(tone * 10 + 0.9 * random.normal() + 0.6, 0, 10),
    csat: clamp(1 + tone * 4 + 0.6 * random.normal() + 0.3, 1, 5),
    ces: clamp(1 + tone * 6 + 0.9 * random.normal(), 1, 7),
    attitude: [0, 1, 2].map(() => clamp(1 + tone * 4 + 0.7 * random.normal() + 0.2, 1, 5)) as [number, number, number], // Cast: three items mapped.
  };
}

function makeSurvey(random: SeededRandom, customers: DemoCustomer[]): TypedRow[] {
  // Invitations go to customers who bought in the last year of the window, as a retailer's CRM mailing would.
  const lastYear = isoDay(toDay - 365);
  const reachable = customers.filter((customer) => customer.lastPurchase !== null && customer.lastPurchase >= lastYear);
  for (let i = reachable.length - 1; i > 0; i--) {
    const j = random.integer(0, i);
    // Cast: both indices are below the length (a Fisher–Yates swap).
    [reachable[i], reachable[j]] = [reachable[j] as DemoCustomer, reachable[i] as DemoCustomer];
  }
  const rows: TypedRow[] = [];
  const respondents = reachable.slice(0, SURVEY_WITH_ID);
  for (const customer of respondents) {
    const answer = surveyAnswer(random, customer.group);
    rows.push({ respondent: null, customer: customer.id, segment: customer.segment, nps: answer.nps, csat: answer.csat, ces: answer.ces, attitude1: answer.attitude[0], attitude2: answer.attitude[1], attitude3: answer.attitude[2] });
  }
  // Answers from a link on the receipt: no customer id, the groups in the base's proportions.
  for (let i = 0; i < SURVEY_WITHOUT_ID; i++) {
    const group = pick(random, GROUP_SHARES);
    const segment = pick(random, [
      ['stores', 0.65],
      ['online', 0.35],
    ] as const);
    const answer = surveyAnswer(random, group);
    rows.push({ respondent: null, customer: null, segment, nps: answer.nps, csat: answer.csat, ces: answer.ces, attitude1: answer.attitude[0], attitude2: answer.attitude[1], attitude3: answer.attitude[2] });
  }
  rows.forEach((row, index) => {
    row.respondent = `R${String(index + 1).padStart(3, '0')}`;
  });
  return rows;
}

interface DemoRetailer {
  sales: TypedRow[];
  survey: TypedRow[];
}

let cached: DemoRetailer | null = null;

function demoRetailer(): DemoRetailer {
  if (cached) return cached;
  const random = seededRandom(SEED);
  const customers = makeCustomers(random);
  const sales = makeSales(random, customers);
  const survey = makeSurvey(random, customers);
  cached = { sales, survey };
  return cached;
}

/** The demo sales as an import of the shared sales spec delivers them: customer, date (ISO), amount, segment. */
export function demoSalesRows(): readonly TypedRow[] {
  return demoRetailer().sales;
}

/**
 * The demo survey as an import of the survey spec delivers it: respondent, customer (null for the answers
 * without an id), segment, nps 0–10, csat 1–5, ces 1–7 (7 = very easy), attitude1…attitude3 on 1–5.
 */
export function demoSurveyRows(): readonly TypedRow[] {
  return demoRetailer().survey;
}
