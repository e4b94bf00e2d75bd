import { describe, expect, it } from 'vitest';
import { segmentationGroup } from '../../../exercises/segmentation/group';
import { blankSegmentationState, demoSegmentationState } from '../../../exercises/segmentation/demo';
import { analyseSegmentation } from '../../../exercises/segmentation/analysis/segmentationAnalysis';
import { figuresSettings } from '../../../exercises/segmentation/steps/shared/useSegmentation';
import type { SegmentationState, SegmentTarget } from '../../../exercises/segmentation/state';
import { createAnalysisContext } from '../../../src/workbook/analysis/context';
import { cellOf, expectCompleteSummary, NO_DATASETS, rowKeys, sectionOf, valueOf } from '../../builders/groupChecks';

const target = (values: Partial<SegmentTarget>): SegmentTarget => ({ target: true, strategy: null, offer: '', owner: '', goal: '', ...values });

/** The demo distributor with a renamed starter rule and two target segments, as a team might leave it. */
function teamState(): SegmentationState {
  const state = demoSegmentationState();
  return {
    ...state,
    segments: { ...state.segments, rules: state.segments.rules.map((rule) => (rule.id === 'core' ? { ...rule, name: '  Core   Buyers ' } : rule)) },
    targets: { key: target({ strategy: 'develop' }), fading: target({}), newcomers: target({ target: false, strategy: 'retain' }) },
  };
}

describe('the segmentation’s figures for the trainer’s group view', () => {
  it('gives each demo segment’s shares and the target segments’ strategies, keyed so teams line up', async () => {
    const state = teamState();
    const summary = await segmentationGroup.summarize({ state, datasets: NO_DATASETS });
    expectCompleteSummary(summary);
    // Starter rules by their fixed ids, the renamed one by its name (spaces and case aside), the rest as "others".
    const keys = ['keyAtRisk', 'key', 'newcomers', 'name:core buyers', 'fading', 'others'];
    expect(rowKeys(summary, 'customerShare')).toEqual(keys);
    expect(rowKeys(summary, 'revenueShare')).toEqual(keys);
    expect(sectionOf(summary, 'customerShare').rows[3]?.label).toEqual({ ru: 'Core   Buyers', en: 'Core   Buyers', zh: 'Core   Buyers' });
    // The segments split the customers and the revenue: each section's shares add up to 100 %.
    const total = (id: string) => sectionOf(summary, id).rows.reduce((sum, row) => sum + (row.cell.kind === 'percent' ? (row.cell.value ?? 0) : 0), 0);
    expect(total('customerShare')).toBeCloseTo(1, 10);
    expect(total('revenueShare')).toBeCloseTo(1, 10);
    // The customers are the analysis's own count, as the segments step shows it.
    const analysed = await analyseSegmentation({ source: { kind: 'demo', business: state.demoBusiness }, period: state.period, ...figuresSettings(state), list: null }, createAnalysisContext(() => undefined).context);
    if (analysed.kind !== 'ready') throw new Error('the demo is ready to segment');
    expect(valueOf(summary, 'overview', 'customers')).toBe(analysed.figures.total.customers);
    const key = analysed.figures.segments.find((segment) => segment.key === 'key');
    expect(valueOf(summary, 'customerShare', 'key')).toBeCloseTo((key?.customers ?? 0) / analysed.figures.total.customers, 10);
    expect(valueOf(summary, 'overview', 'segments')).toBe(6);
    // Targets: "key" and "fading"; "newcomers" has a strategy but is not a target.
    expect(valueOf(summary, 'overview', 'targets')).toBe(2);
    expect(rowKeys(summary, 'targets')).toEqual(['key', 'fading']);
    expect(cellOf(summary, 'targets', 'key')).toEqual({ kind: 'text', value: { ru: expect.any(String), en: expect.stringMatching(/develop/i), zh: expect.any(String) } });
    expect(cellOf(summary, 'targets', 'fading')).toEqual({ kind: 'text', value: { ru: 'стратегия не выбрана', en: 'no strategy chosen', zh: '未选择策略' } });
  });

  it('hands in the targets without figures when there are no sales', async () => {
    const state = { ...teamState(), useDemoData: false };
    const summary = await segmentationGroup.summarize({ state, datasets: NO_DATASETS });
    expectCompleteSummary(summary);
    expect(valueOf(summary, 'overview', 'customers')).toBeNull();
    expect(valueOf(summary, 'overview', 'segments')).toBeNull();
    expect(rowKeys(summary, 'customerShare')).toEqual([]);
    expect(rowKeys(summary, 'targets')).toEqual(['key', 'fading']);
  });

  it('gives empty sections for a blank start', async () => {
    const summary = await segmentationGroup.summarize({ state: blankSegmentationState(), datasets: NO_DATASETS });
    expectCompleteSummary(summary);
    expect(rowKeys(summary, 'overview')).toEqual(['customers', 'segments', 'targets']);
    expect(valueOf(summary, 'overview', 'targets')).toBe(0);
    expect(rowKeys(summary, 'targets')).toEqual([]);
  });
});
