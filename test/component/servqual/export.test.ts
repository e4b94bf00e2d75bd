import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../../src/i18n/format';
import { servqualSheets } from '../../../exercises/servqual/export';
import { demoServqualState } from '../../../exercises/servqual/demo';
import { analyseWave } from '../../../exercises/servqual/model';
import { enabledItems } from '../../../exercises/servqual/state';
import { waveDatasetKey } from '../../../exercises/servqual/inputs';
import type { DatasetSummary } from '../../../src/store/schema';

const context = { locale: 'ru' as const, format: createFormatters('ru', 'RUB') };

describe('SERVQUAL export', () => {
  it('writes the adapted questionnaire, results, item gaps, plan and waves, numbers as numbers', () => {
    const state = demoServqualState();
    state.questionnaire.statements[0] = { item: 1, enabled: true, text: 'Терминалы работают быстро.' };
    state.plan = [{ id: 'dimension:reliability', target: { kind: 'dimension', dimension: 'reliability' }, action: 'Чек-лист', owner: 'Иванова', deadline: '2026-03-31' }];
    const sheets = servqualSheets(state, context);
    expect(sheets.map((sheet) => sheet.name)).toEqual(['Анкета', 'Результаты', 'Разрывы утверждений', 'План', 'Волны']);

    const [questionnaire, results, items, plan, waves] = sheets;
    expect(questionnaire?.rows).toContainEqual([1, 'Материальность', 'да', 'Терминалы работают быстро.', 'да']);

    const wave = state.waves[0];
    if (!wave || wave.source.kind !== 'entered') throw new Error('demo wave');
    const analysis = analyseWave(wave.source.responses, { scale: 7, enabledItems: enabledItems(state.questionnaire) });
    if (analysis.kind !== 'ok') throw new Error('demo results');
    const responsiveness = results?.rows.find((row) => row[0] === 'Волна 1' && row[3] === 'Отзывчивость');
    expect(responsiveness?.[6]).toBe(analysis.dimensions.responsiveness.gap);
    expect(typeof responsiveness?.[7]).toBe('number');
    const unweighted = results?.rows.find((row) => row[0] === 'Волна 1' && row[3] === 'Невзвешенный SERVQUAL');
    expect(unweighted?.[6]).toBe(analysis.unweightedScore);

    // 22 items in each of the two waves, under a header.
    expect(items?.rows).toHaveLength(1 + 2 * 22);
    expect(items?.rows.slice(1).every((row) => typeof row[7] === 'number')).toBe(true);

    const reliability = plan?.rows.find((row) => row[1] === 'Надёжность' && row[2] === null);
    expect(reliability?.slice(6)).toEqual(['Чек-лист', 'Иванова', '2026-03-31']);
    expect(typeof reliability?.[0]).toBe('number');

    expect(waves?.rows[1]?.slice(0, 3)).toEqual(['Волна 1', '2025-02-12', 44]);
    const change = waves?.rows.find((row) => String(row[0]).startsWith('Изменение'));
    expect(change?.[0]).toBe('Изменение: Волна 1 → Волна 2');
    expect(change?.slice(3, 8).every((cell) => typeof cell === 'number')).toBe(true);
  });

  it('names the waves whose imported answers it cannot include', () => {
    const state = demoServqualState();
    const summary = { fileName: 'ответы.xlsx' } as unknown as DatasetSummary;
    const sheets = servqualSheets(state, context, { datasetSummaries: { [`${waveDatasetKey('demo-2025-09')}/2`]: summary } });
    const results = sheets[1];
    expect(results?.rows.at(-1)?.[0]).toMatch(/^Ответы из загруженных файлов в этот файл не вошли \(волны: Волна 2\)/);
  });
});
