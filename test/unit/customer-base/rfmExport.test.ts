import { rfmCustomerTable } from '../../../exercises/customer-base/analysis/rfmAnalysis';
import { blankCustomerBaseState } from '../../../exercises/customer-base/demo';
import { rfmSheets } from '../../../exercises/customer-base/export/rfm';
import { CUSTOMER_BASE_EXERCISE_ID } from '../../../exercises/customer-base/inputs';
import { isNumberCell, type CellValue } from '../../../src/data/sheet';
import { createFormatters } from '../../../src/i18n/format';
import { createAnalysisContext } from '../../../src/workbook/analysis/context';
import { exportDatasets } from '../../../src/workbook/exerciseData';
import { exportRuleBreaches, idsIn, writtenWorkbook } from '../../exportedWorkbook';

const context = { locale: 'ru' as const, format: createFormatters('ru', 'RUB'), datasets: exportDatasets(CUSTOMER_BASE_EXERCISE_ID) };
const values = (cells: readonly CellValue[] | undefined) => (cells ?? []).map((cell) => (isNumberCell(cell) ? cell.value : cell));

describe('the RFM export', () => {
  it('says there are no sales and still lists the settings and rules', () => {
    const state = blankCustomerBaseState();
    const sheets = rfmSheets(state, null, context);
    expect(sheets.map((sheet) => sheet.name)).toEqual(['RFM — настройки']);
    const rows = sheets[0]?.rows ?? [];
    expect(values(rows[0])).toEqual(['Данные', 'продаж нет']);
    expect(rows.filter((row) => typeof row[0] === 'number')).toHaveLength(state.rfm.segments.length);
  });

  it('writes the settings, the summary, the map and every customer with scores and segment, as the step shows them', async () => {
    const state = { ...blankCustomerBaseState(), useDemoData: true };
    state.rfm = { ...state.rfm, binning: 'rfmPackage', segments: state.rfm.segments.map((rule, index) => (index === 0 ? { ...rule, name: 'Лучшие' } : rule)) };
    const data = await rfmCustomerTable(
      { source: { kind: 'demo', business: 'distributor' }, period: state.period, binning: state.rfm.binning, rules: state.rfm.segments.map(({ r, f, m }) => ({ r, f, m })) },
      createAnalysisContext(() => undefined).context,
    );
    if (data.result.kind !== 'ready' || data.customers === null) throw new Error('not ready');
    const figures = data.result.rfm;
    const sheets = rfmSheets(state, data, context);
    expect(sheets.map((sheet) => sheet.name)).toEqual(['RFM — настройки', 'RFM — сегменты', 'RFM — карта R×F', 'RFM — клиенты']);
    for (const sheet of sheets) expect(sheet.name.length).toBeLessThanOrEqual(31);

    // The rules every export keeps (no internal id in a cell, no ISO date as text, no bare decimals).
    expect(exportRuleBreaches(writtenWorkbook(sheets, { locale: 'ru', currency: 'RUB' }), idsIn(state))).toEqual([]);

    const [settings, summary, heat, customers] = sheets.map((sheet) => sheet.rows);
    expect(values(settings?.[0])).toEqual(['Данные', 'учебные данные']);
    // The package's breaks, four per dimension, in the settings.
    const breaks = settings?.find((row) => row[0] === 'R: дней с последней покупки');
    expect(breaks?.slice(1)).toHaveLength(4);
    const firstRule = settings?.find((row) => row[0] === 1);
    expect(values(firstRule)).toEqual([1, 'Лучшие', 4, 5, 4, 5, 4, 5, figures.segments[0]?.customers]);

    // Summary: one row per rule, "others", the total.
    expect(summary).toHaveLength(1 + state.rfm.segments.length + 1 + 1);
    expect(values(summary?.at(-1)).slice(0, 2)).toEqual(['Всего', figures.customers]);

    // The map's customers add up to all customers.
    const counts = (heat ?? []).slice(3, 8).flatMap((row) => row.slice(1) as number[]);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(figures.customers);

    // One row per customer; the first ones are the first segment's, most money first; the code is R·100 + F·10 + M.
    expect(customers).toHaveLength(figures.customers + 1);
    const head = (customers?.[0] ?? []) as string[];
    const column = (title: string) => head.indexOf(title);
    const first = values(customers?.[1]);
    expect(first[column('Сегмент')]).toBe('Лучшие');
    const [r, f, m] = [first[column('R')], first[column('F')], first[column('M')]] as number[];
    expect(first[column('RFM')]).toBe((r ?? 0) * 100 + (f ?? 0) * 10 + (m ?? 0));
    const champions = figures.segments[0]?.customers ?? 0;
    const money = (customers ?? []).slice(1, champions + 1).map((row) => values(row)[column('Выручка')] as number);
    expect(money).toEqual([...money].sort((a, b) => b - a));
  });
});
