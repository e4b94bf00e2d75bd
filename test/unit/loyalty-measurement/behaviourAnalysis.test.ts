import { describe, expect, it } from 'vitest';
import * as datasets from '../../../src/store/datasets';
import { encodeRows } from '../../../src/data/columnar';
import type { TypedRow } from '../../../src/data/import/types';
import { seededRandom } from '../../../src/data/seededRandom';
import { createAnalysisContext } from '../../../src/workbook/analysis/context';
import { analyseStoredBehaviour, behaviourSalesFromTable } from '../../../exercises/loyalty-measurement/analysis/behaviourAnalysis';
import { analyseBehaviour, behaviourSalesFromRows, type BehaviourOptions } from '../../../exercises/loyalty-measurement/model/behaviour';
import { demoSalesRows } from '../../../exercises/loyalty-measurement/demo/retailer';
import { datasetSummary } from '../../builders';

const TODAY = '2026-12-01';
const OPTIONS: BehaviourOptions = { period: 'month', windowFrom: null, windowTo: null, lapseFactor: 3, oneTimeLapseDays: 180, countRowsAsPurchases: false };
const SALES_REF = { exerciseId: '@my-data', specId: 'sales', importedAt: '2026-12-06T09:00:00.000Z' };

/** `count` rows of `customers` customers over 2024–2025, a few dated in the future and a few same-day doubles. */
function generatedRows(seed: number, count: number, customers: number): TypedRow[] {
  const random = seededRandom(seed);
  const start = Date.UTC(2024, 0, 1);
  const rows: TypedRow[] = [];
  for (let i = 0; i < count; i++) {
    // Two days in a thousand fall in 2027: after TODAY.
    const day = random.next() < 0.002 ? random.integer(1096, 1200) : random.integer(0, 730);
    const date = new Date(start + day * 86_400_000).toISOString().slice(0, 10);
    rows.push({ customer: `C${random.integer(1, customers)}`, date, amount: random.integer(100, 5000) });
  }
  return rows;
}

describe('the behaviour analysis over stored sales', () => {
  it('gives from the stored columns what the rows give, and says when the sales cannot be read', async () => {
    const rows = demoSalesRows();
    await datasets.saveDataset('@my-data', 'sales', rows, datasetSummary('продажи.csv', rows.length));
    const { context } = createAnalysisContext(() => undefined);
    const result = await analyseStoredBehaviour({ sales: SALES_REF, options: OPTIONS, today: TODAY }, context);
    expect(result).toEqual({ kind: 'result', result: analyseBehaviour(behaviourSalesFromRows(rows), OPTIONS, TODAY) });
    expect(result.kind === 'result' && result.result.kind).toBe('ready');

    // Nothing stored under this id (site data cleared in part): said, not thrown.
    const missing = await analyseStoredBehaviour({ sales: { ...SALES_REF, specId: 'nothing' }, options: OPTIONS, today: TODAY }, context);
    expect(missing).toEqual({ kind: 'salesUnreadable' });
  });

  it('reads customer ids typed as numbers through the plain values', () => {
    const rows: TypedRow[] = [
      { customer: 101, date: '2025-01-05', amount: 10 },
      { customer: 101, date: '2025-02-05', amount: 10 },
      { customer: '102', date: '2025-01-07', amount: 10 },
    ];
    expect(behaviourSalesFromTable(encodeRows(rows))).toEqual(behaviourSalesFromRows(rows));
  });

  it('computes 200 000 generated rows, the same from columns as from rows', () => {
    const rows = generatedRows(7, 200_000, 20_000);
    const fromColumns = behaviourSalesFromTable(encodeRows(rows));
    const result = analyseBehaviour(fromColumns, { ...OPTIONS, period: 'quarter' }, TODAY);
    expect(result).toEqual(analyseBehaviour(behaviourSalesFromRows(rows), { ...OPTIONS, period: 'quarter' }, TODAY));
    if (result.kind !== 'ready') throw new Error(result.kind);
    const { figures } = result;
    expect(figures.rowCounts.rows + figures.rowCounts.futureRows).toBe(200_000);
    expect(figures.rowCounts.futureRows).toBeGreaterThan(0);
    // Every customer with a row dated up to today (a customer drawn for no such row is left out).
    const customers = new Set(rows.filter((row) => String(row.date) <= TODAY).map((row) => row.customer)).size;
    expect(figures.customers).toBe(customers);
    // Eight whole quarters in 2024–2025; ten purchases a customer over two years: nearly everyone comes back.
    expect(figures.retention.periods).toHaveLength(8);
    expect(figures.purchases).toBe(figures.rowCounts.rows - figures.rowCounts.mergedRows);
    expect(figures.ladder.firstPurchase + figures.ladder.repeat + figures.ladder.regular).toBe(customers);
  });
});

describe('properties over random sales', () => {
  it('keeps retention in [0, 1], month 0 of every cohort at 100 %, and every customer on one stage', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const random = seededRandom(seed);
      const rows = generatedRows(seed, random.integer(20, 400), random.integer(2, 60));
      const options: BehaviourOptions = {
        ...OPTIONS,
        period: (['month', 'quarter', 'year'] as const)[seed % 3] ?? 'month',
        lapseFactor: 1 + random.next() * 5,
        countRowsAsPurchases: seed % 2 === 0,
        windowFrom: seed % 4 === 0 ? '2024-03-17' : null,
      };
      const result = analyseBehaviour(behaviourSalesFromRows(rows), options, TODAY);
      if (result.kind !== 'ready') continue;
      const { figures } = result;
      for (const period of figures.retention.periods) {
        if (period.retention === null) continue;
        expect(period.retention).toBeGreaterThanOrEqual(0);
        expect(period.retention).toBeLessThanOrEqual(1);
      }
      if (figures.retention.mean !== null) expect(figures.retention.mean).toBeGreaterThanOrEqual(0);
      if (figures.retention.mean !== null) expect(figures.retention.mean).toBeLessThanOrEqual(1);
      for (const row of figures.cohorts.rows) {
        expect(row.shares[0]).toBe(1);
        for (const share of row.shares) expect(share).toBeLessThanOrEqual(1);
      }
      expect(figures.ladder.firstPurchase + figures.ladder.repeat + figures.ladder.regular).toBe(figures.customers);
      expect(figures.intervalBins.reduce((sum, bin) => sum + bin.customers, 0)).toBe(figures.repeatCustomers);
      expect(figures.lapsed.total).toBeLessThanOrEqual(figures.customers);
      expect(figures.repeatRate).toBeGreaterThan(0);
      expect(figures.repeatRate).toBeLessThanOrEqual(1);
    }
  });
});
