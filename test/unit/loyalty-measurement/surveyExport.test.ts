import { describe, expect, it } from 'vitest';
import type { TypedRow } from '../../../src/data/import/types';
import { createFormatters } from '../../../src/i18n/format';
import type { ExportContext } from '../../../src/workbook/contract';
import { surveySheets } from '../../../exercises/loyalty-measurement/export/survey';
import { blankLoyaltyState, demoLoyaltyState } from '../../../exercises/loyalty-measurement/demo';
import { surveyDatasetKey } from '../../../exercises/loyalty-measurement/inputs';
import { datasetSummary } from '../../builders';

function context(files: Record<string, TypedRow[]> = {}): ExportContext {
  const own = Object.fromEntries(Object.keys(files).map((key) => [key, datasetSummary(`${key}.csv`, files[key]?.length ?? 0)]));
  return {
    locale: 'ru',
    format: createFormatters('ru', 'RUB'),
    datasets: {
      summary: () => null,
      own,
      loadRows: async (ids) => new Map(ids.map((id) => [id, files[id] ? { ok: true as const, value: files[id] } : { ok: false as const, error: { code: 'missing' as const, detail: id } }])),
    },
  };
}

const valueOf = (rows: readonly (readonly unknown[])[], label: string) => rows.find((row) => row[0] === label)?.[1];

describe('the survey sheets of the export', () => {
  it('write the demo survey when it stands in: the questionnaire, NPS with its interval as numbers, the distribution', async () => {
    const sheets = await surveySheets(demoLoyaltyState(), context());
    expect(sheets.map((sheet) => sheet.name)).toEqual(['Опрос — анкета', 'Опрос — результаты', 'Опрос — оценки 0–10']);
    const [questionnaire, results, distribution] = sheets;
    expect(questionnaire?.rows.length).toBe(1 + 3 + 3 + 2);
    expect(valueOf(results?.rows ?? [], 'Источник ответов')).toBe('Демонстрационные данные (вымышленная сеть магазинов)');
    expect(valueOf(results?.rows ?? [], 'Ответов')).toBe(400);
    expect(valueOf(results?.rows ?? [], 'NPS')).toMatchObject({ format: 'decimal', decimals: 1 });
    expect(distribution?.rows.slice(1).reduce((sum, row) => sum + Number(row[1]), 0)).toBe(400);
    expect(distribution?.rows[10]).toEqual([9, expect.any(Number), 'Промоутеры (9–10)']);
  });

  it('count the participant’s file by hand and name a file that could not be read', async () => {
    const state = blankLoyaltyState();
    const rows: TypedRow[] = [
      { respondent: 'R1', nps: 10, csat: 'Очень доволен' },
      { respondent: 'R2', nps: 9, csat: 3 },
      { respondent: 'R3', nps: 2, csat: 4 },
    ];
    const withFiles = {
      ...state,
      survey: {
        ...state.survey,
        files: [
          { id: 'a', fileName: 'a.xlsx', importedAt: '2026-11-20T09:00:00.000Z', answers: 3 },
          { id: 'gone', fileName: 'gone.xlsx', importedAt: '2026-11-20T09:00:00.000Z', answers: 1 },
        ],
      },
    };
    const [, results] = await surveySheets(withFiles, context({ [surveyDatasetKey('a')]: rows }));
    const table = results?.rows ?? [];
    // 2 promoters, 1 detractor of 3: NPS = 100 × (2 − 1) / 3 = 33.3; CSAT: 5 and 4 of 3 → 2/3
    const nps = valueOf(table, 'NPS') as { value: number };
    expect(nps.value).toBeCloseTo(33.333, 3);
    const csat = valueOf(table, 'CSAT, доля 4–5') as { value: number; format: string };
    expect(csat.value).toBeCloseTo(2 / 3, 10);
    expect(csat.format).toBe('percent');
    expect(table.some((row) => row[0] === 'Файл «gone.xlsx» не прочитан из браузера и не учтён')).toBe(true);
  });
});
