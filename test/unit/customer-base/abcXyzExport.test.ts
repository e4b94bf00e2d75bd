import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../../src/i18n/format';
import { isNumberCell, type CellValue, type SheetSpec } from '../../../src/data/sheet';
import { createAnalysisContext } from '../../../src/workbook/analysis/context';
import type { ExportContext } from '../../../src/workbook/contract';
import { analyseAbcXyzForExport } from '../../../exercises/customer-base/analysis/abcXyzAnalysis';
import { abcXyzExportRequest, abcXyzSheets } from '../../../exercises/customer-base/export/abcXyz';
import { demoCustomerBaseState } from '../../../exercises/customer-base/demo';

const context = { locale: 'ru', format: createFormatters('ru', 'RUB'), datasets: { summary: () => null } } as unknown as ExportContext; // Cast: the sheets read only the locale.
const values = (cells: readonly CellValue[] | undefined) => (cells ?? []).map((cell) => (isNumberCell(cell) ? cell.value : cell));
const rowOf = (spec: SheetSpec | undefined, first: string) => spec?.rows.find((cells) => cells[0] === first);

describe('the ABC/XYZ sheets', () => {
  const { context: analysis } = createAnalysisContext(() => undefined);

  it('write the summaries, the matrix with its actions, and every customer with its classes', async () => {
    const state = demoCustomerBaseState();
    const result = await analyseAbcXyzForExport(abcXyzExportRequest(state, { kind: 'demo', business: 'distributor' }), analysis);
    if (result.kind !== 'ready') throw new Error(result.kind);
    const [summary, customers] = abcXyzSheets(state, { origin: 'demo', result }, context);
    expect(summary?.name).toBe('ABC-XYZ');
    expect(values(rowOf(summary, 'Продажи'))).toEqual(['Продажи', 'учебные данные']);
    expect(values(rowOf(summary, 'Граница A'))).toEqual(['Граница A', 0.8]);
    const a = result.figures.abc.classes.A;
    expect(values(rowOf(summary, 'A — основа бизнеса'))).toEqual(['A — основа бизнеса', a.customers, a.customerShare, a.value, a.valueShare]);
    const az = result.figures.matrix?.find((cell) => cell.abc === 'A' && cell.xyz === 'Z');
    expect(values(rowOf(summary, 'AZ'))).toEqual(['AZ', az?.customers, az?.revenue, az?.revenueShare, expect.stringContaining('Крупные и непредсказуемые')]);
    expect(customers?.name).toBe('ABC-XYZ по клиентам');
    expect(customers?.rows).toHaveLength(result.figures.customers + 1);
    expect(values(customers?.rows[0])).toEqual(['Место', 'Клиент', 'Название', 'Выручка', 'Доля ценности выше', 'ABC', 'XYZ', 'Вариация', 'Месяцев']);
    expect(values(customers?.rows[1]).slice(0, 2)).toEqual([1, result.customers.ids[0]]);
    expect(customers?.rows[1]?.[5]).toBe('A');
  });

  it('say when the thresholds typed cannot class, and use the method’s', () => {
    const state = { ...demoCustomerBaseState(), abc: { basis: 'revenue' as const, a: 96, b: 95, x: 10, y: 25 } };
    expect(abcXyzExportRequest(state, { kind: 'demo', business: 'distributor' }).settings).toEqual({ basis: 'revenue', a: 80, b: 95, x: 10, y: 25 });
    const [summary, ...rest] = abcXyzSheets(state, { origin: 'none', result: null }, context);
    expect(rest).toHaveLength(0);
    expect(values(rowOf(summary, 'Продажи'))).toEqual(['Продажи', 'нет: продажи не загружены и учебные данные не открыты']);
    expect(summary?.rows.some((cells) => String(cells[0]).startsWith('Введённые границы не годятся'))).toBe(true);
  });
});
