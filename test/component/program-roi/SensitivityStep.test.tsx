import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/app/App';
import { roiState } from '../../builders';
import { createFormatters } from '../../../src/i18n/format';
import { translator } from '../../../src/i18n/translate';
import { roiMessages } from '../../../exercises/program-roi/messages';
import { defaultScenarios, scenarioResults, tornado } from '../../../exercises/program-roi/model';
import { DEMO_PROGRAM_INPUTS } from '../../../exercises/program-roi/demo/programDemo';
import { resetWorkbook, storedRoiState } from './helpers';

const format = createFormatters('ru', 'RUB');
const t = translator(roiMessages, 'ru');

describe('step 3: sensitivity and scenarios', () => {
  beforeEach(() => {
    resetWorkbook();
    window.location.hash = '#/ex/program-roi/sensitivity';
  });

  it('names the assumption that moves ROI the most and lists the bars in the chart table', async () => {
    const bars = tornado(DEMO_PROGRAM_INPUTS);
    const topName = t(`economics.${bars[0]?.key ?? 'members'}`);
    render(<App />);
    expect(await screen.findByText(new RegExp(`зависит от допущения «${topName}»`))).toBeInTheDocument();
    const chart = screen.getByRole('figure', { name: 'Что сильнее всего влияет на ROI' });
    expect(within(chart).getAllByRole('row')).toHaveLength(bars.length + 1);
  });

  it('stores the scenarios on the first edit and resets them to the defaults', async () => {
    const user = userEvent.setup();
    render(<App />);
    const cell = await screen.findByLabelText('Пессимистичный: Рост частоты покупок');
    expect(cell).toHaveValue('4');
    expect(storedRoiState().scenarios).toBeNull();

    await user.clear(cell);
    await user.type(cell, '5');
    const defaults = defaultScenarios(DEMO_PROGRAM_INPUTS);
    expect(storedRoiState().scenarios?.pessimistic).toMatchObject({ ...defaults.pessimistic, frequencyUplift: 0.05 });
    expect(storedRoiState().scenarios?.optimistic.frequencyUplift).toBeCloseTo(0.12, 12);

    const results = scenarioResults(DEMO_PROGRAM_INPUTS, { ...defaults, pessimistic: { ...defaults.pessimistic, frequencyUplift: 0.05 }, expected: {} });
    const table = screen.getByRole('table', { name: 'Результаты сценариев' });
    const netRow = within(table).getByRole('row', { name: /Чистый эффект/ });
    expect(within(netRow).getAllByRole('cell').map((td) => td.textContent)).toEqual([
      format.money(results.pessimistic.net),
      format.money(results.expected.net),
      format.money(results.optimistic.net),
    ]);

    await user.click(screen.getByRole('button', { name: 'Вернуть сценарии по умолчанию' }));
    expect(storedRoiState().scenarios).toBeNull();
    expect(screen.getByLabelText('Пессимистичный: Рост частоты покупок')).toHaveValue('4');
  });

  it('waits for the program inputs', async () => {
    resetWorkbook(roiState());
    render(<App />);
    expect(await screen.findByText(/сначала заполните параметры программы/)).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });
});
