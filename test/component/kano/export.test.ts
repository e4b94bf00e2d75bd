import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFormatters } from '../../../src/i18n/format';
import { kanoSheets } from '../../../exercises/kano/export';
import { kano } from '../../../exercises/kano';
import type { KanoState } from '../../../exercises/kano/state';
import type { TypedRow } from '../../../src/data/import/types';
import type { DatasetSummary } from '../../../src/store/schema';
import { closeDatasetsDatabase, saveDataset } from '../../../src/store/datasets';
import { useWorkbookStore } from '../../../src/store/workbookStore';
import { resetWorkbook } from './helpers';
import { demoKanoState } from '../../../exercises/kano/demo';
import { longRowsFromWide, wideColumnKey, wideResponsesSpec } from '../../../exercises/kano/steps/shared/wideResponses';
import { proposeMapping } from '../../../src/data/import/mapping';
import type { SheetSpec } from '../../../src/data/sheet';
import { exportDatasets } from '../../../src/workbook/exerciseData';
import { datasetSummary, importedResponses, kanoState } from '../../builders';
import { newFeature } from '../../../exercises/kano/steps/features/newFeature';
import { exportRuleBreaches, idsIn, rowCells, sheetCells, writtenWorkbook } from '../../exportedWorkbook';
import { resetDatasetsDatabase } from '../../support/datasetsDatabase';

const context = { locale: 'ru' as const, format: createFormatters('ru', 'RUB'), datasets: exportDatasets('kano') };

function sheet(sheets: SheetSpec[], name: string): SheetSpec {
  const found = sheets.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

describe('the Excel export of the Kano exercise', () => {
  const state = demoKanoState();
  state.features = state.features.map((feature) => (feature.id === 'cashless' ? { ...feature, decision: 'improve', note: 'Терминалы' } : feature));
  const sheets = kanoSheets(state, context);

  it('writes features, questions, answers, results and decisions on named sheets', () => {
    expect(sheets.map((spec) => spec.name)).toEqual(['Свойства', 'Вопросы', 'Ответы', 'Результаты', 'Решения']);
    expect(sheet(sheets, 'Свойства').rows).toHaveLength(11);
    expect(sheet(sheets, 'Вопросы').rows[4]?.[2]).toBe('Как вы отнесётесь, если у нас будет такая возможность: «Оплата картой и телефоном на всех кассах»?');
  });

  it('keeps numbers as numbers: answer codes, counts, shares and coefficients', () => {
    const answers = sheet(sheets, 'Ответы');
    // 64 respondents × 10 features, plus the header.
    expect(answers.rows).toHaveLength(641);
    expect(answers.rows.slice(1).every((row) => typeof row[4] === 'number' && typeof row[5] === 'number')).toBe(true);

    const results = sheet(sheets, 'Результаты');
    const cashless = results.rows.find((row) => row[0] === 'Оплата картой и телефоном на всех кассах');
    // Counts A O M I R Q = 1 9 47 6 0 1 of n = 64; shares as fractions; Better 10/63, Worse −56/63.
    expect(cashless?.slice(1, 8)).toEqual([64, 1, 9, 47, 6, 0, 1]);
    expect(cashless?.[10]).toEqual({ value: 47 / 64, format: 'percent', decimals: 0 });
    expect(cashless?.[14]).toBe('M');
    expect(cashless?.[16]).toMatchObject({ value: expect.closeTo(((47 - 9) * 100) / 64, 12), decimals: 1 });
    const header = results.rows[0] ?? [];
    expect(cashless?.[header.indexOf('Better')]).toMatchObject({ value: expect.closeTo(10 / 63, 12), format: 'decimal', decimals: 2 });
    expect(cashless?.[header.indexOf('Worse')]).toMatchObject({ value: expect.closeTo(-56 / 63, 12), format: 'decimal', decimals: 2 });

    const decisions = sheet(sheets, 'Решения');
    expect(decisions.rows[1]?.[0]).toBe(1);
    expect(decisions.rows[1]?.[2]).toBe('Сначала обеспечить');
    expect(decisions.rows.find((row) => row[1] === 'Оплата картой и телефоном на всех кассах')?.slice(4)).toEqual(['Улучшить', 'Терминалы']);
  });

  it('shows shares and coefficients in Excel as the results table does: 73 %, 0.16', () => {
    const workbook = writtenWorkbook(sheets, { locale: 'ru', currency: 'RUB' });
    const cashless = rowCells(workbook, 'Результаты', CASHLESS);
    const header = sheetCells(workbook, 'Результаты')[0]?.map((cell) => cell?.v) ?? [];
    expect(cashless[header.indexOf('Доля M')]).toMatchObject({ t: 'n', v: 47 / 64, z: '0%', w: '73%' });
    expect(cashless[header.indexOf('Better')]).toMatchObject({ t: 'n', z: '#,##0.00', w: '0.16' });
    expect(cashless[header.indexOf('Worse')]).toMatchObject({ t: 'n', w: '-0.89' });
  });

  it('names features as the steps do and never by their ids, for new and unnamed features too', () => {
    const own = demoKanoState();
    // Features the participant adds get generated ids (f-<time>-<random>); one is still unnamed.
    own.features = [...own.features, { ...newFeature(), name: 'Бесплатная парковка' }, newFeature()];
    const workbook = writtenWorkbook(kanoSheets(own, context), { locale: 'ru', currency: 'RUB' });
    expect(exportRuleBreaches(workbook, idsIn(own))).toEqual([]);
    const features = sheetCells(workbook, 'Свойства');
    expect(features[0]?.map((cell) => cell?.v)).toEqual(['№', 'Свойство', 'Описание']);
    expect(features.slice(-2).map((row) => row[1]?.v)).toEqual(['Бесплатная парковка', 'Свойство 12']);
  });
});

describe('the wide response layout built from the features', () => {
  const state = demoKanoState();

  it('maps the template’s own headers back to the features, in any of the three languages', () => {
    const spec = wideResponsesSpec('answers-1', state.features, state.questionnaire, 'ru');
    const headers = ['Респондент', 'Сегмент', 'Доставка за 2 часа (функциональный)', 'Delivery within 2 hours (dysfunctional)', 'F3_i'];
    const mapping = proposeMapping(headers, spec);
    expect(mapping.respondent).toBe(0);
    expect(mapping.segment).toBe(1);
    expect(mapping[wideColumnKey('delivery-2h', 'functional')]).toBe(2);
    expect(mapping[wideColumnKey('delivery-2h', 'dysfunctional')]).toBe(3);
    expect(mapping[wideColumnKey('delivery-2h', 'importance')]).toBe(4);
  });

  it('turns a respondent’s row into one long row per answered feature', () => {
    const rows = [
      { respondent: 'A1', segment: 'B2B', [wideColumnKey('points', 'functional')]: 'Нравится', [wideColumnKey('points', 'dysfunctional')]: 5, [wideColumnKey('cashless', 'functional')]: '' },
      { respondent: null, segment: null, [wideColumnKey('cashless', 'functional')]: 2, [wideColumnKey('cashless', 'dysfunctional')]: 'не нравится' },
    ];
    expect(longRowsFromWide(rows, state.features)).toEqual([
      { respondent: 'A1', feature: 'points', functional: 'Нравится', dysfunctional: 5, importance: null, segment: 'B2B' },
      { respondent: '2', feature: 'cashless', functional: 2, dysfunctional: 'не нравится', importance: null, segment: null },
    ]);
  });
});

const CASHLESS = 'Оплата картой и телефоном на всех кассах';

function summary(fileName: string, rows: number): DatasetSummary {
  return datasetSummary(fileName, rows, { format: 'xlsx', sheet: 'Лист1', encoding: null, delimiter: null, importedAt: '2026-02-01T09:00:00.000Z' });
}


/** Two paper forms typed into a long file: both like card payment and would dislike its absence (O). */
const PAPER_FORMS: TypedRow[] = [
  { respondent: 'Б1', feature: CASHLESS, functional: 'Нравится', dysfunctional: 'Не нравится', importance: 8, segment: null },
  { respondent: 'Б2', feature: CASHLESS, functional: 1, dysfunctional: 5, importance: null, segment: null },
];

function withImport(): KanoState {
  return kanoState({ imports: [importedResponses('answers-1', 'бумажные анкеты.xlsx', 2)] }, 'demo');
}

describe('the Kano export with answers imported from a file', () => {
  beforeEach(async () => {
    await closeDatasetsDatabase();
    await resetDatasetsDatabase();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('reads the file from the browser storage and counts its answers on the Answers and Results sheets', async () => {
    const state = withImport();
    resetWorkbook(state);
    const saved = await saveDataset('kano', 'answers-1', PAPER_FORMS, summary('бумажные анкеты.xlsx', 2));
    expect(saved.ok).toBe(true);
    useWorkbookStore.getState().setDatasetSummary('kano', 'answers-1', summary('бумажные анкеты.xlsx', 2));

    const sheets = await kano.toSheets(state, context);
    const answers = sheet(sheets, 'Ответы');
    // 64 typed-in respondents × 10 features, the file's two rows, the header.
    expect(answers.rows).toHaveLength(643);
    const fromFile = answers.rows.filter((row) => row[0] === 'бумажные анкеты.xlsx');
    expect(fromFile).toEqual([
      ['бумажные анкеты.xlsx', 'Б1', null, CASHLESS, 1, 5, 8, 'O'],
      ['бумажные анкеты.xlsx', 'Б2', null, CASHLESS, 1, 5, null, 'O'],
    ]);
    expect(exportRuleBreaches(writtenWorkbook(sheets, { locale: 'ru', currency: 'RUB' }), idsIn(state))).toEqual([]);

    const results = sheet(sheets, 'Результаты');
    const cashless = results.rows.find((row) => row[0] === CASHLESS);
    // The demo's A O M I R Q = 1 9 47 6 0 1 plus two O: 1 11 47 6 0 1 of n = 66.
    expect(cashless?.slice(1, 8)).toEqual([66, 1, 11, 47, 6, 0, 1]);
    // Better (A + O) / (A + O + M + I) = 12 / 65; Worse −(O + M) / 65 = −58 / 65.
    const header = results.rows[0] ?? [];
    expect(cashless?.[header.indexOf('Better')]).toMatchObject({ value: expect.closeTo(12 / 65, 12) });
    expect(cashless?.[header.indexOf('Worse')]).toMatchObject({ value: expect.closeTo(-58 / 65, 12) });
    expect(results.rows.flat().some((cell) => typeof cell === 'string' && cell.includes('не удалось прочитать'))).toBe(false);
  });

  it('is a function of what it is given: the same sheets from a context holding the file, with no store or browser storage', async () => {
    const state = withImport();
    const given = {
      ...context,
      datasets: {
        summary: () => null,
        own: { 'answers-1': summary('бумажные анкеты.xlsx', 2) },
        loadRows: async (ids: readonly string[]) => new Map(ids.map((id) => [id, { ok: true as const, value: PAPER_FORMS }])),
      },
    };
    vi.stubGlobal('indexedDB', undefined);
    const sheets = await kano.toSheets(state, given);
    expect(sheet(sheets, 'Ответы').rows.filter((row) => row[0] === 'бумажные анкеты.xlsx')).toHaveLength(2);
  });

  it('still exports when the browser storage cannot be read, naming the file left out', async () => {
    const state = withImport();
    resetWorkbook(state);
    useWorkbookStore.getState().setDatasetSummary('kano', 'answers-1', summary('бумажные анкеты.xlsx', 2));
    vi.stubGlobal('indexedDB', undefined);

    const sheets = await kano.toSheets(state, context);
    const note =
      'Ответы из файла «бумажные анкеты.xlsx» не включены: их не удалось прочитать из хранилища браузера. Загрузите файл ещё раз на шаге «Ответы» и выгрузите снова.';
    const answers = sheet(sheets, 'Ответы');
    expect(answers.rows).toHaveLength(641 + 1);
    expect(answers.rows.at(-1)).toEqual([note]);
    const results = sheet(sheets, 'Результаты');
    expect(results.rows.at(-1)).toEqual([note]);
    expect(results.rows.find((row) => row[0] === CASHLESS)?.[1]).toBe(64);
  });
});
