import { describe, expect, it } from 'vitest';
import { isNumberCell, type CellValue } from '../../../src/data/sheet';
import { createFormatters } from '../../../src/i18n/format';
import { createAnalysisContext } from '../../../src/workbook/analysis/context';
import { exportDatasets } from '../../../src/workbook/exerciseData';
import { blankCustomerBaseState, demoCustomerBaseState } from '../../../exercises/customer-base/demo';
import { CUSTOMER_BASE_EXERCISE_ID } from '../../../exercises/customer-base/inputs';
import { loadMatricesExportData, matricesSheets } from '../../../exercises/customer-base/export/matrices';

const context = { locale: 'ru' as const, format: createFormatters('ru', 'RUB'), datasets: exportDatasets(CUSTOMER_BASE_EXERCISE_ID) };
const value = (cell: CellValue | undefined) => {
  const known = cell ?? null;
  return isNumberCell(known) ? known.value : known;
};

describe('matrices export', () => {
  it('writes the lines, the groups with their policy and every customer’s group, as the step counts them', async () => {
    const state = demoCustomerBaseState();
    state.matrices.duration = 12;
    const analysis = createAnalysisContext(() => undefined).context;
    const data = await loadMatricesExportData(state, { source: { kind: 'demo', business: 'distributor' }, period: state.period }, analysis);
    const [lines, groups, customers] = matricesSheets(state, data, context);
    expect([lines?.name, groups?.name, customers?.name]).toEqual(['Матрицы - линии', 'Матрицы - группы', 'Матрицы - клиенты']);
    // The typed duration line is 12 and said to be typed; the others are the medians.
    const duration = lines?.rows.find((row) => row[1] === 'С вами, месяцев');
    expect(value(duration?.[2])).toBe(12);
    expect(duration?.[4]).toBe('да');
    const potentialLine = lines?.rows.find((row) => row[1] === 'Потенциал (закупки у всех поставщиков в год)');
    expect(value(potentialLine?.[2])).toBe(value(potentialLine?.[3]));
    expect(potentialLine?.[4]).toBe('нет (медиана)');

    if (data.result?.kind !== 'ready') throw new Error('no result');
    const develop = groups?.rows.find((row) => row[0] === 'Прибыль × потенциал' && row[1] === 'Развивать');
    const potential = data.result.matrices.potential;
    if (potential.kind !== 'ready') throw new Error(potential.kind);
    expect(develop?.[2]).toBe(potential.figures.lh.customers);
    expect(String(develop?.[6])).toContain('долю кошелька');

    // One row per customer under the head; each matrix's column counts as its groups do.
    expect(customers?.rows.length).toBe(data.result.customers + 1);
    const head = customers?.rows[0] ?? [];
    const column = head.indexOf('Прибыль × потенциал');
    const counted = customers?.rows.slice(1).filter((row) => row[column] === 'Развивать').length;
    expect(counted).toBe(potential.figures.lh.customers);
  });

  it('says when there are no sales to read', async () => {
    const state = blankCustomerBaseState();
    const data = await loadMatricesExportData(state, null, createAnalysisContext(() => undefined).context);
    expect(matricesSheets(state, data, context)).toEqual([{ name: 'Матрицы - линии', rows: [['Продаж нет: ни своих, ни учебных.']], columnWidths: [60] }]);
  });
});
