import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/app/App';
import { useWorkbookStore } from '../../../src/store/workbookStore';
import { blankEmotionalState } from '../../../exercises/emotional-loyalty/demo';
import { demoDistributorState } from '../../../exercises/emotional-loyalty/demo/distributor';
import { resetEmotional, shopJourney, storedEmotional } from './journeyHelpers';

const ids = () => storedEmotional().touchpoints.map((touchpoint) => touchpoint.id);

describe('emotional loyalty, step 1: the customer journey', () => {
  beforeEach(() => {
    window.location.hash = '#/ex/emotional-loyalty/journey';
  });

  it('starts from the default journey, keeps every keystroke of a rename and shows it again after a reload', async () => {
    resetEmotional(blankEmotionalState());
    const user = userEvent.setup();
    const { unmount } = render(<App />);
    expect(await screen.findByText(/Путь пока пуст/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Взять типовой путь: Магазин, кафе, розница' }));
    expect(storedEmotional().touchpoints).toHaveLength(10);

    const name = screen.getByLabelText('Точка 1: название');
    expect(name).toHaveValue('Узнаёт о нас: от знакомых, в соцсетях, на карте');
    await user.clear(name);
    await user.type(name, 'Видит нас в Instagram');
    expect(storedEmotional().touchpoints[0]).toMatchObject({ libraryId: 'shop-hear', name: 'Видит нас в Instagram' });
    expect(screen.getByText('В типовом пути: «Узнаёт о нас: от знакомых, в соцсетях, на карте»')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Точка 1: заметка — почему именно это чувство'), 'Хотим удивить');
    expect(storedEmotional().touchpoints[0]?.note).toBe('Хотим удивить');

    unmount();
    render(<App />);
    expect(await screen.findByLabelText('Точка 1: название')).toHaveValue('Видит нас в Instagram');
  });

  it('moves a touchpoint, changes its emotion and rung, and says where the ladder is broken', async () => {
    resetEmotional(shopJourney());
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Опустить «Проходит мимо и видит витрину» ниже' }));
    expect(ids().slice(0, 3)).toEqual(['shop-hear', 'shop-enter', 'shop-storefront']);
    // The storefront (prospect) now follows a visitor's touchpoint: the reading says so by its place.
    expect(screen.getByText(/Точки 3 стоят на ступени ниже предыдущих/)).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Точка 1: что клиент должен почувствовать'), '— не выбрано —');
    expect(storedEmotional().touchpoints[0]?.emotion).toBeNull();
    expect(screen.getByText(/Не выбрано, что клиент должен почувствовать, в точках 1/)).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Точка 10: ступень лестницы'), 'Постоянный клиент');
    expect(storedEmotional().touchpoints[9]?.stage).toBe('regular');
    expect(screen.getByText(/Нет ни одной точки на ступенях: «Приверженец»/)).toBeInTheDocument();
  });

  it('deletes a bare touchpoint at once with an undo, and asks before deleting one with ideas, keeping nothing orphaned', async () => {
    const state = shopJourney();
    resetEmotional({
      ...state,
      ideas: [
        { id: 'i1', touchpointId: 'shop-enter', libraryId: 'kids-corner', title: null, description: null, cost: 2, effect: 3, chosen: true },
        { id: 'i2', touchpointId: 'shop-enter', libraryId: null, title: 'Свой', description: '', cost: null, effect: null, chosen: false },
      ],
      actions: { i1: { date: '2027-05-01', owner: 'Анна', budget: 1000, evidence: '', followUp: 'open', observed: '' } },
    });
    const user = userEvent.setup();
    render(<App />);

    await user.click(await screen.findByRole('button', { name: 'Удалить «Проходит мимо и видит витрину»' }));
    expect(ids()).not.toContain('shop-storefront');
    await user.click(screen.getByRole('button', { name: 'Вернуть' }));
    expect(ids()[1]).toBe('shop-storefront');

    await user.click(screen.getByRole('button', { name: 'Удалить «Заходит впервые и осматривается»' }));
    const dialog = await screen.findByRole('dialog', { name: 'Удалить точку «Заходит впервые и осматривается»?' });
    expect(within(dialog).getByText(/У этой точки 2 идеи/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Отмена' }));
    expect(ids()).toContain('shop-enter');

    await user.click(screen.getByRole('button', { name: 'Удалить «Заходит впервые и осматривается»' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Удалить точку' }));
    expect(ids()).not.toContain('shop-enter');
    expect(storedEmotional().ideas).toEqual([]);
    expect(storedEmotional().actions).toEqual({});
    expect(screen.getByText('Точка «Заходит впервые и осматривается» удалена вместе с 2 идеями.')).toHaveAttribute('role', 'status');

    await user.click(screen.getByRole('button', { name: 'Вернуть' }));
    expect(ids()[2]).toBe('shop-enter');
    expect(storedEmotional().ideas.map((idea) => idea.id)).toEqual(['i1', 'i2']);
    expect(storedEmotional().actions.i1?.owner).toBe('Анна');
  });

  it('adds a touchpoint of the default journey and an own one, with the cursor in the new name', async () => {
    resetEmotional({ ...shopJourney(), touchpoints: shopJourney().touchpoints.filter((touchpoint) => touchpoint.id !== 'shop-advice') });
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Добавить точку' }));
    expect(ids()[3]).toMatch(/^tp-/);
    expect(storedEmotional().touchpoints[3]).toMatchObject({ libraryId: 'shop-advice', stage: 'visitor', emotion: 'care' });
    expect(screen.getByText('Все точки типового пути уже есть в вашем.')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Ступень для своей точки'), 'Приверженец');
    await user.click(screen.getByRole('button', { name: '+ Своя точка' }));
    expect(screen.getByLabelText('Точка 11: название')).toHaveFocus();
    await user.keyboard('Пишет о нас в блоге');
    expect(storedEmotional().touchpoints[10]).toMatchObject({ libraryId: null, name: 'Пишет о нас в блоге', stage: 'advocate', emotion: null });
  });

  it('switches the business only after a question, or keeps the journey when asked to', async () => {
    resetEmotional(shopJourney());
    const user = userEvent.setup();
    render(<App />);
    const type = await screen.findByLabelText('Тип бизнеса');
    await user.selectOptions(type, 'Услуги');
    const dialog = await screen.findByRole('dialog', { name: 'Заменить путь клиента типовым?' });
    expect(within(dialog).getByText('Ваш путь из 10 точек заменится типовым путём для варианта «Услуги».')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Отмена' }));
    expect(storedEmotional().businessType).toBe('shop');
    expect(type).toHaveValue('shop');

    await user.selectOptions(type, 'Услуги');
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Сменить только тип, мои точки оставить' }));
    expect(storedEmotional().businessType).toBe('service');
    expect(ids()[0]).toBe('shop-hear');

    await user.selectOptions(type, 'Дистрибьютор (B2B)');
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Заменить путь' }));
    expect(storedEmotional().businessType).toBe('distributor');
    expect(ids()[0]).toBe('dist-fair');
  });

  it('opens the distributor’s worked example after a confirm', async () => {
    resetEmotional(shopJourney());
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Показать пример дистрибьютора' }));
    const dialog = await screen.findByRole('dialog', { name: 'Открыть пример B2B-дистрибьютора?' });
    await user.click(within(dialog).getByRole('button', { name: 'Отмена' }));
    expect(storedEmotional().businessType).toBe('shop');

    await user.click(screen.getByRole('button', { name: 'Показать пример дистрибьютора' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Открыть пример' }));
    expect(await screen.findByDisplayValue('Встречает нас на выставке или слышит от коллег')).toBeInTheDocument();
    expect(storedEmotional()).toEqual(demoDistributorState('ru'));
  });

  it('writes the distributor’s example in the page’s language', async () => {
    resetEmotional(shopJourney());
    useWorkbookStore.getState().setLocale('zh');
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: '查看经销商示例' }));
    await user.click(within(await screen.findByRole('dialog', { name: '打开 B2B 经销商示例？' })).getByRole('button', { name: '打开示例' }));
    expect(await screen.findByDisplayValue('在展会上认识我们或听同行提起')).toBeInTheDocument();
    expect(storedEmotional()).toEqual(demoDistributorState('zh'));
    expect(storedEmotional().actions['d-01']?.owner).toBe('销售部（刘强）');
  });
});
