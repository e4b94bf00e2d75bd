import { importFile, inspectFile } from '../../../../src/data/import/client';
import { SALES, TODAY, utf8 } from './fixtures';

// jsdom has no Worker, so the client runs the same pipeline inline: what component tests rely on.
describe('client without a Worker', () => {
  const file = new File([utf8('Дата;Клиент;Сумма\n01.03.2024;Иванов;1 200,50\n') as Uint8Array<ArrayBuffer>], 'продажи.csv');

  it('inspects and imports a chosen file, reporting progress up to 1', async () => {
    expect(typeof Worker).toBe('undefined');
    const inspection = await inspectFile(file);
    expect(inspection.ok && inspection.value.headers).toEqual(['Дата', 'Клиент', 'Сумма']);
    const fractions: number[] = [];
    const imported = await importFile(file, SALES, { date: 0, customer: 1, amount: 2, member: null }, { today: TODAY, locale: 'ru' }, {
      onProgress: (fraction) => fractions.push(fraction),
    });
    expect(imported.ok && imported.value.rows).toEqual([{ date: '2024-03-01', customer: 'Иванов', amount: 1200.5, member: null }]);
    expect(fractions.at(-1)).toBe(1);
  });

  it('answers "cancelled" when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await inspectFile(file, {}, controller.signal)).toEqual({ ok: false, problem: { code: 'cancelled' } });
  });
});
