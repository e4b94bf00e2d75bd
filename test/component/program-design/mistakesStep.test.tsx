import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import MistakesStep from '../../../exercises/program-design/steps/MistakesStep';
import { blankProgramDesignState, demoProgramDesignState } from '../../../exercises/program-design/demo';
import { plain, renderStep, resetWorkbook, storedDesign } from './mistakesAndOnePageHarness';

const group = (name: string) => screen.getByRole('group', { name });

describe('program design, step 3: the mistakes check', () => {
  beforeEach(() => resetWorkbook());

  it('opens on the demo with its reading: eight answered, two risks named', () => {
    renderStep(MistakesStep);
    const reading = screen.getByRole('region', { name: 'Что это значит' });
    expect(plain(reading.textContent)).toContain('Учтено в программе: 8 из 10.');
    expect(plain(reading.textContent)).toContain('Риск остаётся: «Награды за покупки, которые были бы и так» и «Персонал не готов и не заинтересован».');
    expect(screen.getAllByRole('group')).toHaveLength(10);
    expect(within(group('Персонал не готов и не заинтересован')).getByRole('radio', { name: 'Риск остаётся' })).toBeChecked();
  });

  it('a mark and a note are kept on every keystroke, each without losing the other', async () => {
    const user = userEvent.setup();
    resetWorkbook(blankProgramDesignState());
    renderStep(MistakesStep);
    const margin = group('Награда съедает маржу');
    await user.click(within(margin).getByRole('radio', { name: 'Риск остаётся' }));
    expect(storedDesign().mistakes.rewardAboveMargin).toEqual({ status: 'flagged', note: '' });
    const note = within(margin).getByLabelText('Как учтено или что ещё решить');
    await user.type(note, 'Кешб');
    expect(storedDesign().mistakes.rewardAboveMargin).toEqual({ status: 'flagged', note: 'Кешб' });
    await user.type(note, 'эк 3 %');
    await user.click(within(margin).getByRole('radio', { name: 'Учтено в программе' }));
    expect(storedDesign().mistakes.rewardAboveMargin).toEqual({ status: 'answered', note: 'Кешбэк 3 %' });
    expect(plain(screen.getByRole('region', { name: 'Что это значит' }).textContent)).toContain('Учтено в программе: 1 из 10.');
    expect(plain(screen.getByRole('region', { name: 'Что это значит' }).textContent)).toContain('Ещё не проверено 9 ошибок.');
  });

  it('shows what the design suggests with its reason, and takes it with one click', async () => {
    const user = userEvent.setup();
    const state = demoProgramDesignState('ru');
    state.mistakes = {};
    state.economics.rewardRate = 0.7;
    resetWorkbook(state);
    renderStep(MistakesStep);
    const margin = group('Награда съедает маржу');
    // The economics' 70 % reward is above the coffee chain's 62 % margin.
    expect(plain(margin.textContent)).toContain('Подсказка по вашей программе: Риск остаётся.');
    expect(plain(margin.textContent)).toContain('Награда 70 % (в экономике программы) не ниже маржи 62 %');
    await user.click(within(margin).getByRole('button', { name: 'Отметить: Риск остаётся' }));
    expect(storedDesign().mistakes.rewardAboveMargin?.status).toBe('flagged');
    expect(within(margin).queryByRole('button', { name: /^Отметить/ })).toBeNull();
  });

  it('warns when a mark contradicts what the design shows', async () => {
    const user = userEvent.setup();
    resetWorkbook(demoProgramDesignState('ru'));
    renderStep(MistakesStep);
    const baseline = group('Награды за покупки, которые были бы и так');
    expect(plain(baseline.textContent)).toContain('В экономике награду получают 100 % обычных покупок');
    await user.click(within(baseline).getByRole('radio', { name: 'Учтено в программе' }));
    expect(plain(screen.getByRole('region', { name: 'Что это значит' }).textContent)).toContain(
      'Подсказки по данным программы расходятся с вашими отметками: «Награды за покупки, которые были бы и так».',
    );
  });
});
