import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/app/App';
import { useWorkbookStore } from '../../../src/store/workbookStore';
import { demoSegmentationState } from '../../../exercises/segmentation/demo';
import { SEGMENTATION_EXERCISE_ID } from '../../../exercises/segmentation/inputs';
import { SEGMENTATION_STATE_VERSION, segmentationStateSchema, type SegmentationState } from '../../../exercises/segmentation/state';
import { workbookSettings } from '../../builders';

vi.mock('../../../src/ui/import/DatasetImport', () => ({
  DatasetImport: ({ spec }: { spec: { id: string } }) => <p>import: {spec.id}</p>,
}));

const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

/** A fresh workbook in Russian, the exercise holding `state` (the demo distributor unless told). */
function resetWorkbook(state: SegmentationState = demoSegmentationState()): void {
  useWorkbookStore.setState({ settings: workbookSettings(), exercises: {}, myData: {} });
  useWorkbookStore.getState().setLocale('ru');
  useWorkbookStore.getState().writeExerciseState(SEGMENTATION_EXERCISE_ID, SEGMENTATION_STATE_VERSION, state, 'demo');
}

const storedState = () => segmentationStateSchema.parse(useWorkbookStore.getState().exercises[SEGMENTATION_EXERCISE_ID]?.state);
const card = (name: string) => screen.getByRole('article', { name });
const valueRows = (name: string) => within(within(card(name)).getByRole('table')).getAllByRole('row').slice(1);
const cellText = (row: HTMLElement, label: string) => plain(row.querySelector(`[data-label="${label}"]`)?.textContent);
const customersIn = (name: string) => valueRows(name).map((row) => Number(cellText(row, 'Клиентов').replace(/ /g, '')));

describe('step: Criteria', () => {
  beforeEach(() => {
    resetWorkbook();
    window.location.hash = '#/ex/segmentation/criteria';
  });

  it('opens on the demo distributor: the reading, the fourteen criteria in three groups, a card per chosen criterion', async () => {
    render(<App />);
    const reading = await screen.findByRole('region', { name: 'Что это значит' }, { timeout: 15000 });
    expect(plain(reading.textContent)).toMatch(/— это \d+(,\d)? % клиентов и \d+(,\d)? % выручки/);
    expect(plain(reading.textContent)).toMatch(/Оставьте 2–4 критерия/);
    expect(screen.getAllByRole('checkbox')).toHaveLength(14);
    for (const group of ['Кто они', 'Как покупают', 'Числа по диапазонам']) expect(screen.getByRole('group', { name: new RegExp(group) })).toBeInTheDocument();
    const shown = screen.getByRole('region', { name: 'Как выбранные критерии делят клиентов' });
    expect(within(shown).getAllByRole('article').map((article) => article.querySelector('h4')?.textContent)).toEqual([
      'Класс ABC',
      'Стадия жизненного цикла',
      'RFM-сегмент',
      'Срок с первой покупки',
      'Число заказов',
      'Регион',
      'Канал',
    ]);
    expect(valueRows('Класс ABC').map((row) => row.querySelector('th')?.textContent)).toEqual(['A', 'B', 'C']);
    const a = valueRows('Класс ABC')[0] as HTMLElement;
    expect(cellText(a, 'Клиентов')).toMatch(/^\d[\d ]*$/);
    expect(cellText(a, 'Доля клиентов')).toMatch(/^\d+(,\d)? %$/);
    expect(cellText(a, 'Доля выручки')).toMatch(/^\d+(,\d)? %$/);
    expect(cellText(a, 'Выручка на клиента')).toMatch(/^[\d ]+ ₽$/);
    // Classes are few and ordered: every RFM segment is listed, with nothing folded away.
    expect(valueRows('RFM-сегмент')).toHaveLength(12);
    expect(within(card('RFM-сегмент')).queryByRole('button')).toBeNull();
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('recomputes the classes from the behaviour settings', async () => {
    const user = userEvent.setup();
    render(<App />);
    await screen.findByRole('region', { name: 'Что это значит' }, { timeout: 15000 });
    const aBefore = customersIn('Класс ABC')[0] as number;
    const line = screen.getByRole('textbox', { name: 'Граница класса A' });
    await user.clear(line);
    await user.type(line, '50');
    expect(storedState().behaviour.abcA).toBe(50);
    await vi.waitFor(() => expect(customersIn('Класс ABC')[0]).toBeLessThan(aBefore), { timeout: 10000 });
    await user.click(screen.getByRole('radio', { name: /Как в R-пакете rfm/ }));
    expect(storedState().behaviour.rfmBinning).toBe('rfmPackage');
  });

  it('adds a criterion to the end of the chosen ones and removes one', async () => {
    const user = userEvent.setup();
    render(<App />);
    await screen.findByRole('region', { name: 'Что это значит' }, { timeout: 15000 });
    await user.click(screen.getByRole('checkbox', { name: 'Число товарных групп' }));
    expect(storedState().criteria.chosen).toEqual(['abc', 'stage', 'rfm', 'tenure', 'frequency', 'region', 'channel', 'productBreadth']);
    expect(await screen.findByRole('article', { name: 'Число товарных групп' })).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Регион' }));
    expect(storedState().criteria.chosen).toEqual(['abc', 'stage', 'rfm', 'tenure', 'frequency', 'channel', 'productBreadth']);
    expect(screen.queryByRole('article', { name: 'Регион' })).toBeNull();
  });

  it('keeps bad bounds as typed with a message and the state unchanged; good bounds change the bands', async () => {
    const user = userEvent.setup();
    render(<App />);
    await screen.findByRole('region', { name: 'Что это значит' }, { timeout: 15000 });
    expect(valueRows('Срок с первой покупки').map((row) => row.querySelector('th')?.textContent)).toEqual(['до 6 мес.', 'от 6 мес. до 12 мес.', 'от 12 мес. до 24 мес.', 'больше 24 мес.']);
    const before = customersIn('Срок с первой покупки');
    const field = within(card('Срок с первой покупки')).getByRole('textbox', { name: 'Верхние границы диапазонов (месяцы)' });
    expect(field).toHaveValue('');

    // Pasted whole: typed key by key, "12" on the way is a good bound and is saved.
    await user.click(field);
    await user.paste('12; 6');
    expect(await within(card('Срок с первой покупки')).findByRole('alert')).toHaveTextContent('Граница «6» не больше предыдущей: пишите по возрастанию.');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveValue('12; 6');
    expect(storedState().criteria.bands).toEqual({});
    expect(useWorkbookStore.getState().exercises[SEGMENTATION_EXERCISE_ID]?.drafts?.['bands-tenure.bounds']).toBe('12; 6');

    await user.clear(field);
    await user.type(field, '3; 18,5');
    expect(storedState().criteria.bands).toEqual({ tenure: [3, 18.5] });
    expect(within(card('Срок с первой покупки')).queryByRole('alert')).toBeNull();
    await vi.waitFor(() => expect(valueRows('Срок с первой покупки').map((row) => row.querySelector('th')?.textContent)).toEqual(['до 3 мес.', 'от 3 мес. до 18,5 мес.', 'больше 18,5 мес.']), { timeout: 10000 });
    const after = customersIn('Срок с первой покупки');
    expect(after).toHaveLength(3);
    expect(after).not.toEqual(before.slice(0, 3));
    // The same customers, cut elsewhere: none lost or counted twice.
    const sum = (counts: number[]) => counts.reduce((total, count) => total + count, 0);
    expect(sum(after)).toBe(sum(before));
    expect(sum(after)).toBeGreaterThan(0);

    // Emptied: the default again.
    await user.clear(field);
    expect(storedState().criteria.bands).toEqual({});
  });

  it('offers a criterion the shop’s files cannot give disabled, with the column it needs and the way to step 1', async () => {
    resetWorkbook({ ...demoSegmentationState(), demoBusiness: 'shop' });
    render(<App />);
    await screen.findByRole('region', { name: 'Что это значит' }, { timeout: 15000 });
    const size = screen.getByRole('checkbox', { name: 'Размер клиента' });
    expect(size).toBeDisabled();
    const option = size.closest('li') as HTMLElement;
    expect(plain(option.textContent)).toContain('Нужна колонка «Размер» в списке клиентов.');
    expect(within(option).getByRole('link', { name: 'Добавить файл на шаге 1' })).toHaveAttribute('href', '#/ex/segmentation/data');
    expect(screen.getByRole('checkbox', { name: 'Регион' })).toBeEnabled();
    expect(screen.getByRole('checkbox', { name: 'Менеджер' })).toBeDisabled();
  });

  it('lets a criterion chosen before but missing from the files be unticked, and says why it shows nothing', async () => {
    const user = userEvent.setup();
    const state = { ...demoSegmentationState(), demoBusiness: 'shop' as const };
    resetWorkbook({ ...state, criteria: { ...state.criteria, chosen: ['abc', 'size'] } });
    render(<App />);
    await screen.findByRole('region', { name: 'Что это значит' }, { timeout: 15000 });
    expect(plain(card('Размер клиента').textContent)).toContain('Нужна колонка «Размер» в списке клиентов.');
    expect(within(card('Размер клиента')).queryByRole('table')).toBeNull();
    const size = screen.getByRole('checkbox', { name: 'Размер клиента' });
    expect(size).toBeEnabled();
    expect(plain(size.closest('li')?.textContent)).toContain('Выбран, но из ваших файлов его не посчитать');
    await user.click(size);
    expect(storedState().criteria.chosen).toEqual(['abc']);
    expect(size).toBeDisabled();
  });
});
