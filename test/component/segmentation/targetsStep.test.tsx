import { beforeEach, describe, expect, it, vi } from 'vitest';

const downloadBlob = vi.fn<(fileName: string, file: Blob) => void>();
vi.mock('../../../src/data/download', () => ({ downloadText: vi.fn(), downloadBlob }));
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import TargetsStep from '../../../exercises/segmentation/steps/TargetsStep';
import { demoSegmentationState } from '../../../exercises/segmentation/demo';
import type { SegmentationState } from '../../../exercises/segmentation/state';
import type { StateUpdate } from '../../../src/workbook/contract';
import { useWorkbookStore } from '../../../src/store/workbookStore';
import { workbookSettings } from '../../builders';
import { readCsvFile } from '../../support/readBlob';

const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

function renderStep(initial: SegmentationState) {
  const latest = { state: initial };
  function Host() {
    const [state, setState] = useState(initial);
    const update = (next: StateUpdate<SegmentationState>) =>
      setState((current) => {
        const value = typeof next === 'function' ? next(current) : next;
        latest.state = value;
        return value;
      });
    return <TargetsStep state={state} update={update} locale="ru" presenter={false} />;
  }
  render(<Host />);
  return latest;
}

const card = (name: string) => screen.getByRole('article', { name });

describe('TargetsStep', () => {
  beforeEach(() => {
    useWorkbookStore.setState({ settings: workbookSettings(), exercises: {}, myData: {} });
    useWorkbookStore.getState().setLocale('ru');
    downloadBlob.mockReset();
  });

  it('marks a target, writes its strategy, offer and owner through, reads out what is missing, and takes a suggestion', async () => {
    const latest = renderStep(demoSegmentationState());
    const reading = await screen.findByRole('region', { name: /Что это значит/ });
    expect(plain(reading.textContent)).toContain('Ни один сегмент пока не выбран целевым');
    // The figures arrive from the analysis (inline in jsdom): the key customers' card shows its share of revenue.
    await waitFor(() => expect(within(card('Ключевые')).getByText('Доля выручки')).toBeInTheDocument(), { timeout: 30_000 });

    await userEvent.click(within(card('Ключевые')).getByRole('checkbox', { name: /Целевой сегмент/ }));
    expect(latest.state.targets.key?.target).toBe(true);
    await waitFor(() => expect(plain(screen.getByRole('region', { name: /Что это значит/ }).textContent)).toMatch(/Целевой сегмент: Ключевые\. Вместе это \d[\d ]* клиент\S* \(\d+ % базы\) и \d+ % выручки/));
    expect(plain(screen.getByRole('region', { name: /Что это значит/ }).textContent)).toContain('«Ключевые»: не хватает стратегии, предложения и ответственного.');

    await userEvent.selectOptions(within(card('Ключевые')).getByLabelText('Стратегия'), 'Удерживать');
    expect(latest.state.targets.key?.strategy).toBe('retain');
    await userEvent.type(within(card('Ключевые')).getByLabelText('Предложение'), 'Личный менеджер');
    await userEvent.type(within(card('Ключевые')).getByLabelText('Ответственный'), 'Иванова');
    expect(latest.state.targets.key).toMatchObject({ target: true, strategy: 'retain', offer: 'Личный менеджер', owner: 'Иванова' });
    expect(plain(screen.getByRole('region', { name: /Что это значит/ }).textContent)).toContain('У каждого целевого сегмента есть стратегия, предложение и ответственный');
    const plan = screen.getByRole('table', { name: 'Целевые сегменты: стратегия, предложение, ответственный, цель и цифры' });
    expect(plain(within(plan).getAllByRole('row')[1]?.textContent)).toMatch(/^КлючевыеУдерживатьЛичный менеджерИвановане указано\d/);

    // The slipping key customers get a suggestion from their figures; one click makes them a target with it.
    const atRisk = card('Ключевые под угрозой');
    const take = within(atRisk).getByRole('button', { name: /^Взять/ });
    const suggested = plain(take.textContent).replace(/^Взять «(.*)»$/, '$1');
    await userEvent.click(take);
    expect(latest.state.targets.keyAtRisk?.target).toBe(true);
    expect(latest.state.targets.keyAtRisk?.strategy).not.toBeNull();
    expect((within(card('Ключевые под угрозой')).getByLabelText('Стратегия') as HTMLSelectElement).selectedOptions[0]?.textContent).toBe(suggested);
    expect(within(card('Ключевые под угрозой')).queryByRole('button', { name: /^Взять/ })).toBeNull();
  }, 90_000);

  it('keeps a decision for a segment that no longer exists, lists it, and removes it on request', async () => {
    const state = demoSegmentationState();
    state.targets = {
      gone: { target: true, strategy: 'develop', offer: 'Скидка на второй заказ', owner: 'Петров', goal: '' },
      fading: { target: false, strategy: null, offer: '', owner: '', goal: '' },
    };
    state.segments = { ...state.segments, rules: state.segments.rules.filter((rule) => rule.id !== 'fading') };
    const latest = renderStep(state);
    const kept = screen.getByRole('region', { name: 'Сохранено от прежнего деления' });
    // An untouched entry is not listed; the one with decisions is, with what was written.
    expect(within(kept).getAllByRole('listitem')).toHaveLength(1);
    expect(plain(within(kept).getByRole('listitem').textContent)).toContain('Прежний сегмент «gone» — целевой; Развивать; Скидка на второй заказ; Петров');
    expect(plain(screen.getByRole('region', { name: /Что это значит/ }).textContent)).toContain('Решение для сегмента, которого больше нет, сохранено внизу страницы.');
    expect(latest.state.targets.gone?.offer).toBe('Скидка на второй заказ');

    await userEvent.click(within(kept).getByRole('button', { name: 'Удалить решение для «Прежний сегмент «gone»»' }));
    expect(latest.state.targets.gone).toBeUndefined();
    expect(screen.queryByRole('region', { name: 'Сохранено от прежнего деления' })).toBeNull();
  });

  it('names a deleted starter rule by its starter name', async () => {
    const state = demoSegmentationState();
    state.targets = { newcomers: { target: true, strategy: 'develop', offer: '', owner: '', goal: '' } };
    state.segments = { ...state.segments, rules: state.segments.rules.filter((rule) => rule.id !== 'newcomers') };
    renderStep(state);
    const kept = screen.getByRole('region', { name: 'Сохранено от прежнего деления' });
    expect(plain(within(kept).getByRole('listitem').textContent)).toMatch(/^Новички — целевой; Развивать/);
  });

  it('writes the notes through and downloads every customer with their segment for the CRM', async () => {
    const latest = renderStep(demoSegmentationState());
    await userEvent.type(screen.getByLabelText('Выводы и заметки'), 'Начать с ключевых');
    expect(latest.state.conclusions.notes).toBe('Начать с ключевых');
    await userEvent.click(await screen.findByRole('button', { name: 'Скачать в CSV' }, { timeout: 30_000 }));
    await waitFor(() => expect(downloadBlob).toHaveBeenCalledTimes(1), { timeout: 30_000 });
    const [name, file] = downloadBlob.mock.calls[0] ?? [];
    const text = file && (await readCsvFile(file));
    expect(name).toMatch(/^Сегменты клиентов \d{4}-\d{2}-\d{2}\.csv$/);
    const lines = String(text).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Клиент;Название;Сегмент;Выручка;Заказов;Последняя покупка;Класс ABC;Стадия жизненного цикла;RFM-сегмент;Срок с первой покупки;Число заказов;Регион;Канал;Целевой;Стратегия');
    expect(lines.length).toBeGreaterThan(100);
    const segments = new Set(lines.slice(1).map((line) => line.split(';')[2]));
    expect([...segments].every((segment) => ['Ключевые под угрозой', 'Ключевые', 'Новички', 'Средние', 'Уходящие', 'Остальные'].includes(segment ?? ''))).toBe(true);
  }, 90_000);
});
