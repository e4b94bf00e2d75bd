import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/app/App';
import { useWorkbookStore } from '../../../src/store/workbookStore';
import { isoDateToDays } from '../../../src/data/columnar';
import { LOYALTY_STATE_VERSION, loyaltyStateSchema, type LoyaltyState, type TypedAnswer } from '../../../exercises/loyalty-measurement/state';
import { demoLoyaltyState } from '../../../exercises/loyalty-measurement/demo';
import { demoSalesRows, demoSurveyRows } from '../../../exercises/loyalty-measurement/demo/retailer';
import { dickBasuMatrix, matrixAnswerFromRow, patronageFromSales } from '../../../exercises/loyalty-measurement/model/dickBasu';
import { workbookSettings } from '../../builders';

const EXERCISE = 'loyalty-measurement';

/** A fresh workbook in Russian; with `state`, the exercise holds it (as if started from scratch and filled in). */
function resetWorkbook(state?: LoyaltyState): void {
  useWorkbookStore.setState({ settings: workbookSettings(), exercises: {}, myData: {} });
  useWorkbookStore.getState().setLocale('ru');
  if (state) useWorkbookStore.getState().writeExerciseState(EXERCISE, LOYALTY_STATE_VERSION, state, 'blank');
}

const storedState = (): LoyaltyState => loyaltyStateSchema.parse(useWorkbookStore.getState().exercises[EXERCISE]?.state);
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

/** The demo matrix as the model computes it, to compare with what the step shows. */
function demoMatrix(minPurchases: number | null) {
  const rows = demoSalesRows();
  const patronage = patronageFromSales(
    { rowCount: rows.length, customerAt: (i) => String(rows[i]?.customer), dayAt: (i) => isoDateToDays(String(rows[i]?.date)) },
    false,
  );
  return dickBasuMatrix(demoSurveyRows().map(matrixAnswerFromRow), patronage, { minPurchases });
}

function cell(name: string): HTMLElement {
  const grid = screen.getByRole('table', { name: /Четыре группы клиентов/ });
  return within(grid).getByText(name).closest('td') as HTMLElement;
}

const typed = (id: string, customer: string, nps: number | null, attitude: number | null): TypedAnswer => ({ id, customer, segment: '', nps, csat: null, ces: null, attitude });

describe('step: attitude × behaviour (Dick & Basu)', () => {
  beforeEach(() => {
    resetWorkbook();
    window.location.hash = `#/ex/${EXERCISE}/matrix`;
  });

  it('opens on the demo retailer with the measured matrix, the match report and the threshold the participant can change', async () => {
    const expected = demoMatrix(null);
    // The demo's figures (a check that the data still tells the story the step reads out).
    expect(expected.counts).toEqual({ trueLoyalty: 104, latentLoyalty: 92, spuriousLoyalty: 59, noLoyalty: 75 });
    expect(expected.threshold.minPurchases).toBe(14);
    render(<App />);
    await screen.findByRole('table', { name: /Четыре группы клиентов/ }, { timeout: 5000 });
    expect(plain(cell('Истинная лояльность').textContent)).toBe('Истинная лояльность31,5 %104 клиента');
    expect(plain(cell('Скрытая лояльность').textContent)).toContain('92 клиента');
    expect(plain(cell('Ложная лояльность').textContent)).toContain('59 клиентов');
    expect(plain(cell('Нет лояльности').textContent)).toContain('75 клиентов');
    expect(screen.getByText(/демонстрационные данные/i)).toBeInTheDocument();

    const reading = screen.getByRole('region', { name: /Что это значит/ });
    expect(plain(reading.textContent)).toContain('Больше всего клиентов в группе «Истинная лояльность»: 31,5 % (104 из 330');
    expect(plain(screen.getByText(/^Адвокаты — клиенты, которые покупают часто/).textContent)).toContain(`${expected.advocates} из 330`);

    // 400 answers: 330 matched, 70 from the receipt link without an id.
    const report = screen.getByRole('region', { name: 'Сопоставление опроса с продажами' });
    expect(plain(within(report).getByText('Ответов в опросе').nextElementSibling?.textContent)).toBe('400');
    expect(plain(within(report).getByText('Найдены в продажах и попали в матрицу').nextElementSibling?.textContent)).toBe('330');
    expect(plain(within(report).getByText('Без номера клиента').nextElementSibling?.textContent)).toBe('70');
    expect(within(report).queryByText('Номер не найден в продажах')).toBeNull();

    expect(screen.getByText(/медиана: половина клиентов, покупавших в эти 12 месяцев, сделала не меньше 14 покупок/)).toBeInTheDocument();
    // The last demo sale is on 29.09.2026: the year counted ends there.
    expect(plain(screen.getByText(/^Покупают часто те, у кого/).textContent)).toContain('(30.09.2025 — 29.09.2026) не меньше 14 покупок');

    // A threshold of 6 a year moves customers from latent to true loyalty.
    const byThreshold = demoMatrix(6);
    fireEvent.change(screen.getByLabelText('Порог частых покупок за 12 месяцев'), { target: { value: '6' } });
    await screen.findByText(new RegExp(`^Измерено по клиентам.*: 330`));
    await expect.poll(() => plain(cell('Истинная лояльность').textContent)).toContain(`${byThreshold.counts.trueLoyalty} клиент`);
    expect(storedState().matrix.minPurchases).toBe(6);
    expect(screen.getByText(/Порог задан вами; медиана клиентов, покупавших в эти 12 месяцев, — 14/)).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('on paper leaves out a box not written: an action, and the threshold left to the median', async () => {
    const user = userEvent.setup();
    render(<App />);
    const action = await screen.findByLabelText('Ваше действие: Истинная лояльность', {}, { timeout: 5000 });
    const threshold = await screen.findByLabelText('Порог частых покупок за 12 месяцев', {}, { timeout: 5000 });
    expect(action.closest('.no-print')).not.toBeNull();
    expect(threshold.closest('.no-print')).not.toBeNull();
    await user.type(action, 'Позвонить каждому');
    await user.type(threshold, '10');
    await user.tab();
    expect(action.closest('.no-print')).toBeNull();
    expect(threshold.closest('.no-print')).toBeNull();
  });

  it('asks for estimates from scratch, checks that they add up to 100 % and draws the matrix marked as an estimate', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Начать с чистого листа' }, { timeout: 5000 }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Начать с чистого листа' }));

    expect(await screen.findByText(/^Ответов опроса пока нет/)).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: /Четыре группы клиентов/ })).toBeNull();
    await user.type(screen.getByLabelText('Истинная лояльность'), '40');
    await user.type(screen.getByLabelText('Скрытая лояльность'), '20');
    await user.type(screen.getByLabelText('Ложная лояльность'), '25');
    expect(screen.getByText(/Заполните все четыре доли/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('Нет лояльности'), '20');
    expect(plain(screen.getByText(/^Сумма:/).textContent)).toBe('Сумма: 105 % Доли в сумме дают 105 %, а должны 100 %: поправьте одну из них.');
    expect(screen.queryByRole('table', { name: /Четыре группы клиентов/ })).toBeNull();

    await user.clear(screen.getByLabelText('Нет лояльности'));
    await user.type(screen.getByLabelText('Нет лояльности'), '15');
    expect(await screen.findByRole('heading', { name: 'Матрица по вашей оценке' })).toBeInTheDocument();
    expect(plain(cell('Истинная лояльность').textContent)).toBe('Истинная лояльность40 %оценка');
    const reading = screen.getByRole('region', { name: /Что это значит/ });
    expect(plain(reading.textContent)).toContain('По вашей оценке больше всего клиентов в группе «Истинная лояльность»: 40 %.');
    expect(plain(reading.textContent)).toContain('Это ваша оценка, а не измерение');
    expect(storedState().matrix.estimatedShares).toEqual({ trueLoyalty: 40, latentLoyalty: 20, spuriousLoyalty: 25, noLoyalty: 15 });

    await user.type(screen.getByLabelText('Ваше действие: Ложная лояльность'), 'Клубный день');
    expect(storedState().matrix.actions.spuriousLoyalty).toBe('Клубный день');
  });

  it('says how many survey ids were not found in the sales, with the first of them', async () => {
    // K0001 is a demo customer; the rest are numbered another way. The second K0001 is a repeat.
    const answers = [typed('1', 'K0001', 9, 4.5), typed('2', 'X-1', 5, 2), typed('3', 'X-2', 10, 5), typed('4', 'X-3', 7, 3), typed('5', 'K0001', 3, 1)];
    resetWorkbook({ ...demoLoyaltyState(), survey: { ...demoLoyaltyState().survey, typedAnswers: answers } });
    render(<App />);
    const warning = await screen.findByText(/^Из 4 номеров клиентов в опросе/, {}, { timeout: 5000 });
    expect(plain(warning.textContent)).toContain('в продажах не нашлось 3 (например: X-1, X-2, X-3)');
    expect(screen.getByText(/Некоторые клиенты ответили несколько раз \(например: K0001\)/)).toBeInTheDocument();
    expect(screen.getByText(/Ваш опрос сопоставляется с продажами демонстрационной сети/)).toBeInTheDocument();
    // One customer matched: measured, with the caution of a tiny sample.
    expect(plain(screen.getByRole('region', { name: /Что это значит/ }).textContent)).toContain('Сопоставлен всего 1 клиент');
  });

  it('falls back to estimates when no survey id is in the sales, and when answers carry no ids', async () => {
    resetWorkbook({ ...demoLoyaltyState(), survey: { ...demoLoyaltyState().survey, typedAnswers: [typed('1', 'X-1', 9, 5), typed('2', 'X-2', 3, 2)] } });
    const { unmount } = render(<App />);
    expect(await screen.findByText(/^Ни один номер клиента из опроса не найден в продажах/, {}, { timeout: 5000 })).toBeInTheDocument();
    expect(plain(screen.getByText(/^Из 2 номеров клиентов в опросе/).textContent)).toContain('не нашлось 2 (например: X-1, X-2)');
    expect(screen.getByLabelText('Истинная лояльность')).toBeInTheDocument();
    unmount();

    resetWorkbook({ ...demoLoyaltyState(), survey: { ...demoLoyaltyState().survey, typedAnswers: [typed('1', '', 9, 5), typed('2', ' ', 3, 2)] } });
    render(<App />);
    expect(await screen.findByText(/^В ответах опроса нет номеров клиентов/, {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.queryByText('Сопоставление опроса с продажами')).toBeNull();
  });
});
