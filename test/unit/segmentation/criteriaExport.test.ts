import { describe, expect, it } from 'vitest';
import { isNumberCell, type CellValue } from '../../../src/data/sheet';
import { createFormatters } from '../../../src/i18n/format';
import { translator } from '../../../src/i18n/translate';
import { createAnalysisContext } from '../../../src/workbook/analysis/context';
import { exportDatasets } from '../../../src/workbook/exerciseData';
import { rfmSegmentMessages } from '../../../src/customers/rfmSegmentNames';
import { analyseSegmentation } from '../../../exercises/segmentation/analysis/segmentationAnalysis';
import { segmentationNames } from '../../../exercises/segmentation/content/names';
import { demoSegmentationState } from '../../../exercises/segmentation/demo';
import { criteriaSheets } from '../../../exercises/segmentation/export/criteria';
import { SEGMENTATION_EXERCISE_ID } from '../../../exercises/segmentation/inputs';
import { namesMessages } from '../../../exercises/segmentation/messages/names';
import type { SegmentationState } from '../../../exercises/segmentation/state';
import { figuresSettings } from '../../../exercises/segmentation/steps/shared/useSegmentation';

const format = createFormatters('ru', 'RUB');
const context = { locale: 'ru' as const, format, datasets: exportDatasets(SEGMENTATION_EXERCISE_ID) };
const value = (cell: CellValue | undefined) => {
  const known = cell ?? null;
  return isNumberCell(known) ? known.value : known;
};

async function figuresFor(state: SegmentationState) {
  const analysis = createAnalysisContext(() => undefined).context;
  const result = await analyseSegmentation({ source: { kind: 'demo', business: state.demoBusiness }, period: state.period, ...figuresSettings(state), list: null }, analysis);
  if (result.kind !== 'ready') throw new Error(result.kind);
  return result.figures;
}

describe('criteria export', () => {
  it('writes the chosen criteria, the bounds typed and used, the behaviour settings and each chosen criterion’s values', async () => {
    const state: SegmentationState = { ...demoSegmentationState(), demoBusiness: 'shop' };
    state.criteria = { chosen: ['tenure', 'abc', 'size'], bands: { tenure: [3, 18.5] } };
    state.behaviour = { ...state.behaviour, abcA: 70 };
    const figures = await figuresFor(state);
    const names = segmentationNames(translator(namesMessages, 'ru'), translator(rfmSegmentMessages, 'ru'), format, (label) => label, state.segments);
    const [settings, values] = criteriaSheets(state, figures, names, context);
    expect([settings?.name, values?.name]).toEqual(['Критерии', 'Значения критериев']);
    const rows = settings?.rows ?? [];
    const at = (label: string) => rows.find((row) => row[0] === label || row[1] === label);
    expect(at('Срок с первой покупки')?.slice(0, 3)).toEqual([1, 'Срок с первой покупки', 'да']);
    expect(at('Размер клиента')?.slice(0, 3)).toEqual([3, 'Размер клиента', 'Нужна колонка «Размер» в списке клиентов.']);
    const tenureBounds = rows.filter((row) => row[0] === 'Срок с первой покупки')[0];
    expect(tenureBounds).toEqual(['Срок с первой покупки', '3; 18,5', '3; 18,5', 'до 3 мес.; от 3 мес. до 18,5 мес.; больше 18,5 мес.']);
    const frequencyBounds = rows.find((row) => row[0] === 'Число заказов');
    expect(frequencyBounds?.slice(0, 3)).toEqual(['Число заказов', 'по умолчанию: 1; 3; 9', '1; 3; 9']);
    expect(value(at('Граница класса A, %')?.[1])).toBe(70);
    expect(value(at('Множитель k для «уходящих»')?.[1])).toBe(3);

    // The values: tenure's three bands then ABC's classes, customers adding up to the base; size said missing.
    const valueRows = values?.rows ?? [];
    const tenure = figures.criteria.tenure;
    if (!tenure.ok) throw new Error('tenure');
    const first = valueRows.findIndex((row) => row[0] === 'до 3 мес.');
    expect(valueRows[first - 2]).toEqual(['Срок с первой покупки']);
    expect(valueRows.slice(first, first + 3).map((row) => row[1])).toEqual(tenure.values.map((band) => band.customers));
    const customerShares = valueRows.slice(first, first + 3).map((row) => value(row[2]) as number);
    expect(customerShares.reduce((sum, share) => sum + share, 0)).toBeCloseTo(1, 10);
    expect(valueRows.find((row) => row[0] === 'A')?.[1]).toBe(figures.criteria.abc.ok ? figures.criteria.abc.values[0]?.customers : null);
    expect(valueRows.at(-1)).toEqual(['Размер клиента', 'Нужна колонка «Размер» в списке клиентов.']);
  });

  it('keeps the participant’s settings and says the figures are missing when there are none', () => {
    const state = demoSegmentationState();
    const names = segmentationNames(translator(namesMessages, 'ru'), translator(rfmSegmentMessages, 'ru'), format, (label) => label, state.segments);
    const sheets = criteriaSheets(state, null, names, context);
    expect(sheets).toHaveLength(1);
    const rows = sheets[0]?.rows ?? [];
    expect(rows[0]).toEqual(['Данные', 'Цифры не посчитаны (нет продаж или их не удалось прочитать); ниже только ваши настройки.']);
    expect(rows.filter((row) => typeof row[0] === 'number').map((row) => row[1])).toEqual(['Класс ABC', 'Стадия жизненного цикла', 'RFM-сегмент', 'Срок с первой покупки', 'Число заказов', 'Регион', 'Канал']);
    expect(rows.find((row) => row[0] === 'Средний чек')).toEqual(['Средний чек', 'по умолчанию: терцили (три равные по числу клиентов группы)', null, null]);
  });
});
