import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { z } from 'zod/mini';
import { defineExercise, type StepProps } from '../../src/workbook/contract';
import { useAutosaveForm } from '../../src/workbook/useAutosaveForm';
import { optionalNumberCodec, textCodec } from '../../src/workbook/fieldCodecs';
import { Field } from '../../src/ui/Field';
import { exerciseEntry, workbookSettings } from '../builders';

/** A small exercise that exercises the shell: two steps, one autosaved number field, one note. */
const stateSchema = z.object({ price: z.nullable(z.number()), note: z.string() });
type State = z.infer<typeof stateSchema>;
const codecs = { price: optionalNumberCodec({ unit: 'money', min: 0, max: 1000 }), note: textCodec() };

function PriceStep({ state, update }: StepProps<State>) {
  const form = useAutosaveForm({
    exerciseId: 'fake',
    formId: 'price',
    codecs,
    values: state,
    onValidChange: (patch) => update((current) => ({ ...current, ...patch })),
  });
  return (
    <div>
      <Field form={form} name="price" label="Цена" />
      <Field form={form} name="note" label="Заметка" multiline />
      <output aria-label="Удвоенная цена">{state.price === null ? 'нет' : state.price * 2}</output>
    </div>
  );
}

function SummaryStep({ state }: StepProps<State>) {
  return <p>Итог: {state.note}</p>;
}

const fakeExercise = defineExercise<State>({
  id: 'fake',
  order: 3,
  title: { ru: 'Пробное упражнение', en: 'Trial exercise', zh: '试用练习' },
  summary: { ru: 'Для проверки оболочки', en: 'To test the shell', zh: '用于测试' },
  inputs: [],
  state: { version: 1, schema: stateSchema, blank: () => ({ price: null, note: '' }), demo: () => ({ price: 10, note: 'демо' }) },
  steps: [
    { id: 'price', title: { ru: 'Ввод цены', en: 'Price entry', zh: '输入价格' }, component: PriceStep, done: (state) => state.price !== null },
    { id: 'summary', title: { ru: 'Итог', en: 'Summary', zh: '总结' }, component: SummaryStep, done: (state, { visited }) => visited && state.price !== null },
  ],
  toSheets: () => [],
});

vi.mock('../../exercises', () => ({
  exercises: [fakeExercise],
  findExercise: (id: string) => (id === 'fake' ? fakeExercise : undefined),
}));

const { App } = await import('../../src/app/App');
const { useWorkbookStore } = await import('../../src/store/workbookStore');

/** The app opened at an address, as a user who follows a link; returns the user who then acts on it. */
function renderAt(hash: string) {
  window.location.hash = hash;
  render(<App />);
  return userEvent.setup();
}

function resetStore() {
  useWorkbookStore.setState({ settings: workbookSettings(), exercises: {} });
}

describe('the workbook shell', () => {
  beforeEach(() => {
    resetStore();
    window.location.hash = '#/';
  });

  it('lists the exercises with their progress and opens one on its first step with demo values', async () => {
    const user = userEvent.setup();
    render(<App />);
    expect(screen.getByRole('heading', { level: 1, name: 'Упражнения семинара' })).toBeInTheDocument();
    expect(screen.getByText('Не начато')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Пробное упражнение' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Ввод цены' })).toBeInTheDocument();
    expect(screen.getByLabelText('Цена')).toHaveValue('10');
    expect(screen.getByText(/демонстрационными значениями/)).toBeInTheDocument();
  });

  it('saves every keystroke, keeps invalid text with an inline message, and remembers the step', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/ex/fake/price';
    render(<App />);
    const price = await screen.findByLabelText('Цена');
    await user.clear(price);
    await user.type(price, '12,5');
    expect(screen.getByLabelText('Удвоенная цена')).toHaveTextContent('25');
    expect(useWorkbookStore.getState().exercises.fake?.state).toMatchObject({ price: 12.5 });

    await user.type(price, 'x');
    expect(screen.getByRole('alert')).toHaveTextContent('Введите число');
    // The last valid value still drives the results, and the typed text is kept as a draft.
    expect(screen.getByLabelText('Удвоенная цена')).toHaveTextContent('25');
    expect(useWorkbookStore.getState().exercises.fake?.drafts).toEqual({ 'price.price': '12,5x' });
    expect(document.body.textContent).not.toMatch(/NaN/);

    await user.click(screen.getByRole('button', { name: /Далее/ }));
    expect(await screen.findByText('Итог: демо')).toBeInTheDocument();
    expect(useWorkbookStore.getState().exercises.fake?.completedSteps).toEqual(['price']);
    expect(useWorkbookStore.getState().exercises.fake?.currentStep).toBe('summary');
  });

  it('moves focus to the new step’s heading after Next, Back and the stepper, so a second Enter skips nothing', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/ex/fake/price';
    render(<App />);
    await screen.findByLabelText('Цена');
    screen.getByRole('button', { name: /Далее/ }).focus();
    await user.keyboard('{Enter}');
    const summary = await screen.findByRole('heading', { level: 2, name: 'Итог' });
    expect(summary).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(window.location.hash).toBe('#/ex/fake/summary');

    await user.click(screen.getByRole('button', { name: /Назад/ }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Ввод цены' })).toHaveFocus();

    const stepper = screen.getByRole('navigation', { name: 'Шаги упражнения' });
    await user.click(within(stepper).getByRole('link', { name: /Итог/ }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Итог' })).toHaveFocus();
    // The buttons below the step are a navigation landmark of their own name: a screen reader lists both apart.
    expect(screen.getByRole('navigation', { name: 'Предыдущий и следующий шаг' })).toBeInTheDocument();
  });

  it('leaves focus where it is when an exercise opens on its remembered step', async () => {
    useWorkbookStore.setState({
      exercises: {
        fake: exerciseEntry({ state: { price: 7, note: '' }, startedFrom: 'blank', currentStep: 'summary', updatedAt: '2026-11-01T00:00:00Z' }),
      },
    });
    window.location.hash = '#/ex/fake';
    render(<App />);
    await screen.findByRole('heading', { level: 2, name: 'Итог' });
    expect(document.body).toHaveFocus();
  });

  it('marks a step done in the stepper when its work is done, not when "Next" is pressed', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/ex/fake/price';
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Начать с чистого листа' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Начать с чистого листа' }));
    const stepper = document.querySelector('nav.stepper') as HTMLElement;
    expect(within(stepper).queryByText('(выполнен)')).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('Цена'), '5');
    // The price is in: the step is done without leaving it.
    expect(within(within(stepper).getByRole('link', { name: /Ввод цены/ })).getByText('(выполнен)')).toBeInTheDocument();
    expect(within(stepper).getByRole('link', { name: /Итог/ })).not.toHaveTextContent('(выполнен)');
    await user.click(within(stepper).getByRole('link', { name: /Итог/ }));
    await screen.findByText('Итог:');
    // Seen, with its input there.
    expect(within(stepper).getByRole('link', { name: /Итог/ })).toHaveTextContent('(выполнен)');
    expect(useWorkbookStore.getState().exercises.fake?.completedSteps).toEqual([]);
  });

  it('restores a draft with its message after a reload', async () => {
    useWorkbookStore.setState({
      exercises: {
        fake: exerciseEntry({ state: { price: 7, note: '' }, startedFrom: 'blank', currentStep: 'price', drafts: { 'price.price': '7 руб' + 'x' }, updatedAt: '2026-11-01T00:00:00Z' }),
      },
    });
    window.location.hash = '#/ex/fake';
    render(<App />);
    expect(await screen.findByLabelText('Цена')).toHaveValue('7 рубx');
    expect(await screen.findByRole('alert')).toHaveTextContent('Введите число');
    expect(screen.getByLabelText('Удвоенная цена')).toHaveTextContent('14');
  });

  it('starts from scratch and resets only after confirmation', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/ex/fake/price';
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Начать с чистого листа' }));
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Начать с чистого листа' }));
    expect(screen.getByLabelText('Цена')).toHaveValue('');
    expect(screen.getByLabelText('Удвоенная цена')).toHaveTextContent('нет');

    await user.type(screen.getByLabelText('Цена'), '3');
    await user.click(screen.getByRole('button', { name: 'Сбросить упражнение' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Отмена' }));
    expect(useWorkbookStore.getState().exercises.fake?.state).toMatchObject({ price: 3 });
    await user.click(screen.getByRole('button', { name: 'Сбросить упражнение' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Сбросить упражнение' }));
    expect(screen.getByLabelText('Цена')).toHaveValue('10');
  });

  it('counts the step on screen as seen after starting from scratch on it', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/ex/fake/summary';
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Начать с чистого листа' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Начать с чистого листа' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Начать с чистого листа' })).not.toBeInTheDocument());
    // The blank entry forgot the demo's visits, but not the step the participant is on: a reload resumes here.
    expect(useWorkbookStore.getState().exercises.fake).toMatchObject({ startedFrom: 'blank', currentStep: 'summary', visitedSteps: ['summary'] });
  });

  it('switches language everywhere at once and remembers it', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.selectOptions(screen.getByLabelText('Язык'), 'zh');
    expect(screen.getByRole('heading', { level: 1, name: '研讨会练习' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(JSON.parse(localStorage.getItem('loyalty-workbook') ?? '{}').state.settings.locale).toBe('zh');
    await user.selectOptions(screen.getByLabelText('语言'), 'en');
    expect(screen.getByRole('link', { name: 'Trial exercise' })).toBeInTheDocument();
  });

  it('toggles presenter mode with P, moves between steps with the arrows, and leaves with Escape', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/ex/fake/price';
    render(<App />);
    await screen.findByRole('heading', { level: 2, name: 'Ввод цены' });
    await user.keyboard('p');
    expect(useWorkbookStore.getState().settings.presenter).toBe(true);
    expect(screen.getByRole('button', { name: 'Выйти из режима презентации' })).toHaveAttribute('aria-pressed', 'true');
    // Backup stays off the projector; the currency stays, so a trainer can set the group's money in front of it.
    expect(screen.queryByRole('button', { name: 'Скачать копию' })).not.toBeInTheDocument();
    expect(screen.getByLabelText('Валюта')).toBeInTheDocument();
    await act(async () => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' }));
    });
    expect(await screen.findByRole('heading', { level: 2, name: 'Итог' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(useWorkbookStore.getState().settings.presenter).toBe(false);
  });

  it('does not toggle presenter mode while the user types a P in a field', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/ex/fake/price';
    render(<App />);
    await user.type(await screen.findByLabelText('Заметка'), 'Plan');
    expect(useWorkbookStore.getState().settings.presenter).toBe(false);
  });

  it('folds the header tools behind a menu button that says whether it is open, and Escape closes it', async () => {
    const user = userEvent.setup();
    render(<App />);
    const menu = screen.getByRole('button', { name: 'Меню' });
    const tools = document.getElementById(menu.getAttribute('aria-controls') ?? '');
    expect(tools).toContainElement(screen.getByLabelText('Язык'));
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    expect(tools).not.toHaveClass('foldable__panel--open');

    await user.click(menu);
    expect(menu).toHaveAttribute('aria-expanded', 'true');
    expect(tools).toHaveClass('foldable__panel--open');
    // Working in the menu keeps it open; Escape there closes it and puts focus back on its button.
    await user.click(screen.getByLabelText('Валюта'));
    expect(menu).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    expect(menu).toHaveFocus();

    // A tap anywhere else closes it too.
    await user.click(menu);
    await user.click(screen.getByRole('heading', { level: 1 }));
    expect(menu).toHaveAttribute('aria-expanded', 'false');

    // In presenter mode Escape in the menu closes the menu only; the next one leaves presenter mode.
    act(() => useWorkbookStore.getState().setPresenter(true));
    await user.click(menu);
    await user.keyboard('{Escape}');
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    expect(useWorkbookStore.getState().settings.presenter).toBe(true);
    await user.keyboard('{Escape}');
    expect(useWorkbookStore.getState().settings.presenter).toBe(false);
  });

  it('folds the exercise actions behind a button as a named group, and its dialog does not close it', async () => {
    const user = renderAt('#/ex/fake/price');
    const actions = await screen.findByRole('button', { name: 'Действия' });
    expect(screen.getByRole('group', { name: 'Действия с упражнением' })).toHaveAttribute('id', actions.getAttribute('aria-controls'));
    await user.click(actions);
    await user.click(screen.getByRole('button', { name: 'Сбросить упражнение' }));
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Отмена' }));
    expect(actions).toHaveAttribute('aria-expanded', 'true');
  });

  it('offers the steps as one labelled select too, which opens the step chosen', async () => {
    const user = renderAt('#/ex/fake/price');
    const select = await screen.findByRole('combobox', { name: 'Шаг 1 из 2' });
    expect(select).toHaveValue('price');
    expect(within(select).getAllByRole('option').map((option) => option.textContent)).toEqual(['1. Ввод цены', '2. Итог']);
    await user.selectOptions(select, 'summary');
    expect(await screen.findByRole('heading', { level: 2, name: 'Итог' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/ex/fake/summary');
    expect(screen.getByRole('combobox', { name: 'Шаг 2 из 2' })).toHaveValue('summary');
    await user.click(screen.getByRole('button', { name: /Назад/ }));
    // A step is marked by its work, as in the list of links: the demo's price replaced by the user's own.
    const price = await screen.findByLabelText('Цена');
    await user.clear(price);
    await user.type(price, '5');
    expect(within(screen.getByRole('combobox', { name: 'Шаг 1 из 2' })).getAllByRole('option')[0]).toHaveTextContent('1. Ввод цены (выполнен)');
  });

  it('says so when the exercise in the address does not exist', async () => {
    window.location.hash = '#/ex/nothing-here';
    render(<App />);
    expect(await screen.findByText(/Такого упражнения нет/)).toBeInTheDocument();
  });
});
