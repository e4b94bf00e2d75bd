import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/app/App';
import { EXAMPLE_FEATURE_SETS } from '../../../exercises/kano/content';
import { kanoState } from '../../builders';
import { ownFeaturesState, resetWorkbook, storedKanoState } from './helpers';

describe('Kano step 1: features', () => {
  beforeEach(() => {
    window.location.hash = '#/ex/kano/features';
  });

  it('adds a feature, saves every keystroke and shows it again after a reload', async () => {
    resetWorkbook(kanoState());
    const user = userEvent.setup();
    const { unmount } = render(<App />);
    await user.click(await screen.findByRole('button', { name: '+ Добавить свойство' }));
    await user.type(screen.getByLabelText('Свойство 1: название'), 'Доставка в день заказа');
    await user.type(screen.getByLabelText('Свойство 1: краткое описание'), 'Курьер привозит заказ вечером');

    expect(storedKanoState().features).toHaveLength(1);
    expect(storedKanoState().features[0]).toMatchObject({ name: 'Доставка в день заказа', description: 'Курьер привозит заказ вечером', exampleRef: null });
    // One feature is below the minimum of three: said inline, and the list is still kept.
    expect(screen.getByText('Добавьте хотя бы 3 свойства: сейчас 1.')).toBeInTheDocument();

    unmount();
    render(<App />);
    expect(await screen.findByLabelText('Свойство 1: название')).toHaveValue('Доставка в день заказа');
  });

  it('asks before an example set replaces the participant’s list, and reorders features', async () => {
    resetWorkbook(ownFeaturesState());
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Опустить «Бесплатный Wi-Fi» ниже' }));
    expect(storedKanoState().features.map((feature) => feature.id)).toEqual(['parking', 'wifi', 'kids']);

    await user.click(screen.getByRole('button', { name: 'Пример: B2B-дистрибуция' }));
    const dialog = await screen.findByRole('dialog', { name: 'Заменить ваш список примером?' });
    await user.click(within(dialog).getByRole('button', { name: 'Отмена' }));
    expect(storedKanoState().features).toHaveLength(3);

    await user.click(screen.getByRole('button', { name: 'Пример: B2B-дистрибуция' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Заменить список' }));
    expect(storedKanoState().features.map((feature) => feature.name)).toEqual(EXAMPLE_FEATURE_SETS[1]?.features.map((feature) => feature.name.ru));
    expect(storedKanoState().features.every((feature) => feature.exampleRef?.set === 'b2b-distribution')).toBe(true);
  });

  it('marks a duplicate name inline', async () => {
    resetWorkbook(ownFeaturesState());
    const user = userEvent.setup();
    render(<App />);
    const third = await screen.findByLabelText('Свойство 3: название');
    await user.clear(third);
    await user.type(third, 'парковка');
    expect(third).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getAllByText('Два свойства называются одинаково: в загруженных ответах их не различить.')).toHaveLength(2);
  });
});
