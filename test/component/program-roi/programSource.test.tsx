import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/app/App';
import { roiState } from '../../builders';
import { designFigures, designState } from '../../unit/program-design/economicsBuilders';
import { workbookWith } from '../program-design/economicsHelpers';
import { storedRoiState } from './helpers';

const SENT_AT = '2026-12-07T10:00:00.000Z';
const sent = (figures = designFigures()) => ({ exerciseId: 'program-design', at: SENT_AT, programName: 'Кофе с собой', figures });
const scenario = { participation: 0.3, frequencyUplift: 0.01, checkUplift: 0.01, retentionUplift: 0, breakage: 0.5 };

/** The note, found by its title: the callout it heads. */
async function note(): Promise<HTMLElement> {
  return (await screen.findByText('Цифры из проекта программы')).closest('.callout') as HTMLElement;
}

describe('ROI’s economics step: where sent figures came from', () => {
  beforeEach(() => {
    window.location.hash = '#/ex/program-roi/economics';
  });

  it('says nothing about a source when the figures were typed here', async () => {
    workbookWith({ roi: roiState({ program: designFigures() }) });
    render(<App />);
    await screen.findByLabelText('Участники программы');
    expect(screen.queryByText('Цифры из проекта программы')).not.toBeInTheDocument();
  });

  it('names the design and the day, links back, and says nothing changed since', async () => {
    workbookWith({ design: designState({ economics: designFigures() }), roi: roiState({ program: designFigures(), programSource: sent() }) });
    render(<App />);
    const callout = await note();
    expect(within(callout).getByText(/Эти цифры пришли из проекта программы «Кофе с собой» 07\.12\.2026\./)).toBeInTheDocument();
    expect(within(callout).getByRole('link', { name: 'Вернуться к экономике проекта' })).toHaveAttribute('href', '#/ex/program-design/economics');
    expect(within(callout).getByText('С тех пор ни проект, ни цифры здесь не менялись.')).toBeInTheDocument();
    expect(within(callout).queryByRole('button')).not.toBeInTheDocument();
  });

  it('says the design changed since, and takes its current figures after a confirm, scenarios started again', async () => {
    const now = designFigures({ rewardRate: 0.05 });
    workbookWith({
      design: designState({ economics: now }),
      roi: roiState({ program: designFigures(), programSource: sent(), scenarios: { pessimistic: scenario, optimistic: scenario } }),
    });
    const user = userEvent.setup();
    render(<App />);
    const callout = await note();
    expect(within(callout).getByText('С тех пор цифры в проекте изменились.')).toBeInTheDocument();
    expect(within(callout).queryByText('С тех пор цифры здесь поправили вручную.')).not.toBeInTheDocument();

    await user.click(within(callout).getByRole('button', { name: 'Взять текущие цифры проекта' }));
    const dialog = screen.getByRole('dialog', { name: 'Заменить цифры программы цифрами проекта?' });
    await user.click(within(dialog).getByRole('button', { name: 'Отмена' }));
    expect(storedRoiState().program.rewardRate).toBe(0.03);

    await user.click(within(callout).getByRole('button', { name: 'Взять текущие цифры проекта' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Заменить' }));
    const stored = storedRoiState();
    expect(stored.program).toEqual(now);
    expect(stored.programSource).toMatchObject({ exerciseId: 'program-design', programName: 'Кофе с собой', figures: now });
    expect(stored.programSource?.at).not.toBe(SENT_AT);
    expect(stored.scenarios).toBeNull();
    expect((await note()).textContent).toContain('С тех пор ни проект, ни цифры здесь не менялись.');
  });

  it('says the figures here were edited since, as the participant types', async () => {
    workbookWith({ design: designState({ economics: designFigures() }), roi: roiState({ program: designFigures(), programSource: sent() }) });
    const user = userEvent.setup();
    render(<App />);
    await note();
    const members = screen.getByLabelText('Участники программы');
    await user.clear(members);
    await user.type(members, '300');
    const callout = await note();
    expect(within(callout).getByText('С тех пор цифры здесь поправили вручную.')).toBeInTheDocument();
    expect(within(callout).queryByText('С тех пор цифры в проекте изменились.')).not.toBeInTheDocument();
    expect(within(callout).getByRole('button', { name: 'Взять текущие цифры проекта' })).toBeInTheDocument();
  });

  it('cannot take the design’s figures again while the design lacks one', async () => {
    workbookWith({ design: designState({ economics: designFigures({ margin: null }) }), roi: roiState({ program: designFigures({ members: 1 }), programSource: sent() }) });
    render(<App />);
    const callout = await note();
    expect(within(callout).getByText('Сейчас в проекте введены не все цифры, поэтому взять их заново нельзя.')).toBeInTheDocument();
    expect(within(callout).queryByRole('button')).not.toBeInTheDocument();
  });
});
