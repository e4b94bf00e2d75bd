import { describe, expect, it } from 'vitest';
import { loyaltyMeasurementGroup } from '../../../exercises/loyalty-measurement/group';
import { blankLoyaltyState, demoLoyaltyState } from '../../../exercises/loyalty-measurement/demo';
import { demoSalesRows, demoSurveyRows, DEMO_SALES_TO } from '../../../exercises/loyalty-measurement/demo/retailer';
import { analyseBehaviour, behaviourOptions, behaviourSalesFromRows, demoDay } from '../../../exercises/loyalty-measurement/model/behaviour';
import { collectAnswers, scoreResults } from '../../../exercises/loyalty-measurement/model/survey';
import type { TypedAnswer } from '../../../exercises/loyalty-measurement/state';
import { calendarDayIso } from '../../../src/i18n/format';
import { cellOf, expectCompleteSummary, NO_DATASETS, rowKeys, valueOf } from '../../builders/groupChecks';

const typed = (values: Partial<TypedAnswer> & { id: string }): TypedAnswer => ({ customer: '', segment: '', nps: null, csat: null, ces: null, attitude: null, ...values });

describe('loyalty measurement’s figures for the trainer’s group view', () => {
  it('scores a team’s typed answers by hand, with no sales behind the behaviour', async () => {
    const state = blankLoyaltyState();
    state.meaning.view = 'both';
    state.survey.typedAnswers = [typed({ id: 'T1', nps: 10, csat: 5, ces: 6 }), typed({ id: 'T2', nps: 9, csat: 3, ces: 4 }), typed({ id: 'T3', nps: 2, csat: 4, ces: 5 })];
    const summary = await loyaltyMeasurementGroup.summarize({ state, datasets: NO_DATASETS });
    expectCompleteSummary(summary);
    expect(cellOf(summary, 'method', 'view')).toEqual({ kind: 'text', value: { ru: 'И то и другое', en: expect.any(String), zh: expect.any(String) } });
    // 2 promoters and 1 detractor of 3: NPS = 100 × (2 − 1) / 3 = 33.3.
    expect(valueOf(summary, 'survey', 'nps')).toBeCloseTo(33.333, 3);
    expect(cellOf(summary, 'survey', 'nps')).toMatchObject({ kind: 'number', decimals: 1 });
    expect(valueOf(summary, 'survey', 'answers')).toBe(3);
    expect(valueOf(summary, 'survey', 'promoters')).toBeCloseTo(2 / 3, 10);
    expect(valueOf(summary, 'survey', 'detractors')).toBeCloseTo(1 / 3, 10);
    // CSAT: 5 and 4 of three answers are 4–5 → 2/3; CES: (6 + 4 + 5) / 3 = 5.
    expect(cellOf(summary, 'survey', 'csat')).toEqual({ kind: 'percent', value: 2 / 3, decimals: 1 });
    expect(valueOf(summary, 'survey', 'ces')).toBe(5);
    // No sales file and the demo switched off: the behaviour rows are there, empty.
    expect(rowKeys(summary, 'behaviour')).toEqual(['customers', 'repeatRate', 'retention', 'cohortRetention', 'frequency', 'averageCheck']);
    expect(valueOf(summary, 'behaviour', 'customers')).toBeNull();
    expect(valueOf(summary, 'behaviour', 'averageCheck')).toBeNull();
  });

  it('gives the demo retailer’s survey and sales figures as the export computes them', async () => {
    const state = demoLoyaltyState();
    const summary = await loyaltyMeasurementGroup.summarize({ state, datasets: NO_DATASETS });
    expectCompleteSummary(summary);
    // The demo survey has 400 answers (surveyExport.test.ts); its scores and the sales' figures through the same models.
    const nps = scoreResults(collectAnswers([{ fileName: 'demo', rows: demoSurveyRows() }], []).answers).nps;
    expect(valueOf(summary, 'survey', 'answers')).toBe(400);
    expect(valueOf(summary, 'survey', 'nps')).toBe(nps?.score);
    const result = analyseBehaviour(behaviourSalesFromRows(demoSalesRows()), behaviourOptions(state), demoDay(calendarDayIso(new Date()), DEMO_SALES_TO));
    if (result.kind !== 'ready') throw new Error('the demo sales are ready to analyse');
    expect(valueOf(summary, 'behaviour', 'customers')).toBe(result.figures.customers);
    expect(valueOf(summary, 'behaviour', 'repeatRate')).toBe(result.figures.repeatRate);
    expect(valueOf(summary, 'behaviour', 'averageCheck')).toBe(result.figures.averageCheck);
    expect(valueOf(summary, 'method', 'planMetrics')).toBe(state.plan.length);
  });

  it('leaves every figure blank for a blank start, with the same rows', async () => {
    const demo = await loyaltyMeasurementGroup.summarize({ state: demoLoyaltyState(), datasets: NO_DATASETS });
    const blank = await loyaltyMeasurementGroup.summarize({ state: blankLoyaltyState(), datasets: NO_DATASETS });
    expectCompleteSummary(blank);
    for (const section of ['method', 'survey', 'behaviour']) expect(rowKeys(blank, section)).toEqual(rowKeys(demo, section));
    expect(valueOf(blank, 'method', 'view')).toBeNull();
    expect(valueOf(blank, 'survey', 'nps')).toBeNull();
    expect(valueOf(blank, 'behaviour', 'retention')).toBeNull();
  });
});
