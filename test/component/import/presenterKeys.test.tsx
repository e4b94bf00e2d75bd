import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resetWorkbook } from '../program-roi/helpers';


const { App } = await import('../../../src/app/App');
const { useWorkbookStore } = await import('../../../src/store/workbookStore');

const salesCsv = ['Клиент;Дата;Сумма;Участник', 'Иванов;15.01.2025;1 200,50;да', 'Петров;16.01.2025;300;нет'].join('\r\n');

function stepTitle(): string {
  return document.getElementById('step-title')?.textContent ?? '';
}

function pressRight(): void {
  fireEvent.keyDown(window, { key: 'ArrowRight' });
}

describe('presenter ←/→ while an import waits to be accepted', () => {
  beforeEach(() => {
    resetWorkbook();
    useWorkbookStore.setState((store) => ({ settings: { ...store.settings, presenter: true } }));
    window.location.hash = '#/ex/program-roi/evaluation';
  });

  it('stays on the step while the mapping or the report is open, and moves on once the import is dropped', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.upload(await screen.findByTestId('dataset-file-input', {}, { timeout: 5000 }), new File([salesCsv], 'продажи.csv', { type: 'text/csv' }));
    const mapping = await screen.findByRole('region', { name: 'Какой столбец файла что означает' });
    expect(mapping.closest('[data-import-pending]')?.getAttribute('data-import-pending')).toBe('inspected');

    pressRight();
    expect(stepTitle()).toBe('Оценка по данным продаж');
    expect(window.location.hash).toBe('#/ex/program-roi/evaluation');
    expect(screen.getByRole('region', { name: 'Какой столбец файла что означает' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Импортировать' }));
    await screen.findByRole('heading', { name: 'Отчёт об импорте' });
    pressRight();
    expect(window.location.hash).toBe('#/ex/program-roi/evaluation');
    expect(screen.getByRole('button', { name: 'Принять и сохранить' })).toBeInTheDocument();

    // Discarded: nothing is pending any more, and the arrow moves to the next step again.
    await user.click(screen.getByRole('button', { name: 'Отказаться' }));
    expect(document.querySelector('[data-import-pending]')).toBeNull();
    pressRight();
    await waitFor(() => expect(window.location.hash).toBe('#/ex/program-roi/conclusions'));
  });
});
