import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/app/App';
import { useWorkbookStore } from '../../../src/store/workbookStore';
import { metricValue, resetWorkbook, storedRoiState } from './helpers';

describe('step 4: conclusions', () => {
  beforeEach(() => {
    resetWorkbook();
    window.location.hash = '#/ex/program-roi/conclusions';
  });

  it('saves the decision, notes and next steps with the exercise', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('radio', { name: 'Сначала пилот на части клиентов' }));
    await user.type(screen.getByLabelText('Заметки и обоснование'), 'Проверить частоту на пилоте');
    await user.type(screen.getByLabelText('Следующие шаги'), 'Пилот в трёх магазинах');

    expect(storedRoiState().conclusions).toEqual({
      decision: 'pilot',
      notes: 'Проверить частоту на пилоте',
      nextSteps: 'Пилот в трёх магазинах',
    });
    expect(screen.getByRole('radio', { name: 'Сначала пилот на части клиентов' })).toBeChecked();
    expect(useWorkbookStore.getState().exercises['program-roi']?.drafts).toEqual({});
  });

  it('repeats the key results above the decision', async () => {
    render(<App />);
    expect(await screen.findByText('Ключевые цифры', { selector: 'h3' })).toBeInTheDocument();
    expect(metricValue('ROI')).toMatch(/%$/);
    expect(metricValue('Главное допущение')).not.toBe('');
  });
});
