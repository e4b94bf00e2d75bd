import { describe, expect, it } from 'vitest';
import { isNumberCell } from '../../../src/data/sheet';
import { createFormatters } from '../../../src/i18n/format';
import { createAnalysisContext } from '../../../src/workbook/analysis/context';
import type { ExportContext } from '../../../src/workbook/contract';
import { analyseWarningsForExport } from '../../../exercises/customer-base/analysis/warningsAnalysis';
import { demoCustomerBaseState } from '../../../exercises/customer-base/demo';
import { warningsExportRequest, warningsSheets } from '../../../exercises/customer-base/export/warnings';
import { exportRuleBreaches, idsIn, writtenWorkbook } from '../../exportedWorkbook';

const context: ExportContext = {
  locale: 'ru',
  format: createFormatters('ru', 'RUB'),
  datasets: { summary: () => null, own: {}, loadRows: async () => new Map() },
};

describe('warningsSheets', () => {
  it('writes the settings, stages, rule totals and the whole ranked at-risk list of the demo distributor', async () => {
    const state = demoCustomerBaseState();
    const result = await analyseWarningsForExport(warningsExportRequest(state, { kind: 'demo', business: 'distributor' }), createAnalysisContext(() => undefined).context);
    const sheets = warningsSheets(state, result, context);
    expect(sheets.map((sheet) => sheet.name)).toEqual(['Риски — настройки', 'Стадии жизн. цикла', 'Правила предупреждений', 'Клиенты под угрозой']);
    const [settings, stages, rules, list] = sheets;
    expect(settings?.rows[1]).toEqual(['Нет покупки дольше обычного', 'включено; k = 3']);
    expect(stages?.rows[3]?.slice(0, 2)).toEqual(['Постоянные', 109]);
    expect(rules?.rows.at(-1)?.[4]).toBe(111);
    // Every customer with a warning, not one page: a header and 111 rows; D-071 third with its falling trend in the trend column.
    expect(list?.rows).toHaveLength(112);
    const third = list?.rows[3] ?? [];
    expect(third.slice(0, 2)).toEqual([3, 'D-071']);
    expect(String(third[8]).replace(/[\u00a0\u202f]/g, ' ')).toMatch(/^за последние 3 мес\. в среднем .* — 33 % от прежних/);
    expect(isNumberCell(third[5] ?? null) && third[5]).toMatchObject({ format: 'money' });
    expect(exportRuleBreaches(writtenWorkbook(sheets, { locale: 'ru', currency: 'RUB' }), idsIn(state))).toEqual([]);
  }, 20_000);

  it('says there are no sales when there is nothing to read, and keeps the settings', () => {
    const sheets = warningsSheets(demoCustomerBaseState(), null, context);
    expect(sheets[0]?.rows.length).toBe(6);
    for (const sheet of sheets.slice(1)) expect(sheet.rows).toEqual([['Продаж нет: загрузите их на шаге «Данные о продажах» или откройте учебные данные.']]);
  });
});
