import { describe, expect, it } from 'vitest';
import { kanoGroup, kanoPooledSummary, kanoTeamSummary } from '../../../exercises/kano/group';
import { demoKanoState } from '../../../exercises/kano/demo/startStates';
import { analyseSurvey, responsesFromTyped } from '../../../exercises/kano/model';
import type { KanoAnswer, KanoFeature, KanoState } from '../../../exercises/kano/state';
import { groupSummarySchema, type GroupSummary } from '../../../src/handin/format';
import type { ExportDatasets } from '../../../src/workbook/contract';

const feature = (id: string, name: string): KanoFeature => ({
  id,
  name,
  description: '',
  exampleRef: null,
  functionalQuestion: null,
  dysfunctionalQuestion: null,
  decision: 'undecided',
  note: '',
});

type Pair = [KanoAnswer, KanoAnswer];
function form(respondent: string, answers: Record<string, Pair>) {
  return {
    respondent,
    segment: null,
    answers: Object.fromEntries(Object.entries(answers).map(([id, [functional, dysfunctional]]) => [id, { functional, dysfunctional, importance: null }])),
  };
}

function state(features: KanoFeature[], responses: KanoState['responses'], imports: KanoState['imports'] = []): KanoState {
  return {
    features,
    questionnaire: { locale: null, functionalTemplate: null, dysfunctionalTemplate: null, importanceTemplate: null, importanceScale: null },
    responses,
    imports,
    notes: '',
  };
}

// Like / dislike = O, like / neutral = A, neutral / dislike = M, neutral / neutral = I (METHODS.md's evaluation table).
const team1 = state(
  [feature('f1', 'Free delivery'), feature('f2', 'Birthday gift'), feature('f3', 'Short queue')],
  [
    form('1', { f1: ['like', 'dislike'], f2: ['like', 'neutral'], f3: ['neutral', 'dislike'] }),
    form('2', { f1: ['like', 'dislike'], f2: ['neutral', 'neutral'], f3: ['neutral', 'dislike'] }),
    form('3', { f1: ['like', 'neutral'], f2: ['like', 'neutral'], f3: ['neutral', 'dislike'] }),
  ],
);

const noFiles: ExportDatasets = { summary: () => null, own: {}, loadRows: () => Promise.resolve(new Map()) };

function section(summary: GroupSummary | null, id: string) {
  const found = summary?.sections.find((entry) => entry.id === id);
  return Object.fromEntries((found?.rows ?? []).map((row) => [row.key, row.cell.kind === 'text' ? row.cell.value.en : row.cell.value]));
}

describe('Kano in the group view', () => {
  it('gives each feature its category and Better/Worse, by the normalised name', async () => {
    const summary = await kanoGroup.summarize({ state: team1, datasets: noFiles });
    expect(groupSummarySchema.safeParse(summary).success).toBe(true);
    // Free delivery: O, O, A → O; Better (A + O) / (A + O + M + I) = 3 / 3 = 1, Worse −(O + M) / 3 = −2 / 3.
    // Birthday gift: A, I, A → A; Better 2 / 3, Worse −0 / 3 = 0. Short queue: M, M, M → M; Better 0, Worse −3 / 3 = −1.
    expect(section(summary, 'categories')).toEqual({ 'free delivery': 'One-dimensional', 'birthday gift': 'Attractive', 'short queue': 'Must-be' });
    expect(section(summary, 'better')).toEqual({ 'free delivery': 1, 'birthday gift': 2 / 3, 'short queue': 0 });
    const worse = section(summary, 'worse');
    expect(worse['free delivery']).toBeCloseTo(-2 / 3, 12);
    expect(Math.abs(Number(worse['birthday gift']))).toBe(0);
    expect(worse['short queue']).toBe(-1);
    const categories = summary.sections[0]!;
    expect(categories.title.ru).toBe('Категории свойств');
    expect(categories.rows[0]?.label).toEqual({ ru: 'Free delivery', en: 'Free delivery', zh: 'Free delivery' });
    expect(categories.rows[0]?.cell).toEqual({ kind: 'text', value: { ru: 'Одномерное', en: 'One-dimensional', zh: '期望型' } });
  });

  it('says a feature nobody answered has no category yet', () => {
    const summary = kanoTeamSummary(state([feature('f1', 'Parking'), feature('f2', 'Wi-Fi')], [form('1', { f1: ['like', 'dislike'] })]), () => null);
    expect(section(summary, 'categories')).toEqual({ parking: 'One-dimensional', 'wi-fi': null });
  });

  it('classifies the demo as the exercise’s own results step does', async () => {
    const demo = demoKanoState();
    const summary = await kanoGroup.summarize({ state: demo, datasets: noFiles });
    const own = analyseSurvey(demo.features, responsesFromTyped(demo.responses)).overall.features;
    expect(summary.sections.map((entry) => entry.rows.length)).toEqual([demo.features.length, demo.features.length, demo.features.length]);
    // The demo's example features are matched by their Russian names, whatever language the team worked in.
    summary.sections[0]!.rows.forEach((row, index) => {
      const result = own[index]!.classification;
      expect(row.key).toBe(row.label.ru.toLowerCase().replace(/\s+/g, ' ').trim().replaceAll('ё', 'е'));
      expect(row.cell.kind === 'text' ? row.cell.value.ru : null).toBe(result.kind === 'ok' ? { A: 'Привлекательное', O: 'Одномерное', M: 'Обязательное', I: 'Безразличное', R: 'Обратное', Q: 'Сомнительное' }[result.category] : null);
    });
  });

  it('reads the answers of an imported file through the export’s rows', async () => {
    const withFile = state([feature('f1', 'Free delivery')], [], [
      { datasetId: 'kano-responses-long', fileName: 'answers.xlsx', layout: 'long', importedAt: '2026-12-01T10:00:00.000Z', respondents: 2, rowsImported: 2, rowsSkipped: 0, unrecognisedAnswers: 0, hasSegments: false },
    ]);
    const datasets: ExportDatasets = {
      summary: () => null,
      // Only a file the progress records is read: its summary's fields do not matter here.
      own: { 'kano-responses-long': {} as never },
      loadRows: (ids) =>
        Promise.resolve(new Map(ids.map((id) => [id, { ok: true as const, value: [{ respondent: 'A', feature: 'Free delivery', functional: 3, dysfunctional: 5 }, { respondent: 'B', feature: 'free delivery', functional: 3, dysfunctional: 5 }] }]))),
    };
    // Two answers neutral / dislike: M.
    expect(section(await kanoGroup.summarize({ state: withFile, datasets }), 'categories')).toEqual({ 'free delivery': 'Must-be' });
  });

  it('pools every team’s answers as one survey, features matched by name across teams', () => {
    const team2 = state(
      [feature('x', '  FREE   delivery '), feature('y', 'Parking')],
      [form('1', { x: ['neutral', 'dislike'], y: ['like', 'dislike'] })],
    );
    const pooled = kanoPooledSummary([
      { state: team1, rows: {} },
      { state: team2, rows: {} },
    ]);
    expect(groupSummarySchema.safeParse(pooled).success).toBe(true);
    // Free delivery: team 1's O, O, A and team 2's M → O of 4; Better (1 + 2) / 4 = 0.75, Worse −(2 + 1) / 4 = −0.75.
    expect(section(pooled, 'categories')).toEqual({ 'free delivery': 'One-dimensional', 'birthday gift': 'Attractive', 'short queue': 'Must-be', parking: 'One-dimensional' });
    expect(section(pooled, 'better')).toMatchObject({ 'free delivery': 0.75, parking: 1 });
    expect(section(pooled, 'worse')).toMatchObject({ 'free delivery': -0.75, parking: -1 });
  });

  it('pools the rows a team handed in, and has nothing to pool without answers', () => {
    const withFile = state([feature('f1', 'Free delivery')], [], [
      { datasetId: 'kano-responses-long', fileName: 'answers.xlsx', layout: 'long', importedAt: '2026-12-01T10:00:00.000Z', respondents: 1, rowsImported: 1, rowsSkipped: 0, unrecognisedAnswers: 0, hasSegments: false },
    ]);
    const rows = { 'kano-responses-long': [{ respondent: '1', feature: 'Free delivery', functional: 1, dysfunctional: 3 }] };
    // Like / neutral: A.
    expect(section(kanoPooledSummary([{ state: withFile, rows }]), 'categories')).toEqual({ 'free delivery': 'Attractive' });
    expect(kanoPooledSummary([{ state: withFile, rows: {} }])).toBeNull();
    expect(kanoPooledSummary([])).toBeNull();
  });
});
