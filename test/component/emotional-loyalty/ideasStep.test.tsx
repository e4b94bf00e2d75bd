import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/app/App';
import { resetEmotional, shopJourney, storedEmotional } from './journeyHelpers';

/** A touchpoint's card on step 2, found by its heading ("4. Просит совета, пробует"). */
const card = (heading: string) => {
  const title = screen.getByRole('heading', { name: heading });
  const section = title.closest('section');
  if (!section) throw new Error(`no card for ${heading}`);
  return within(section);
};

describe('emotional loyalty, step 2: ideas and staff', () => {
  beforeEach(() => {
    window.location.hash = '#/ex/emotional-loyalty/ideas';
  });

  it('takes a library idea with one click, shows its text until edited and keeps every keystroke of the edit', async () => {
    resetEmotional(shopJourney());
    const user = userEvent.setup();
    render(<App />);
    expect(await screen.findByText(/Идей пока нет: начните с точек/)).toBeInTheDocument();
    const advice = card('4. Просит совета, пробует');
    await user.click(advice.getByRole('button', { name: 'Взять идею «Дегустация новинок»' }));
    expect(storedEmotional().ideas).toEqual([
      expect.objectContaining({ touchpointId: 'shop-advice', libraryId: 'tasting', title: null, description: null, cost: 2, effect: 4, chosen: false }),
    ]);
    // Taken: it leaves the suggestions and shows the library's text in its fields.
    expect(advice.queryByRole('button', { name: 'Взять идею «Дегустация новинок»' })).toBeNull();
    const title = advice.getByLabelText('Идея 1: название');
    expect(title).toHaveValue('Дегустация новинок');
    expect(advice.getByText('Из библиотеки; первая прикидка: затраты 2, эффект 4 из 5 — уточните на следующем шаге.')).toBeInTheDocument();

    await user.type(title, ' по субботам');
    expect(storedEmotional().ideas[0]).toMatchObject({ title: 'Дегустация новинок по субботам', description: null, cost: 2, effect: 4 });
    expect(advice.getByText('Изменено вами; в библиотеке: «Дегустация новинок».')).toBeInTheDocument();
    expect(advice.getByLabelText('Идея 1: что именно делаем')).toHaveValue(
      'Праздничная дегустация или лёгкий фуршет: лучшие образцы и новинки, которые можно попробовать без обязательств.',
    );
    expect(screen.getByText(/Подобрана 1 идея для 1 из 10 точек контакта/)).toBeInTheDocument();
  });

  it('folds the suggestions of a touchpoint that has ideas already, and shows them on request', async () => {
    resetEmotional(shopJourney());
    const user = userEvent.setup();
    const first = render(<App />);
    const advice = () => card('4. Просит совета, пробует');
    await screen.findByRole('heading', { name: '4. Просит совета, пробует' });
    await user.click(advice().getByRole('button', { name: 'Взять идею «Дегустация новинок»' }));
    // Taking an idea does not fold what the participant is choosing from.
    expect(advice().getAllByRole('button', { name: /^Взять идею/ }).length).toBeGreaterThan(0);
    first.unmount();

    render(<App />);
    await screen.findByRole('heading', { name: '4. Просит совета, пробует' });
    expect(advice().queryAllByRole('button', { name: /^Взять идею/ })).toHaveLength(0);
    const show = advice().getByRole('button', { name: /^Показать \d+ подсказ/ });
    expect(show).toHaveAttribute('aria-expanded', 'false');
    // A touchpoint with no ideas yet still shows its first suggestions.
    expect(card('3. Заходит впервые и осматривается').getAllByRole('button', { name: /^Взять идею/ })).toHaveLength(4);
    await user.click(show);
    expect(advice().getAllByRole('button', { name: /^Взять идею/ }).length).toBeGreaterThan(0);
  });

  it('adds an own idea with the cursor in its title, deletes it and brings it back', async () => {
    resetEmotional(shopJourney());
    const user = userEvent.setup();
    render(<App />);
    await screen.findByRole('heading', { name: '3. Заходит впервые и осматривается' });
    const enter = card('3. Заходит впервые и осматривается');
    await user.click(enter.getByRole('button', { name: '+ Своя идея' }));
    expect(enter.getByLabelText('Идея 1: название')).toHaveFocus();
    await user.keyboard('Плейлист');
    await user.type(enter.getByLabelText('Идея 1: что именно делаем'), 'Тихая музыка');
    expect(storedEmotional().ideas[0]).toMatchObject({ touchpointId: 'shop-enter', libraryId: null, title: 'Плейлист', description: 'Тихая музыка', cost: null, effect: null });
    expect(screen.getByText(/Из них 1 — ваша собственная/)).toBeInTheDocument();

    await user.click(enter.getByRole('button', { name: 'Удалить идею «Плейлист»' }));
    expect(storedEmotional().ideas).toEqual([]);
    expect(enter.getByText('Идея «Плейлист» удалена.')).toBeInTheDocument();
    await user.click(enter.getByRole('button', { name: 'Вернуть' }));
    expect(storedEmotional().ideas[0]).toMatchObject({ title: 'Плейлист', description: 'Тихая музыка' });
  });

  it('suggests ideas by rung for an own touchpoint and opens the whole list on request', async () => {
    resetEmotional({ ...shopJourney(), touchpoints: [{ id: 'own', libraryId: null, name: 'Пишет о нас в блоге', stage: 'advocate', emotion: 'pride', note: '' }] });
    const user = userEvent.setup();
    render(<App />);
    await screen.findByRole('heading', { name: '1. Пишет о нас в блоге' });
    const own = card('1. Пишет о нас в блоге');
    expect(own.getByText('Для этой точки в библиотеке нет своих идей: показаны идеи для ступени «Приверженец».')).toBeInTheDocument();
    expect(own.getAllByRole('button', { name: /^Взять идею/ })).toHaveLength(4);
    await user.click(own.getByRole('button', { name: /Показать все/ }));
    expect(own.getAllByRole('button', { name: /^Взять идею/ }).length).toBeGreaterThan(4);
  });

  it('keeps the staff’s qualities and behaviours per touchpoint', async () => {
    resetEmotional(shopJourney());
    const user = userEvent.setup();
    render(<App />);
    await screen.findByRole('heading', { name: '8. Проблема или жалоба, которую решили' });
    const complaint = card('8. Проблема или жалоба, которую решили');
    await user.click(complaint.getByRole('button', { name: 'Взять идею «Перезвонить в течение суток»' }));
    await user.click(complaint.getByRole('button', { name: 'Выбрать качества' }));
    const qualities = complaint.getByRole('group', { name: 'Качества, которые нужны сотрудникам в точке 8' });
    await user.click(within(qualities).getByRole('checkbox', { name: 'Сохраняет спокойствие, когда клиент недоволен' }));
    await user.type(complaint.getByLabelText('Точка 8: что сотрудники делают и говорят'), 'Извиниться');
    expect(storedEmotional().staff['shop-complaint']).toEqual({ qualities: ['calm-under-pressure'], behaviours: 'Извиниться' });
    expect(storedEmotional().staff['shop-return']).toBeUndefined();
    // Folded, the choice reads as a sentence.
    await user.click(complaint.getByRole('button', { name: 'Свернуть список качеств' }));
    expect(complaint.getByText('Нужные качества: Сохраняет спокойствие, когда клиент недоволен.')).toBeInTheDocument();
    expect(screen.getByText(/Не сказано, что нужно персоналу, в точках 1, 2, 3, 4, 5, 6, 7, 9 и 10/)).toBeInTheDocument();
  });
});
