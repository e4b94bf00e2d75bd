import { describe, expect, it } from 'vitest';
import { customerBaseGroup } from '../../../exercises/customer-base/group';
import { blankCustomerBaseState, demoCustomerBaseState } from '../../../exercises/customer-base/demo';
import { analyseWarnings } from '../../../exercises/customer-base/analysis/warningsAnalysis';
import { salesSpec } from '../../../exercises/customer-base/inputs';
import { createAnalysisContext } from '../../../src/workbook/analysis/context';
import { cellOf, expectCompleteSummary, NO_DATASETS, rowKeys, sectionOf, valueOf } from '../../builders/groupChecks';
import { datasetSummary } from '../../builders/datasets';

const DEFAULT_SEGMENTS = ['champions', 'loyal', 'newCustomers', 'promising', 'potentialLoyalist', 'needAttention', 'aboutToSleep', 'cantLose', 'atRisk', 'lost', 'hibernating', 'others'];

describe('customer base priorities’ figures for the trainer’s group view', () => {
  it('gives the demo distributor’s base, A class, RFM segments and customers at risk', async () => {
    const state = demoCustomerBaseState();
    const summary = await customerBaseGroup.summarize({ state, datasets: NO_DATASETS });
    expectCompleteSummary(summary);
    const customers = valueOf(summary, 'base', 'customers');
    const aCustomers = valueOf(summary, 'base', 'aCustomers');
    if (typeof customers !== 'number' || typeof aCustomers !== 'number') throw new Error('the demo has customers');
    expect(customers).toBeGreaterThan(0);
    // Pareto's mark is the A class: its share of the customers is its count over all.
    expect(valueOf(summary, 'base', 'aCustomerShare')).toBeCloseTo(aCustomers / customers, 10);
    // The A class brings the first 80 % of the value (the last A customer may cross it), from fewer customers.
    expect(valueOf(summary, 'base', 'aValueShare')).toBeGreaterThanOrEqual(0.8);
    expect(aCustomers).toBeLessThan(customers);
    expect(cellOf(summary, 'base', 'revenue')).toMatchObject({ kind: 'money', decimals: 0 });
    // The default segments by their ids, whatever the team's language; every customer is in one of them or "others".
    expect(rowKeys(summary, 'rfm')).toEqual(DEFAULT_SEGMENTS);
    const inSegments = sectionOf(summary, 'rfm').rows.reduce((sum, row) => sum + (row.cell.kind === 'number' ? (row.cell.value ?? 0) : 0), 0);
    expect(inSegments).toBe(customers);
    expect(sectionOf(summary, 'rfm').rows[0]?.label.en).toBe('Champions');
    // At risk as step 6 counts them; the share is the revenue at stake over the yearly revenue.
    const warnings = await analyseWarnings({ source: { kind: 'demo', business: state.demoBusiness }, period: state.period, settings: state.warnings, rule: null, page: 0 }, createAnalysisContext(() => undefined).context);
    if (warnings.kind !== 'ready') throw new Error('the demo is ready');
    expect(valueOf(summary, 'risk', 'atRisk')).toBe(warnings.summary.atRisk.customers);
    expect(valueOf(summary, 'risk', 'atStake')).toBe(warnings.summary.atRisk.atStake);
    expect(valueOf(summary, 'risk', 'atStakeShare')).toBeCloseTo(warnings.summary.atRisk.atStake / warnings.summary.yearlyRevenue, 10);
  });

  it('keys a segment the team renamed by its name, spaces and case aside', async () => {
    const state = demoCustomerBaseState();
    state.rfm.segments = state.rfm.segments.map((segment) => (segment.id === 'champions' ? { ...segment, name: ' Our  STARS ' } : segment));
    const summary = await customerBaseGroup.summarize({ state, datasets: NO_DATASETS });
    expect(rowKeys(summary, 'rfm')[0]).toBe('name:our stars');
    expect(sectionOf(summary, 'rfm').rows[0]?.label).toEqual({ ru: 'Our  STARS', en: 'Our  STARS', zh: 'Our  STARS' });
  });

  it('leaves the figures blank when the stored sales cannot be read, and for a blank start', async () => {
    const datasets = { ...NO_DATASETS, summary: (spec: { id: string }) => (spec.id === salesSpec.id ? datasetSummary('sales.csv', 100) : null) };
    for (const summary of [
      await customerBaseGroup.summarize({ state: blankCustomerBaseState(), datasets }),
      await customerBaseGroup.summarize({ state: blankCustomerBaseState(), datasets: NO_DATASETS }),
    ]) {
      expectCompleteSummary(summary);
      expect(rowKeys(summary, 'base')).toEqual(['customers', 'revenue', 'aCustomers', 'aCustomerShare', 'aValueShare']);
      expect(valueOf(summary, 'base', 'customers')).toBeNull();
      expect(rowKeys(summary, 'rfm')).toEqual([]);
      expect(valueOf(summary, 'risk', 'atStake')).toBeNull();
    }
  });
});
