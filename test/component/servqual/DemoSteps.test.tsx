import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/app/App';
import { createFormatters } from '../../../src/i18n/format';
import { demoServqualState } from '../../../exercises/servqual/demo';
import { analyseWave, priorityOrder } from '../../../exercises/servqual/model';
import { enabledItems } from '../../../exercises/servqual/state';
import { plain, resetWorkbook, storedState } from './helpers';

// The import flow has its own tests; here it only matters which dataset each file slot is stored under.
vi.mock('../../../src/ui/import/DatasetImport', () => ({
  DatasetImport: ({ spec }: { spec: { id: string } }) => <p>import: {spec.id}</p>,
}));

const demo = demoServqualState();
const settings = { scale: demo.questionnaire.scale, enabledItems: enabledItems(demo.questionnaire) };
const latest = demo.waves[1];

describe('SERVQUAL on the demo survey', () => {
  beforeEach(() => resetWorkbook());

  it('shows the latest wave’s results, the invalid weight rows and the three charts', async () => {
    window.location.hash = '#/ex/servqual/results';
    render(<App />);
    await screen.findByText('Невзвешенный SERVQUAL', { selector: 'dt' }, { timeout: 5000 });
    if (!latest || latest.source.kind !== 'entered') throw new Error('the demo has two typed-in waves');
    const analysis = analyseWave(latest.source.responses, settings);
    if (analysis.kind !== 'ok') throw new Error('the demo wave has results');
    const gap = analysis.dimensions.responsiveness.gap ?? 0;
    const table = screen.getByRole('table', { name: /Стороны сервиса/ });
    const fixed = createFormatters('ru', 'RUB');
    expect(plain(within(table).getByRole('row', { name: /Отзывчивость/ }).textContent)).toContain(plain(fixed.number(gap, 2)).replace('-', '−'));
    expect(screen.getByText(/Анкеты с суммой баллов не 100 \(в весах не учтены\): 2/)).toBeInTheDocument();
    for (const title of ['Ожидания и восприятие по сторонам сервиса', 'Разрывы по утверждениям, от самого большого', 'Важность и исполнение']) {
      expect(screen.getByRole('figure', { name: title })).toBeInTheDocument();
    }
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('lists the weight problems of the answers with their counts', async () => {
    window.location.hash = '#/ex/servqual/answers';
    render(<App />);
    expect((await screen.findAllByText('В 2 анкетах веса не дают в сумме 100', {}, { timeout: 5000 })).length).toBeGreaterThan(0);
    expect(screen.getByText(/Анкета B10: сумма весов 115, а не 100/)).toBeInTheDocument();
    expect(screen.getAllByText('В 2 анкетах есть пропуски').length).toBeGreaterThan(0);
    expect(screen.getByText('Всего анкет: 42 (введено вручную: 42, из файлов: 0)')).toBeInTheDocument();
    // The latest wave's first file goes under the wave's own key.
    expect(screen.getByText('import: servqual-responses:demo-2025-09')).toBeInTheDocument();
  });

  it('orders the plan by weighted gap and saves action, owner and deadline', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/ex/servqual/plan';
    render(<App />);
    if (!latest || latest.source.kind !== 'entered') throw new Error('the demo has two typed-in waves');
    const analysis = analyseWave(latest.source.responses, settings);
    if (analysis.kind !== 'ok') throw new Error('the demo wave has results');
    const first = priorityOrder(analysis).dimensions[0];
    if (!first) throw new Error('the demo has priorities');
    const name = { reliability: 'Надёжность', responsiveness: 'Отзывчивость', tangibles: 'Материальность', assurance: 'Убедительность', empathy: 'Эмпатия' }[first.dimension];

    const action = await screen.findByLabelText(`Что сделаем: ${name}`, {}, { timeout: 5000 });
    await user.type(action, 'Стандарт ответа за 2 часа');
    await user.type(screen.getByLabelText(`Ответственный: ${name}`), 'Иванова');
    await user.type(screen.getByLabelText(`Срок: ${name}`), '2026-03-31');
    await user.type(screen.getByLabelText('Ответственный: утверждение 11'), 'Петров');

    expect(storedState().plan).toEqual([
      { id: `dimension:${first.dimension}`, target: { kind: 'dimension', dimension: first.dimension }, action: 'Стандарт ответа за 2 часа', owner: 'Иванова', deadline: '2026-03-31' },
      { id: 'item:11', target: { kind: 'item', item: 11 }, action: '', owner: 'Петров', deadline: null },
    ]);
    const rows = screen.getAllByRole('row').filter((row) => /^\d\. /.test(row.querySelector('th')?.textContent ?? ''));
    expect(rows[0]?.querySelector('th')?.textContent).toContain(`1. ${name}`);
  });

  it('adds a third wave, names it, and shows it in the comparison', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/ex/servqual/waves';
    render(<App />);
    const comparison = await screen.findByRole('table', { name: 'Разрыв P − E по сторонам сервиса в каждой волне' }, { timeout: 5000 });
    expect(within(comparison).getByRole('columnheader', { name: /Изменение: Волна 1 → Волна 2/ })).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: 'Разрывы по сторонам сервиса от волны к волне' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Добавить волну' }));
    expect(storedState().waves).toHaveLength(3);
    await user.type(screen.getByLabelText('Название волны 3'), 'Весна');
    const updated = screen.getByRole('table', { name: 'Разрыв P − E по сторонам сервиса в каждой волне' });
    expect(within(updated).getByRole('columnheader', { name: /^Весна · / })).toBeInTheDocument();
    // No answers yet: the new wave says so instead of showing zeros.
    expect(within(updated).getByText('Пока нет ни одной анкеты.')).toBeInTheDocument();
  });
});
