import { beforeEach, describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/app/App';
import { roiState } from '../../builders';
import { designFigures, designMechanic, designState } from '../../unit/program-design/economicsBuilders';
import { metricValue, plain, storedRoiState } from '../program-roi/helpers';
import { storedDesign, workbookWith } from './economicsHelpers';

const DESIGN_ECONOMICS = '#/ex/program-design/economics';

describe('program design, step 4: economics and ROI', () => {
  beforeEach(() => {
    window.location.hash = DESIGN_ECONOMICS;
  });

  it('takes the figures the mechanics settle, marks where they came from, and lists the rest as missing', async () => {
    workbookWith({ design: designState({ mechanics: [designMechanic({ rewardRate: 0.05, expiryMonths: 6 }), designMechanic({ id: 'm2', type: 'cashback', rewardRate: 0.02 })] }) });
    const user = userEvent.setup();
    render(<App />);
    const offer = (await screen.findByText('Цифры, которые задаёт механика')).closest('.callout') as HTMLElement;
    expect(plain(offer.textContent)).toContain('Ставка вознаграждения 7 %; Награды за покупки, которые были бы и так 100 %');
    // The expiry gives a guide for breakage, not a figure.
    expect(plain(screen.getByText(/сгорают через 6 месяцев/).textContent)).toContain('обычно не тратят 25 %–40 % начисленного');
    expect(screen.getByText('Осталось ввести 16 цифр:')).toBeInTheDocument();

    await user.click(within(offer).getByRole('button', { name: 'Взять цифры из проекта' }));
    expect(storedDesign().economics).toMatchObject({ rewardRate: 0.07, baselineRewardShare: 1, breakage: null });
    expect(plain((screen.getByLabelText('Ставка вознаграждения') as HTMLInputElement).value)).toBe('7');
    expect(plain(screen.getByText(/^Из проекта: ставки механик/).textContent)).toBe('Из проекта: ставки механик — Баллы и бонусы 5 % + Кешбэк 2 %.');
    expect(screen.getByText(/^Из проекта: «Баллы и бонусы» начисляется на каждую покупку/)).toBeInTheDocument();
    expect(screen.getByText('Осталось ввести 14 цифр:')).toBeInTheDocument();
    expect(screen.queryByText('Цифры, которые задаёт механика')).not.toBeInTheDocument();

    // Typed over, the figure is the participant's, and the design's value is one click away.
    const rate = screen.getByLabelText('Ставка вознаграждения');
    await user.clear(rate);
    await user.type(rate, '4');
    expect(storedDesign().economics.rewardRate).toBe(0.04);
    await user.click(screen.getByRole('button', { name: /^Взять 7\s%/ }));
    expect(storedDesign().economics.rewardRate).toBe(0.07);
  });

  it('keeps invalid text with its message, and waits to send until every figure is entered', async () => {
    workbookWith({ design: designState({ economics: designFigures({ margin: null }) }) });
    const user = userEvent.setup();
    render(<App />);
    const send = await screen.findByRole('button', { name: 'Оценить в упражнении ROI' });
    expect(send).toBeDisabled();
    expect(send).toHaveAccessibleDescription('Кнопка заработает, когда будут введены все цифры: не хватает 1.');
    const missing = screen.getByText('Осталось ввести 1 цифру:').closest('.callout') as HTMLElement;
    expect(within(missing).getByText('Валовая маржа')).toBeInTheDocument();

    const margin = screen.getByLabelText('Валовая маржа');
    await user.type(margin, '140');
    expect(await screen.findByRole('alert')).toHaveTextContent(/100/);
    // "14" was a valid margin on the way; "140" stays as typed, with its message, and is not stored.
    expect(margin).toHaveValue('140');
    expect(storedDesign().economics.margin).toBe(0.14);
    await user.clear(margin);
    await user.type(margin, '28');
    expect(storedDesign().economics.margin).toBe(0.28);
    expect(send).toBeEnabled();
    expect(screen.getByText('Все цифры введены. Оцените программу в упражнении ROI, чтобы узнать, когда она окупится.', { exact: false })).toBeInTheDocument();
    expect(screen.getByText('Ещё не оценено.')).toBeInTheDocument();
  });

  it('sends the design to ROI, reads the payback there, and brings it back; a changed figure shows, and sending again settles it', async () => {
    workbookWith({ design: designState({ economics: designFigures() }), roi: roiState() });
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Оценить в упражнении ROI' }));

    // ROI's economics step opens with the design's figures and says where they came from.
    expect(window.location.hash).toBe('#/ex/program-roi/economics');
    expect(plain((await screen.findByLabelText<HTMLInputElement>('Участники программы')).value)).toBe('20 000');
    expect(screen.getByText(/^Эти цифры пришли из проекта программы «Кофе с собой»/)).toBeInTheDocument();
    expect(plain(metricValue('Окупаемость'))).toBe('13 месяцев');
    const roiInRoi = metricValue('ROI');
    expect(storedRoiState().programSource?.programName).toBe('Кофе с собой');

    await act(async () => {
      window.location.hash = DESIGN_ECONOMICS;
    });
    const section = (await screen.findByRole('heading', { name: 'Что посчитало упражнение ROI' })).closest('section') as HTMLElement;
    expect(plain(metricValue('Окупаемость'))).toBe('13-й месяц');
    expect(metricValue('ROI')).toBe(roiInRoi);
    expect(within(section).queryByText('Ещё не оценено.')).not.toBeInTheDocument();

    const members = screen.getByLabelText('Сколько клиентов вступит');
    await user.clear(members);
    await user.type(members, '25000');
    const differs = within(section).getByText('В упражнении ROI сейчас другие цифры, чем в проекте').closest('.callout') as HTMLElement;
    expect(plain(differs.textContent)).toContain('Сколько клиентов вступит: в проекте 25 000, в ROI 20 000');

    await user.click(within(differs).getByRole('button', { name: 'Отправить цифры проекта снова' }));
    expect(window.location.hash).toBe('#/ex/program-roi/economics');
    expect(storedRoiState().program.members).toBe(25_000);
    await act(async () => {
      window.location.hash = DESIGN_ECONOMICS;
    });
    await screen.findByRole('heading', { name: 'Что посчитало упражнение ROI' });
    expect(screen.queryByText('В упражнении ROI сейчас другие цифры, чем в проекте')).not.toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('says "not evaluated yet" while ROI holds figures of its own', async () => {
    workbookWith({ design: designState({ economics: designFigures() }), roi: roiState({ program: designFigures({ members: 1_000 }) }) });
    render(<App />);
    expect(await screen.findByText('Ещё не оценено.')).toBeInTheDocument();
    expect(screen.queryByText('Окупаемость', { selector: 'dt' })).not.toBeInTheDocument();
  });

  it('says where the reward figures come from when the mechanics give none', async () => {
    workbookWith({ design: designState({ mechanics: [] }) });
    render(<App />);
    const note = (await screen.findByText(/^В механике пока нет баллов, кешбэка или скидки со ставкой/)).closest('p') as HTMLElement;
    expect(within(note).getByRole('link', { name: 'Механика и правила' })).toHaveAttribute('href', '#/ex/program-design/mechanics');
    expect(screen.queryByText('Цифры, которые задаёт механика')).not.toBeInTheDocument();
  });
});
