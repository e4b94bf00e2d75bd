import { seededRandom } from '../../../src/data/seededRandom';
import type { TypedRow } from '../../../src/data/import/types';
import { addMonths } from '../model/evaluation';
import { DEMO_EVALUATION_LAUNCH } from './evaluationLaunch';

/**
 * Demo sales for the "evaluate a running program" step: a made-up shop, generated here (no real data).
 *
 * Construction, deterministic (seeded PRNG, so every run and every test sees the same rows):
 * - 460 existing customers buy from September 2022; the program launches on 2023-09-01; the data ends
 *   on 2024-08-31: 12 whole months before and 12 after the launch.
 * - Each customer has a usual frequency (purchases per month, log-normal around ~0.6, heavy-tailed) and a usual check
 *   (log-normal around 1 800). Every month's purchases are Poisson with that frequency × the season
 *   (December up, January and summer down) × a slow market growth shared by everybody.
 * - Self-selection: the chance of joining rises with the usual frequency, so members bought about twice
 *   as often as non-members before the program existed. Comparing the groups after the launch alone
 *   would credit the program with that head start.
 * - A real effect after the launch, for members only: +10 % purchases and +4 % check, and they lapse
 *   less (monthly churn 0.9 % instead of 1.2 %). The step should find a spend DiD of roughly +13 % of
 *   what members would have spent anyway, against a naive after-launch gap several times larger.
 * - 40 new customers first buy after the launch (most join at once): the step leaves them out of the
 *   comparison, since they have no "before".
 * - The member column holds «да»/«нет» on every row of a customer (a CRM export shows today's status);
 *   the member list gives each member a join date: within two months of the launch for existing
 *   customers, the first purchase for new ones.
 * About 6 300 rows.
 */

export { DEMO_EVALUATION_LAUNCH };
const DATA_START = '2022-09-01';
const MONTHS_BEFORE = 12;
const MONTHS_AFTER = 12;
const EXISTING_CUSTOMERS = 460;
const NEW_CUSTOMERS = 40;
const SEED = 20230901;

const FREQUENCY_LIFT = 0.1;
const CHECK_LIFT = 0.04;
const CHURN = 0.012;
const MEMBER_CHURN_AFTER = 0.009;
const MONTHLY_GROWTH = 0.003;
/** By calendar month, January first. */
const SEASON = [0.85, 0.9, 1, 1, 1, 0.95, 0.9, 0.92, 1, 1.05, 1.1, 1.3];

function standardNormal(random: () => number): number {
  // Box–Muller; 1 − u keeps the logarithm's argument above zero.
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Knuth's method: fine for the small monthly means here. */
function poisson(random: () => number, mean: number): number {
  const limit = Math.exp(-mean);
  let count = 0;
  let product = random();
  while (product > limit) {
    count += 1;
    product *= random();
  }
  return count;
}

interface DemoCustomer {
  id: string;
  frequency: number;
  check: number;
  member: boolean;
  /** Month index (0 = September 2022) of the first month the customer may buy. */
  startMonth: number;
  joinDate: string | null;
}

interface DemoData {
  sales: TypedRow[];
  members: TypedRow[];
}

let cached: DemoData | null = null;

function generate(): DemoData {
  const random = seededRandom(SEED).next;
  const customers: DemoCustomer[] = [];
  const totalCustomers = EXISTING_CUSTOMERS + NEW_CUSTOMERS;
  for (let i = 0; i < totalCustomers; i += 1) {
    const isNew = i >= EXISTING_CUSTOMERS;
    const frequency = 0.5 * Math.exp(0.7 * standardNormal(random));
    const check = Math.round(1800 * Math.exp(0.35 * standardNormal(random)));
    const joinChance = isNew ? 0.7 : Math.min(0.9, 0.03 + 0.7 * frequency ** 1.5);
    const member = random() < joinChance;
    const startMonth = isNew ? MONTHS_BEFORE + Math.floor(random() * MONTHS_AFTER) : 0;
    customers.push({ id: `C${String(i + 1).padStart(4, '0')}`, frequency, check, member, startMonth, joinDate: null });
  }

  const sales: TypedRow[] = [];
  for (const customer of customers) {
    let active = true;
    for (let month = customer.startMonth; month < MONTHS_BEFORE + MONTHS_AFTER && active; month += 1) {
      const monthStart = addMonths(DATA_START, month);
      const calendarMonth = Number(monthStart.slice(5, 7));
      const after = month >= MONTHS_BEFORE;
      const treated = after && customer.member;
      const mean = customer.frequency * SEASON[calendarMonth - 1]! * (1 + MONTHLY_GROWTH) ** month * (treated ? 1 + FREQUENCY_LIFT : 1);
      const daysInMonth = new Date(Date.UTC(Number(monthStart.slice(0, 4)), calendarMonth, 0)).getUTCDate();
      const purchases = poisson(random, mean);
      const days: number[] = [];
      for (let p = 0; p < purchases; p += 1) days.push(1 + Math.floor(random() * daysInMonth));
      days.sort((a, b) => a - b);
      for (const day of days) {
        const amount = Math.round(customer.check * Math.exp(0.25 * standardNormal(random)) * (treated ? 1 + CHECK_LIFT : 1));
        const date = `${monthStart.slice(0, 8)}${String(day).padStart(2, '0')}`;
        sales.push({ customer: customer.id, date, amount, member: customer.member ? 'да' : 'нет' });
        if (customer.member && customer.joinDate === null && month >= MONTHS_BEFORE && customer.startMonth >= MONTHS_BEFORE) customer.joinDate = date;
      }
      active = random() >= (treated ? MEMBER_CHURN_AFTER : CHURN);
    }
  }

  const members: TypedRow[] = [];
  for (const customer of customers) {
    if (!customer.member) continue;
    // Existing customers joined within two months of the launch; new ones when they first bought.
    let joinDate = customer.joinDate;
    if (joinDate === null) {
      const day = `${DEMO_EVALUATION_LAUNCH.slice(0, 8)}${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
      joinDate = addMonths(day, Math.floor(random() * 2));
    }
    members.push({ customer: customer.id, joinDate });
  }
  sales.sort((a, b) => String(a.date).localeCompare(String(b.date)) || String(a.customer).localeCompare(String(b.customer)));
  return { sales, members };
}

function demoData(): DemoData {
  cached ??= generate();
  return cached;
}

/** The demo sales as the importer would deliver them (keys of the sales spec). */
export function demoSalesRows(): readonly TypedRow[] {
  return demoData().sales;
}

/** The demo member list (keys of the member-list spec). */
export function demoMemberRows(): readonly TypedRow[] {
  return demoData().members;
}
