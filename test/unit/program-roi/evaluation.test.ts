import { describe, expect, it } from 'vitest';
import {
  addMonths,
  evaluateProgram,
  evaluationEconomics,
  evaluationStatus,
  memberListFromRows,
  parseMemberFlag,
  indexedSalesFromCodes,
  salesFromColumns,
  salesFromRows,
  salesOverview,
  type DifferenceInDifferences,
  type EvaluationOutcome,
  type EvaluationRequest,
  type EvaluationStatus,
  type Sale,
  type SalesFromRows,
} from '../../../exercises/program-roi/model';
import { indexSales } from '../../../exercises/program-roi/model/evaluation/indexedSales';
import { EMPTY_DAY, encodeRows, findColumn } from '../../../src/data/columnar';
import type { TypedRow } from '../../../src/data/import/types';
import { demoMemberRows, demoSalesRows, DEMO_EVALUATION_LAUNCH } from '../../../exercises/program-roi/demo/evaluationDemo';
import { demoRoiState } from '../../../exercises/program-roi/demo';
import { DEFAULT_EVALUATION_SETTINGS, roiStateSchema } from '../../../exercises/program-roi/state';

const LAUNCH = '2024-03-01';

function sale(customer: string, date: string, amount: number, member: boolean | null): Sale {
  return { customer, date, amount, member };
}

/**
 * Two members, two non-members, Jan–Apr 2024, launch on 1 March: two whole months each side.
 * Per customer, before (Jan+Feb) → after (Mar+Apr):
 *   M1: 100 + 100 (2 days)            → 150 + 50 on one day + 200 (2 days) = 400
 *   M2: 300 (1 day)                   → 300 + 300 (2 days) = 600
 *   N1: 100 + 100 (2 days)            → 100 (1 day)
 *   N2: 200 (1 day)                   → 300 (1 day)
 *   X: first buys after the launch: new, not compared.
 */
const CASE: Sale[] = [
  sale('M1', '2024-01-01', 100, true),
  sale('M1', '2024-02-10', 100, true),
  sale('M1', '2024-03-05', 150, true),
  sale('M1', '2024-03-05', 50, true),
  sale('M1', '2024-04-30', 200, true),
  sale('M2', '2024-01-15', 300, true),
  sale('M2', '2024-03-20', 300, true),
  sale('M2', '2024-04-02', 300, true),
  sale('N1', '2024-01-20', 100, false),
  sale('N1', '2024-02-20', 100, false),
  sale('N1', '2024-03-15', 100, false),
  sale('N2', '2024-02-01', 200, false),
  sale('N2', '2024-04-10', 300, false),
  sale('X', '2024-03-10', 500, true),
];

function request(overrides: Partial<EvaluationRequest> = {}): EvaluationRequest {
  return { sales: CASE, launchDate: LAUNCH, maxWindowMonths: 12, membership: { kind: 'column' }, ...overrides };
}

function ready(outcome: EvaluationOutcome): DifferenceInDifferences {
  if (outcome.kind !== 'ready') throw new Error(`expected a result, got ${outcome.reason}`);
  return outcome.result;
}

describe('calendar months', () => {
  it('keeps the day, or takes the month\'s last day when it has no such day', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-03-31', -1)).toBe('2023-02-28');
    expect(addMonths('2024-12-15', 1)).toBe('2025-01-15');
    expect(addMonths('2024-01-15', -13)).toBe('2022-12-15');
  });
});

describe('difference in differences, by hand', () => {
  it('compares equal windows of whole months and the customers active before', () => {
    const result = ready(evaluateProgram(request()));
    // Data 2024-01-01 … 2024-04-30: Jan and Feb before, Mar and Apr after; the cap of 12 does not bind.
    expect(result.window).toMatchObject({ months: 2, availableBefore: 2, availableAfter: 2, beforeStart: '2024-01-01', beforeLast: '2024-02-29', afterLast: '2024-04-30', afterEnd: '2024-05-01' });

    // Members, per customer per month (2 customers × 2 months = 4 customer-months):
    //   spend before (200 + 300) / 4 = 125, after (400 + 600) / 4 = 250
    //   purchases before (2 + 1) / 4 = 0.75, after (2 + 2) / 4 = 1 (M1's two rows on 5 March are one visit)
    expect(result.members).toEqual({ customers: 2, before: { spend: 125, purchases: 0.75 }, after: { spend: 250, purchases: 1 } });
    // Non-members: spend before (200 + 200) / 4 = 100, after (100 + 300) / 4 = 100;
    //   purchases before (2 + 1) / 4 = 0.75, after (1 + 1) / 4 = 0.5
    expect(result.nonMembers).toEqual({ customers: 2, before: { spend: 100, purchases: 0.75 }, after: { spend: 100, purchases: 0.5 } });

    // DiD spend = (250 − 125) − (100 − 100) = 125; frequency = (1 − 0.75) − (0.5 − 0.75) = 0.5
    expect(result.spendDid).toBe(125);
    expect(result.frequencyDid).toBe(0.5);
    // Without the program members would have spent 125 + (100 − 100) = 125: +125 is +100 %.
    expect(result.relativeSpendLift).toBe(1);
    // The naive gap after the launch: 250 − 100 = 150.
    expect(result.naiveSpendGap).toBe(150);
    expect(result.counts).toEqual({ customers: 5, newAfterLaunch: 1, inactiveBefore: 0, joinedAfterWindow: 0, listedWithoutSales: 0 });
  });

  it('charts every month as the average spend per compared customer of each group', () => {
    const result = ready(evaluateProgram(request()));
    // Jan: members (100 + 300) / 2 = 200, non-members 100 / 2 = 50; Feb: 100 / 2 = 50 and (100 + 200) / 2 = 150;
    // Mar: (200 + 300) / 2 = 250 and 100 / 2 = 50; Apr: (200 + 300) / 2 = 250 and 300 / 2 = 150.
    expect(result.monthly).toEqual([
      { offset: -2, start: '2024-01-01', members: 200, nonMembers: 50 },
      { offset: -1, start: '2024-02-01', members: 50, nonMembers: 150 },
      { offset: 0, start: '2024-03-01', members: 250, nonMembers: 50 },
      { offset: 1, start: '2024-04-01', members: 250, nonMembers: 150 },
    ]);
  });

  it('with a one-month cap compares February with March, and leaves out who did not buy in February', () => {
    const result = ready(evaluateProgram(request({ maxWindowMonths: 1 })));
    expect(result.window).toMatchObject({ months: 1, beforeStart: '2024-02-01', afterEnd: '2024-04-01' });
    // M2 bought in January only: not in the cohort. Members = M1: 100 (1 visit) → 200 (1 visit).
    expect(result.members).toEqual({ customers: 1, before: { spend: 100, purchases: 1 }, after: { spend: 200, purchases: 1 } });
    // N1: 100 → 100, N2: 200 → 0; per customer (100 + 200) / 2 = 150 → 100 / 2 = 50; visits 1 → 0.5.
    expect(result.nonMembers).toEqual({ customers: 2, before: { spend: 150, purchases: 1 }, after: { spend: 50, purchases: 0.5 } });
    // DiD spend = (200 − 100) − (50 − 150) = 200; frequency = (1 − 1) − (0.5 − 1) = 0.5
    expect(result.spendDid).toBe(200);
    expect(result.frequencyDid).toBe(0.5);
    expect(result.counts.inactiveBefore).toBe(1);
  });

  it('takes members from a separate list, and leaves out those who joined after the window', () => {
    const members = memberListFromRows([
      { customer: 'M1', joinDate: '2024-03-01' },
      { customer: 'M2', joinDate: null },
      { customer: ' N2 ', joinDate: '2024-05-01' },
      { customer: 'GHOST', joinDate: '2024-03-02' },
      { customer: null, joinDate: '2024-03-02' },
    ]);
    expect(members).toHaveLength(4);
    // The column's flags are ignored: M1 and M2 are members by the list, N2 joined on the first day after the window.
    const result = ready(evaluateProgram(request({ membership: { kind: 'list', members } })));
    expect(result.members.customers).toBe(2);
    // Non-members = N1 alone: 200 / 2 = 100 → 100 / 2 = 50; visits 2 / 2 = 1 → 1 / 2 = 0.5.
    expect(result.nonMembers).toEqual({ customers: 1, before: { spend: 100, purchases: 1 }, after: { spend: 50, purchases: 0.5 } });
    // DiD spend = (250 − 125) − (50 − 100) = 175; frequency = (1 − 0.75) − (0.5 − 1) = 0.75
    expect(result.spendDid).toBe(175);
    expect(result.frequencyDid).toBe(0.75);
    expect(result.counts).toMatchObject({ joinedAfterWindow: 1, listedWithoutSales: 1, newAfterLaunch: 1 });
  });
});

describe('invariants', () => {
  it('identical groups give a DiD of zero', () => {
    const nonMembers = CASE.filter((row) => row.member === false);
    const twins = nonMembers.map((row) => ({ ...row, customer: `twin-${row.customer}`, member: true }));
    const result = ready(evaluateProgram(request({ sales: [...nonMembers, ...twins] })));
    expect(result.spendDid).toBe(0);
    expect(result.frequencyDid).toBe(0);
    expect(result.relativeSpendLift).toBe(0);
  });

  it('one more purchase of the same amount for everybody after the launch leaves the DiD unchanged', () => {
    const base = ready(evaluateProgram(request()));
    const extra = ['M1', 'M2', 'N1', 'N2'].flatMap((customer) => [
      sale(customer, '2024-03-28', 70, customer.startsWith('M')),
      sale(customer, '2024-04-28', 70, customer.startsWith('M')),
    ]);
    const shifted = ready(evaluateProgram(request({ sales: [...CASE, ...extra] })));
    // Both groups' "after" rises by 70 per customer-month and by one purchase: the differences cancel it.
    expect(shifted.members.after.spend).toBe(base.members.after.spend + 70);
    expect(shifted.nonMembers.after.purchases).toBe(base.nonMembers.after.purchases + 1);
    expect(shifted.spendDid).toBeCloseTo(base.spendDid, 9);
    expect(shifted.frequencyDid).toBeCloseTo(base.frequencyDid, 9);
  });

  it('swapping the member labels negates the DiD', () => {
    const base = ready(evaluateProgram(request()));
    const swapped = ready(evaluateProgram(request({ sales: CASE.map((row) => ({ ...row, member: row.member === null ? null : !row.member })) })));
    expect(swapped.spendDid).toBe(-base.spendDid);
    expect(swapped.frequencyDid).toBe(-base.frequencyDid);
  });

  it('swapping labels negates the DiD on the demo data too', () => {
    const { sales } = salesFromRows(demoSalesRows());
    const base = ready(evaluateProgram({ sales, launchDate: DEMO_EVALUATION_LAUNCH, maxWindowMonths: 12, membership: { kind: 'column' } }));
    const flipped = sales.map((row) => ({ ...row, member: row.member === null ? null : !row.member }));
    const swapped = ready(evaluateProgram({ sales: flipped, launchDate: DEMO_EVALUATION_LAUNCH, maxWindowMonths: 12, membership: { kind: 'column' } }));
    expect(swapped.spendDid).toBeCloseTo(-base.spendDid, 6);
    expect(swapped.frequencyDid).toBeCloseTo(-base.frequencyDid, 9);
  });
});

describe('not enough data', () => {
  const reasonOf = (outcome: EvaluationOutcome) => (outcome.kind === 'notEnoughData' ? outcome.reason : 'ready');

  it('names what is missing instead of computing', () => {
    expect(reasonOf(evaluateProgram(request({ sales: [] })))).toBe('noSales');
    expect(reasonOf(evaluateProgram(request({ launchDate: '2024-02-30' })))).toBe('invalidLaunchDate');
    expect(reasonOf(evaluateProgram(request({ launchDate: '2024-01-01' })))).toBe('launchBeforeData');
    expect(reasonOf(evaluateProgram(request({ launchDate: '2024-05-01' })))).toBe('launchAfterData');
    // 20 January: 20 December is before the first sale, so not one whole month before.
    expect(reasonOf(evaluateProgram(request({ launchDate: '2024-01-20' })))).toBe('noFullMonthBefore');
    // 15 April: the month to 14 May is not covered by data ending on 30 April.
    expect(reasonOf(evaluateProgram(request({ launchDate: '2024-04-15' })))).toBe('noFullMonthAfter');
  });

  it('needs members and non-members among the customers compared', () => {
    const blank = CASE.map((row) => ({ ...row, member: null }));
    expect(reasonOf(evaluateProgram(request({ sales: blank })))).toBe('noMemberColumn');
    const nobody = CASE.map((row) => ({ ...row, member: false }));
    expect(reasonOf(evaluateProgram(request({ sales: nobody })))).toBe('noMembers');
    const everybody = CASE.map((row) => ({ ...row, member: true }));
    expect(reasonOf(evaluateProgram(request({ sales: everybody })))).toBe('noNonMembers');
    // X is a member, but first bought after the launch: still no member among those compared.
    const onlyNewMember = CASE.map((row) => ({ ...row, member: row.customer === 'X' }));
    const outcome = evaluateProgram(request({ sales: onlyNewMember }));
    expect(reasonOf(outcome)).toBe('noMembers');
    expect(outcome.kind === 'notEnoughData' ? outcome.counts.newAfterLaunch : null).toBe(1);
    expect(reasonOf(evaluateProgram(request({ membership: { kind: 'list', members: [{ customer: 'GHOST', joinDate: null }] } })))).toBe('noListedCustomers');
    expect(reasonOf(evaluateProgram(request({ membership: { kind: 'list', members: [] } })))).toBe('noListedCustomers');
  });
});

describe('what the step and the export show', () => {
  const parsed: SalesFromRows = { sales: CASE, unusableRows: 2, unrecognisedMemberValues: 1 };
  // Counts, not the sales: the status crosses from the analysis worker to the page.
  const overview = salesOverview(parsed);
  // N2 joins on the first day after the two-month windows: left out when members come from the list.
  const list = [{ customer: 'M1', joinDate: '2024-03-01' }, { customer: 'M2', joinDate: null }, { customer: 'N2', joinDate: '2024-05-01' }];
  const settings = { launchDate: LAUNCH, memberSource: 'column', windowMonths: 12 } as const;
  const resultOf = (status: EvaluationStatus) => {
    if (status.kind !== 'ready') throw new Error(`expected a result, got ${status.kind}`);
    return status.result;
  };

  it('asks for the member list first when members come from a list that is not at hand', () => {
    expect(evaluationStatus(parsed, null, { ...settings, memberSource: 'list' })).toEqual({ kind: 'needList', overview });
    expect(evaluationStatus(parsed, null, { ...settings, memberSource: 'list', launchDate: null })).toEqual({ kind: 'needList', overview });
  });

  it('then asks for the launch date', () => {
    expect(evaluationStatus(parsed, null, { ...settings, launchDate: null })).toEqual({ kind: 'needLaunchDate', overview });
    expect(evaluationStatus(parsed, list, { ...settings, memberSource: 'list', launchDate: null })).toEqual({ kind: 'needLaunchDate', overview });
  });

  it('passes on why the data is not enough, with counts of the sales read', () => {
    // 1 January is the first sale: no "before".
    expect(evaluationStatus(parsed, null, { ...settings, launchDate: '2024-01-01' })).toEqual({ kind: 'notEnoughData', reason: 'launchBeforeData', counts: {}, overview });
  });

  it('compares by the column, ignoring a list at hand, or by the list when chosen', () => {
    const byColumn = evaluationStatus(parsed, list, settings);
    expect(byColumn).toEqual({ kind: 'ready', result: ready(evaluateProgram(request())), overview });
    // The same DiD as by hand above: (250 − 125) − (100 − 100) = 125.
    expect(resultOf(byColumn).spendDid).toBe(125);
    // By the list N2 is left out: non-members = N1 alone, 100 → 50; DiD (250 − 125) − (50 − 100) = 175.
    const byList = resultOf(evaluationStatus(parsed, list, { ...settings, memberSource: 'list' }));
    expect(byList.nonMembers.customers).toBe(1);
    expect(byList.counts.joinedAfterWindow).toBe(1);
    expect(byList.spendDid).toBe(175);
  });

  it('caps the windows by the setting, and by the data alone when it is left empty', () => {
    // The data allows two whole months each side.
    expect(resultOf(evaluationStatus(parsed, null, { ...settings, windowMonths: null })).window.months).toBe(2);
    expect(resultOf(evaluationStatus(parsed, null, { ...settings, windowMonths: 1 })).window.months).toBe(1);
  });
});

describe('rows from the import', () => {
  it('reads yes/no in ru, en and zh, as text or 1/0', () => {
    for (const yes of ['да', 'Да', ' yes ', 'Y', 'TRUE', '1', '是', 'участник', 'Member', 1]) expect(parseMemberFlag(yes)).toBe(true);
    for (const no of ['нет', 'No', 'n', 'false', '0', '否', 0]) expect(parseMemberFlag(no)).toBe(false);
    for (const blank of ['', '  ', null, undefined]) expect(parseMemberFlag(blank)).toBeNull();
    for (const other of ['maybe', 'gold', 2]) expect(parseMemberFlag(other)).toBe('unrecognised');
  });

  it('drops rows the model cannot use and counts unrecognised member values', () => {
    const parsed = salesFromRows([
      { customer: 'A', date: '2024-01-05', amount: 100, member: 'да' },
      { customer: 17, date: '2024-01-06', amount: 50, member: 'gold' },
      { customer: '', date: '2024-01-06', amount: 50, member: 'да' },
      { customer: 'B', date: '05.01.2024', amount: 50, member: 'нет' },
      { customer: 'C', date: '2024-01-07', amount: null, member: null },
    ]);
    expect(parsed.sales).toEqual([
      { customer: 'A', date: '2024-01-05', amount: 100, member: true },
      { customer: '17', date: '2024-01-06', amount: 50, member: null },
    ]);
    expect(parsed.unusableRows).toBe(3);
    expect(parsed.unrecognisedMemberValues).toBe(1);
  });
});

describe('effect against cost', () => {
  const inputs = { margin: 0.3, rewardRate: 0.05, breakage: 0.2, baselineRewardShare: 1, setupCost: 100, monthlyFixedCost: 10, monthlyCostPerMember: 2 };

  it('multiplies the DiD by members, months and margin, and charges the same months\' cost', () => {
    const did = ready(evaluateProgram(request()));
    const economics = evaluationEconomics(did, inputs, 2);
    // 2 members × 2 months = 4 member-months; incremental sales 125 × 4 = 500; gross profit 500 × 0.3 = 150.
    expect(economics.incrementalSales).toBe(500);
    expect(economics.incrementalGrossProfit).toBe(150);
    // Rewarded per member-month: 125 incremental + 1 × (250 − 125) = 250; redeemed 0.05 × 0.8 = 0.04;
    // rewards 0.04 × 250 × 4 = 40. Fixed 100 + 10 × 2 = 120. Per member 2 × 4 = 8. Total 168.
    expect(economics.rewardCost).toBeCloseTo(40, 9);
    expect(economics.fixedCost).toBe(120);
    expect(economics.memberCost).toBe(8);
    expect(economics.programCost).toBeCloseTo(168, 9);
    // Net 150 − 168 = −18; ROI −18 / 168 = −0.10714…
    expect(economics.net).toBeCloseTo(-18, 9);
    expect(economics.roi).toBeCloseTo(-18 / 168, 12);
  });

  it('rewards only the given share of the members\' usual spend, and no increment when the DiD is negative', () => {
    const did = ready(evaluateProgram(request()));
    // Rewarded 125 + 0.5 × 125 = 187.5 per member-month; 0.04 × 187.5 × 4 = 30.
    expect(evaluationEconomics(did, { ...inputs, baselineRewardShare: 0.5 }, 2).rewardCost).toBeCloseTo(30, 9);
    // Scaled to 1 000 members: 125 × 1 000 × 2 × 0.3 = 75 000.
    expect(evaluationEconomics(did, inputs, 1000).incrementalGrossProfit).toBe(75_000);
    const negative = { ...did, spendDid: -50 };
    // Rewarded 0 + 1 × 250; rewards 0.04 × 250 × 4 = 40; gross profit −50 × 4 × 0.3 = −60.
    const loss = evaluationEconomics(negative, inputs, 2);
    expect(loss.rewardCost).toBeCloseTo(40, 9);
    expect(loss.incrementalGrossProfit).toBeCloseTo(-60, 9);
    expect(evaluationEconomics(did, { ...inputs, rewardRate: 0, setupCost: 0, monthlyFixedCost: 0, monthlyCostPerMember: 0 }, 2).roi).toBeNull();
  });
});

describe('the demo sales', () => {
  it('is a fixed, mid-size shop in which members were heavier buyers before the launch', () => {
    const rows = demoSalesRows();
    expect(rows).toBe(demoSalesRows());
    expect(rows.length).toBeGreaterThanOrEqual(5000);
    expect(rows.length).toBeLessThanOrEqual(10000);
    const { sales, unusableRows, unrecognisedMemberValues } = salesFromRows(rows);
    expect(unusableRows + unrecognisedMemberValues).toBe(0);
    const customers = new Set(sales.map((row) => row.customer)).size;
    expect(customers).toBeGreaterThanOrEqual(400);
    expect(customers).toBeLessThanOrEqual(600);

    const result = ready(evaluateProgram({ sales, launchDate: DEMO_EVALUATION_LAUNCH, maxWindowMonths: 12, membership: { kind: 'column' } }));
    expect(result.window.months).toBe(12);
    // Self-selection: members spent well over half as much again before the program existed.
    expect(result.members.before.spend).toBeGreaterThan(1.5 * result.nonMembers.before.spend);
    // A real, moderate lift, far below the naive after-launch gap.
    expect(result.relativeSpendLift).toBeGreaterThan(0.05);
    expect(result.relativeSpendLift).toBeLessThan(0.25);
    expect(result.naiveSpendGap).toBeGreaterThan(3 * result.spendDid);
    expect(result.counts.newAfterLaunch).toBeGreaterThan(0);

    const list = memberListFromRows(demoMemberRows());
    const byList = ready(evaluateProgram({ sales, launchDate: DEMO_EVALUATION_LAUNCH, maxWindowMonths: 12, membership: { kind: 'list', members: list } }));
    expect(byList.members.customers).toBe(result.members.customers);
    expect(byList.spendDid).toBeCloseTo(result.spendDid, 6);
  });
});

describe('stored progress from before this step', () => {
  it('opens with default comparison settings, so schema version 1 still reads', () => {
    const { evaluation, ...older } = demoRoiState();
    expect(evaluation.launchDate).toBe(DEMO_EVALUATION_LAUNCH);
    const parsed = roiStateSchema.parse(older);
    expect(parsed.evaluation).toEqual(DEFAULT_EVALUATION_SETTINGS);
    expect(parsed.program).toEqual(older.program);
  });
});

describe('sales read column by column, as the analysis worker reads them', () => {
  it('gives the same sales as the rows, and counts what it could not use', () => {
    const rows = [
      { customer: 'C1', date: '2024-01-05', amount: 100, member: 'да' },
      { customer: 42, date: '2024-01-06', amount: 50.5, member: null },
      { customer: '', date: '2024-01-07', amount: 10, member: 'нет' },
      { customer: 'C3', date: 'not a date', amount: 10, member: null },
      { customer: 'C1', date: '2024-02-01', amount: 20, member: 'может быть' },
    ];
    const columns = {
      customer: rows.map((row) => row.customer),
      date: rows.map((row) => row.date),
      amount: rows.map((row) => row.amount),
      member: rows.map((row) => row.member),
    };
    const parsed = salesFromColumns(columns, rows.length);
    expect(parsed).toEqual(salesFromRows(rows));
    // Two unusable rows (no customer; no date); one member value neither yes nor no.
    expect(parsed.unusableRows).toBe(2);
    expect(parsed.unrecognisedMemberValues).toBe(1);
    expect(parsed.sales.map((sale) => sale.customer)).toEqual(['C1', '42', 'C1']);
    // Three sales by two customers, C1 twice.
    expect(salesOverview(parsed)).toEqual({ sales: 3, customers: 2, unusableRows: 2, unrecognisedMemberValues: 1 });
  });

  it('reads no member flags when the file had no member column', () => {
    const parsed = salesFromColumns({ customer: ['A'], date: ['2024-03-01'], amount: [5], member: null }, 1);
    expect(parsed.sales).toEqual([{ customer: 'A', date: '2024-03-01', amount: 5, member: null }]);
  });
});


describe('sales indexed straight from the stored codes', () => {
  it('read the same sales, counts and comparison as the row reader', () => {
    const rows: TypedRow[] = [
      { customer: ' C1 ', date: '2024-01-05', amount: 100, member: 'да' },
      { customer: 'C1', date: '2024-01-05', amount: 50, member: 'да' },
      { customer: '', date: '2024-01-07', amount: 10, member: 'нет' },
      { customer: 'C2', date: null, amount: 10, member: null },
      { customer: 'C3', date: '2024-02-01', amount: null, member: 'нет' },
      { customer: 'C4', date: '2024-02-10', amount: 20, member: 'может быть' },
      { customer: 'C5', date: '2024-03-10', amount: 30, member: null },
    ];
    const table = encodeRows(rows);
    const column = (key: string) => findColumn(table, key);
    const customer = column('customer');
    const date = column('date');
    const amount = column('amount');
    const member = column('member');
    if (customer.kind !== 'text' || date.kind !== 'date' || amount.kind !== 'number' || member.kind !== 'text') throw new Error('unexpected kinds');
    const indexed = indexedSalesFromCodes({
      rowCount: table.rowCount,
      customer: { codes: customer.codes, dictionary: customer.dictionary },
      day: date.days,
      emptyDay: EMPTY_DAY,
      amount: amount.values,
      member: { codes: member.codes, dictionary: member.dictionary },
    });
    const fromRows = salesFromRows(rows);
    // ' C1 ' and 'C1' are one customer; '' names nobody; C2 has no date, C3 no amount: three unusable rows.
    expect(salesOverview(indexed)).toEqual({ sales: 4, customers: 3, unusableRows: 3, unrecognisedMemberValues: 1 });
    expect(salesOverview(indexed)).toEqual(salesOverview(fromRows));
    const settings = { launchDate: '2024-02-01', memberSource: 'column' as const, windowMonths: 1 };
    expect(evaluationStatus(indexed, null, settings)).toEqual(evaluationStatus(fromRows, null, settings));
  });

  it('give the hand-checked comparison of the case above when the sales come indexed', () => {
    expect(evaluateProgram({ ...request(), sales: indexSales(CASE) })).toEqual(evaluateProgram(request()));
  });
});
