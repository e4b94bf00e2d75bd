import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import GroupView from '../../../src/trainer/group/GroupView';
import { closeHandInsDatabase, HAND_INS_DB } from '../../../src/trainer/group/handInStore';
import { useWorkbookStore } from '../../../src/store/workbookStore';
import { ExerciseRegistry } from '../../../src/workbook/useResult';
import type { AnyExercise, GroupDeclaration } from '../../../src/workbook/contract';
import { workbookSettings } from '../../builders';
import { counterExercise, handIn, percent, section, text } from '../../unit/trainer/groupFixtures';

beforeAll(() => {
  // jsdom's Blob has no text(); every browser the app targets does.
  if (typeof Blob.prototype.text !== 'function') {
    Blob.prototype.text = function text(this: Blob) {
      return new Promise<string>((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(String(reader.result));
        reader.onerror = () => reject(reader.error ?? new Error('read failed'));
        reader.readAsText(this);
      });
    };
  }
});

/** A test-only declaration that pools the teams' answers: the count of answer rows, as one survey would have; none, nothing to pool. */
const declaration: GroupDeclaration<unknown> = {
  summarize: () => ({ sections: [] }),
  pool: (inputs) => {
    const count = inputs.reduce((sum, input) => sum + (input.rows.answers?.length ?? 0), 0);
    return count === 0 ? null : { sections: [section('gaps', [['answers', { kind: 'number', value: count }]], 'Разрывы')] };
  },
};

const exercise = {
  ...counterExercise,
  order: 1,
  title: { ru: 'Счётчик', en: 'Counter', zh: '计数器' },
  summary: text(''),
  inputs: [],
  steps: [],
  toSheets: () => [],
  group: async () => declaration,
} satisfies AnyExercise;

/** An exercise that declares nothing to compare: its teams are listed with their times. */
const undeclared = { ...exercise, id: 'other', order: 2, title: { ru: 'Другое', en: 'Other', zh: '其他' }, group: undefined } satisfies AnyExercise;

function renderView(registry: readonly AnyExercise[] = [exercise]) {
  const withRegistry = ({ children }: { children: ReactNode }) => <ExerciseRegistry.Provider value={registry}>{children}</ExerciseRegistry.Provider>;
  return render(<GroupView />, { wrapper: withRegistry });
}

function jsonFile(name: string, content: unknown): File {
  return new File([JSON.stringify(content)], name, { type: 'application/json' });
}

const gaps = (tangibles: number, reliability?: number) =>
  section('gaps', reliability === undefined ? [['Материальность', percent(tangibles)]] : [['Материальность', percent(tangibles)], ['Надёжность', percent(reliability)]], 'Разрывы');

const answers = { answers: { fileName: 'ответы.csv', rows: [{ r: 1 }, { r: 2 }, { r: 3 }] } };

async function dropThree(): Promise<void> {
  const user = userEvent.setup();
  await user.upload(screen.getByTestId('hand-in-file-input'), [
    jsonFile('альфа.json', handIn('Альфа', '2025-03-01T10:20:00.000Z', [gaps(-0.125, 0.25)], { rows: answers })),
    new File(['{"format": "loyalty-workbook-hand-in", "team": '], 'сломанный.json', { type: 'application/json' }),
    jsonFile('бета.json', handIn('Бета', '2025-03-01T10:40:00.000Z', [gaps(0.5)])),
  ]);
}

describe('the group view: the teams’ files dropped at once', () => {
  beforeEach(async () => {
    await closeHandInsDatabase();
    await new Promise<void>((resolve) => {
      const request = indexedDB.deleteDatabase(HAND_INS_DB);
      request.onsuccess = () => resolve();
      request.onerror = () => resolve();
    });
    useWorkbookStore.setState({ settings: workbookSettings() });
  });

  it('puts two teams side by side and lists the broken file with its reason', async () => {
    renderView();
    expect(await screen.findByText(/Файлов команд пока нет/)).toBeInTheDocument();
    await dropThree();

    expect(await screen.findByText('Прочитано 3 файла: в сравнении 2, пропущено 1.')).toBeInTheDocument();
    const exerciseSection = screen.getByRole('region', { name: 'Счётчик' });
    expect(within(exerciseSection).getByText(/^Сдали 2 команды, последняя сдача — /)).toBeInTheDocument();
    const table = within(exerciseSection).getByRole('table', { name: 'Разрывы' });
    // The pooled column comes once the exercise's declaration has loaded and pooled the answers.
    await within(table).findByRole('columnheader', { name: 'Все команды вместе' });
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Показатель', 'Альфа', 'Бета', 'Все команды вместе']);
    // Beta has no reliability row: its cell is blank; the pooled column has only the rows it pooled.
    const rows = within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['−12,5\u00a0%', '50\u00a0%', '—'],
      ['25\u00a0%', '—', '—'],
      ['—', '—', '3'],
    ]);
    expect(within(exerciseSection).getByText('«Все команды вместе» — ответы 1 команды, сложенные в один опрос.')).toBeInTheDocument();

    const files = screen.getByRole('table', { name: 'Полученные файлы и что с ними стало' });
    const broken = within(files).getByText('сломанный.json').closest('tr');
    expect(broken).toHaveTextContent('Пропущен: это не файл JSON, а значит, не файл сдачи');
    expect(within(files).getByText('альфа.json').closest('tr')).toHaveTextContent('В сравнении');
  });

  it('keeps the files across a reload, and takes one away when the trainer removes it', async () => {
    const first = renderView();
    await dropThree();
    await screen.findByRole('table', { name: 'Разрывы' });
    // The page opened anew: the files come back from IndexedDB.
    first.unmount();
    renderView();
    const files = await screen.findByRole('table', { name: 'Полученные файлы и что с ними стало' });
    expect(within(files).getAllByRole('row').slice(1).map((row) => row.firstElementChild?.textContent)).toEqual(['альфа.json', 'сломанный.json', 'бета.json']);

    const user = userEvent.setup();
    await user.click(within(files).getByRole('button', { name: 'Убрать файл бета.json' }));
    expect(within(files).queryByText('бета.json')).not.toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: 'Разрывы' })).queryByRole('columnheader', { name: 'Бета' })).not.toBeInTheDocument();
  });

  it('shows one exercise at a time on the projector, chosen from a list', async () => {
    useWorkbookStore.setState({ settings: workbookSettings({ presenter: true, locale: 'zh' }) });
    renderView([exercise, undeclared]);
    await dropThree();
    await userEvent.setup().upload(screen.getByTestId('hand-in-file-input'), jsonFile('другое.json', handIn('Гамма', '2025-03-01T11:00:00.000Z', [], { exerciseId: 'other' })));
    const table = await screen.findByRole('table', { name: 'Разрывы' });
    await within(table).findByRole('columnheader', { name: '所有小组合计' });
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['指标', 'Альфа', 'Бета', '所有小组合计']);
    expect(screen.queryByRole('region', { name: '其他' })).not.toBeInTheDocument();
    // The file list folds away so the table fits the screen.
    expect(screen.getByText('文件（4）').closest('details')).not.toHaveAttribute('open');

    const picker = screen.getByRole('group', { name: '屏幕上显示的练习' });
    expect(within(picker).getByRole('button', { name: '计数器' })).toHaveAttribute('aria-pressed', 'true');
    await userEvent.setup().click(within(picker).getByRole('button', { name: '其他' }));
    expect(within(picker).getByRole('button', { name: '其他' })).toHaveAttribute('aria-pressed', 'true');
    const other = screen.getByRole('region', { name: '其他' });
    expect(screen.queryByRole('region', { name: '计数器' })).not.toBeInTheDocument();
    expect(within(other).getByText('此练习没有可比较的指标：仅列出各小组及其提交时间。')).toBeInTheDocument();
    expect(within(other).getByRole('rowheader', { name: 'Гамма' })).toBeInTheDocument();
  });
});
