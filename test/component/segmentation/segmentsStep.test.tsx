import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/app/App';
import { useWorkbookStore } from '../../../src/store/workbookStore';
import { blankSegmentationState, demoSegmentationState } from '../../../exercises/segmentation/demo';
import { SEGMENTATION_EXERCISE_ID } from '../../../exercises/segmentation/inputs';
import { SEGMENTATION_STATE_VERSION, segmentationStateSchema, type SegmentationState } from '../../../exercises/segmentation/state';
import { workbookSettings } from '../../builders';

vi.mock('../../../src/ui/import/DatasetImport', () => ({
  DatasetImport: ({ spec }: { spec: { id: string } }) => <p>import: {spec.id}</p>,
}));

const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
const count = (text: string | null | undefined) => Number(/^([\d ]+) клиент/.exec(plain(text).trim())?.[1]?.replace(/ /g, '') ?? NaN);

function resetWorkbook(state: SegmentationState): void {
  useWorkbookStore.setState({ settings: workbookSettings(), exercises: {}, myData: {} });
  useWorkbookStore.getState().setLocale('ru');
  useWorkbookStore.getState().writeExerciseState(SEGMENTATION_EXERCISE_ID, SEGMENTATION_STATE_VERSION, state, 'blank');
}

function storedState(): SegmentationState {
  return segmentationStateSchema.parse(useWorkbookStore.getState().exercises[SEGMENTATION_EXERCISE_ID]?.state);
}

/** The rule card whose name field holds `name`. */
function ruleCard(name: string): HTMLElement {
  const list = screen.getByRole('list', { name: 'Правила сегментов по порядку' });
  const field = within(list)
    .getAllByRole('textbox', { name: /Название/ })
    .find((input) => (input as HTMLInputElement).value === name);
  const card = field?.closest('li');
  if (!card) throw new Error(`no rule ${name}`);
  return card;
}

/** The customers a rule names now, from its "N клиентов · X % выручки" line. */
function ruleCustomers(name: string): number {
  return count(ruleCard(name).querySelector('.sg-segments-rule__figures')?.textContent);
}

/** Each change reruns the analysis in the page: on a busy machine that is slow. */
const SLOW = 60_000;

async function openDemo(): Promise<void> {
  resetWorkbook(demoSegmentationState());
  render(<App />);
  await screen.findByRole('region', { name: 'Что это значит' }, { timeout: 8000 });
  await waitFor(() => expect(ruleCustomers('Ключевые')).toBeGreaterThan(0));
}

describe('step: Segments', () => {
  beforeEach(() => {
    window.location.hash = '#/ex/segmentation/segments';
  });

  it('opens on the demo with a reading and the starter rules, each with its customers and share of revenue', async () => {
    await openDemo();
    const reading = plain(screen.getByRole('region', { name: 'Что это значит' }).textContent);
    expect(reading).toMatch(/Правила делят \d+ клиент\S* на \d сегмент/);
    expect(reading).toMatch(/В «Остальных» — \d+ % клиентов/);
    expect(reading).toMatch(/Больше всего выручки у сегмента «/);
    const names = within(screen.getByRole('list', { name: 'Правила сегментов по порядку' }))
      .getAllByRole('textbox', { name: /Название/ })
      .map((input) => (input as HTMLInputElement).value);
    expect(names).toEqual(['Ключевые под угрозой', 'Ключевые', 'Новички', 'Средние', 'Уходящие']);
    // Every customer is in exactly one segment: the rules' and "others"' counts add up to the base.
    const others = count(document.querySelector('.sg-segments-others .sg-segments-rule__figures')?.textContent);
    const total = Number(/делят ([\d ]+) клиент/.exec(reading)?.[1]?.replace(/ /g, ''));
    expect(names.reduce((sum, name) => sum + ruleCustomers(name), others)).toBe(total);
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  }, SLOW);

  it('renames a rule, keeps every keystroke in the state, and gives the starter name back when emptied', async () => {
    const user = userEvent.setup();
    await openDemo();
    const field = within(ruleCard('Ключевые')).getByRole('textbox', { name: /Название/ });
    fireEvent.change(field, { target: { value: 'Крупные' } });
    expect(storedState().segments.rules[1]?.name).toBe('Крупные');
    expect(screen.getByRole('button', { name: 'Поднять «Крупные» выше' })).toBeInTheDocument();
    await user.clear(field);
    expect(storedState().segments.rules[1]?.name).toBe('');
    await user.tab();
    expect(storedState().segments.rules[1]?.name).toBeNull();
    expect((field as HTMLInputElement).value).toBe('Ключевые');
  }, SLOW);

  it('ticks a value and the rule’s count grows; unticking everything says the rule names nobody', async () => {
    const user = userEvent.setup();
    await openDemo();
    const before = ruleCustomers('Ключевые');
    const classB = within(ruleCard('Ключевые')).getByRole('checkbox', { name: /^B \(/ });
    const classBCount = Number(plain(classB.closest('label')?.textContent).match(/\(([\d ]+) клиент/)?.[1]?.replace(/ /g, ''));
    await user.click(classB);
    expect(storedState().segments.rules[1]?.conditions[0]?.values).toEqual(['A', 'B']);
    // "Key" now takes the B customers too, except those the rule above ("key at risk": A or B and lapsing) took.
    await waitFor(() => expect(ruleCustomers('Ключевые')).toBeGreaterThan(before));
    expect(ruleCustomers('Ключевые')).toBeLessThanOrEqual(before + classBCount);

    await user.click(within(ruleCard('Ключевые')).getByRole('checkbox', { name: /^A \(/ }));
    await user.click(within(ruleCard('Ключевые')).getByRole('checkbox', { name: /^B \(/ }));
    expect(within(ruleCard('Ключевые')).getByText(/Ни одно значение не отмечено/)).toBeInTheDocument();
    await waitFor(() => expect(ruleCustomers('Ключевые')).toBe(0));
  }, SLOW);

  it('moves a rule up and the first match wins: the rule it passes loses the customers both name', async () => {
    const user = userEvent.setup();
    await openDemo();
    const atRisk = ruleCustomers('Ключевые под угрозой');
    const key = ruleCustomers('Ключевые');
    expect(atRisk).toBeGreaterThan(0);
    await user.click(screen.getByRole('button', { name: 'Поднять «Ключевые» выше' }));
    expect(storedState().segments.rules.map((rule) => rule.id).slice(0, 2)).toEqual(['key', 'keyAtRisk']);
    // Every lapsing A customer goes to "key" now; "at risk" keeps only its lapsing B customers.
    await waitFor(() => expect(ruleCustomers('Ключевые под угрозой')).toBeLessThan(atRisk));
    const moved = atRisk - ruleCustomers('Ключевые под угрозой');
    expect(ruleCustomers('Ключевые')).toBe(key + moved);
    // At the top "up" is off: the focus stays with the rule, on its other move button.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Опустить «Ключевые» ниже' }));
  }, SLOW);

  it('adds a condition and a rule, deletes a rule, and resets to the starter rules after asking', async () => {
    const user = userEvent.setup();
    await openDemo();
    await user.click(within(ruleCard('Новички')).getByRole('button', { name: '+ Условие' }));
    expect(storedState().segments.rules[2]?.conditions).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Убрать условие 2 правила «Новички»' }));
    expect(storedState().segments.rules[2]?.conditions).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: '+ Добавить правило' }));
    expect(storedState().segments.rules.at(-1)).toMatchObject({ name: null, conditions: [{ criterion: 'abc', values: [] }] });
    await user.click(screen.getByRole('button', { name: 'Удалить правило «Средние»' }));
    expect(storedState().segments.rules.map((rule) => rule.id)).not.toContain('core');

    await user.click(screen.getByRole('button', { name: 'Вернуть стартовые правила' }));
    const dialog = screen.getByRole('dialog', { name: 'Вернуть стартовые правила?' });
    await user.click(within(dialog).getByRole('button', { name: 'Вернуть' }));
    expect(storedState().segments.rules).toEqual(blankSegmentationState().segments.rules);
  }, SLOW);

  it('switches to the cross-tab, keeps the rules, reads a cell, and refuses one criterion on both axes', async () => {
    const user = userEvent.setup();
    await openDemo();
    await user.click(screen.getByRole('radio', { name: /Таблица двух критериев/ }));
    expect(storedState().segments.mode).toBe('crossTab');
    expect(storedState().segments.rules).toEqual(blankSegmentationState().segments.rules);
    const table = await screen.findByRole('table', { name: 'Клиенты и доля выручки: «Класс ABC» по строкам, «Стадия жизненного цикла» по столбцам' });
    await waitFor(() => expect(table.getAttribute('aria-busy')).toBe('false'));
    const heads = within(table)
      .getAllByRole('columnheader')
      .map((cell) => plain(cell.textContent));
    expect(heads.slice(1)).toEqual(['Первая покупка', 'Повторные', 'Постоянные', 'Уходящие', 'Всего']);
    // Row A: its cells add up to its total.
    const rowA = within(table).getByRole('rowheader', { name: 'A' }).closest('tr');
    const cells = Array.from(rowA?.querySelectorAll('td') ?? []).map((cell) => (cell.textContent?.includes('нет клиентов') ? 0 : count(cell.textContent)));
    const rowTotal = cells.pop() ?? NaN;
    expect(rowTotal).toBeGreaterThan(0);
    expect(cells.reduce((sum, value) => sum + value, 0)).toBe(rowTotal);
    expect(plain(screen.getByRole('region', { name: 'Что это значит' }).textContent)).toMatch(/Таблица «Класс ABC» × «Стадия жизненного цикла» делит/);

    await user.selectOptions(screen.getByRole('combobox', { name: 'По столбцам' }), 'abc');
    expect(screen.getByText(/Один и тот же критерий по строкам и по столбцам не имеет смысла/)).toBeInTheDocument();
    expect(storedState().segments.crossTab).toEqual({ rows: 'abc', columns: 'stage' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'По столбцам' }), 'region');
    expect(storedState().segments.crossTab).toEqual({ rows: 'abc', columns: 'region' });
    expect(screen.queryByText(/Один и тот же критерий/)).toBeNull();

    await user.click(screen.getByRole('radio', { name: /Правила по порядку/ }));
    expect(storedState().segments).toMatchObject({ mode: 'rules', crossTab: { rows: 'abc', columns: 'region' } });
    expect(await screen.findByRole('list', { name: 'Правила сегментов по порядку' })).toBeInTheDocument();
  }, SLOW);
});
