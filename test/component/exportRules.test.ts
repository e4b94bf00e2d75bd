import { beforeEach, describe, expect, it } from 'vitest';
import { exercises } from '../../exercises';
import { createFormatters, CURRENCIES } from '../../src/i18n/format';
import { LOCALES } from '../../src/i18n/locale';
import { useWorkbookStore } from '../../src/store/workbookStore';
import { exportDatasets } from '../../src/workbook/exerciseData';
import { exportRuleBreaches, idsIn, writtenWorkbook } from '../exportedWorkbook';

/**
 * The rules every exercise's Excel export keeps, checked on the written file of each exercise in the registry
 * (so an exercise added later meets them too): no internal id in any cell, no date left as ISO text, and no
 * figure with decimals stored without a number format (Excel would show 0.15873015873015872).
 */
describe('every exercise’s Excel export', () => {
  beforeEach(() => {
    useWorkbookStore.setState({ settings: { locale: 'ru', currency: 'RUB', presenter: false }, exercises: {}, myData: {} });
  });

  for (const exercise of exercises) {
    for (const locale of LOCALES) {
      it(`${exercise.id} (${locale}): cells carry their meaning`, async () => {
        const currency = CURRENCIES[LOCALES.indexOf(locale)] ?? 'RUB';
        const state = exercise.state.demo(locale);
        const sheets = await exercise.toSheets(state, { locale, format: createFormatters(locale, currency), datasets: exportDatasets(exercise.id) });
        const workbook = writtenWorkbook(sheets, { locale, currency });
        expect(exportRuleBreaches(workbook, idsIn(state))).toEqual([]);
        // The rule has something to bite on: the demo's workbook holds formatted figures.
        const formatted = workbook.SheetNames.flatMap((name) => (workbook.Sheets[name]?.['!data'] ?? []).flat()).filter((cell) => cell?.t === 'n' && cell.z !== undefined && cell.z !== 'General');
        expect(formatted.length).toBeGreaterThan(10);
      });
    }
  }
});
