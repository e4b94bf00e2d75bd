import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ExerciseEntry, PersistedWorkbook } from '../../src/store/schema';
import { datasetSummary, exerciseEntry, persistedWorkbook, workbookSettings } from '../builders';
import { resetDatasetsDatabase } from '../support/datasetsDatabase';

// Capture what would be saved instead of going through object URLs and anchor clicks.
const downloadText = vi.fn<(fileName: string, text: string, mime: string) => void>();
vi.mock('../../src/data/download', () => ({ downloadText, downloadBlob: vi.fn() }));

// A registry of one known exercise, so titles are predictable and the real exercises' steps are not loaded.
vi.mock('../../exercises', async () => {
  const { z } = await import('zod/mini');
  // Its state is { n: number }: what entry() below stores, so a file can be checked as the app would read it.
  const state = { version: 1, schema: z.object({ n: z.number() }), blank: () => ({ n: 0 }), demo: () => ({ n: 0 }) };
  // Step k is done once n reaches k: the restore table counts work done through each step's `done`.
  const steps = ['a', 'b', 'c'].map((id, index) => ({ id, title: { ru: id, en: id, zh: id }, component: () => null, done: (value: { n: number }) => value.n > index }));
  const known = { id: 'known', order: 1, title: { ru: 'Известное упражнение', en: 'Known exercise', zh: '已知练习' }, steps, inputs: [], state };
  return { exercises: [known], findExercise: (id: string) => (id === 'known' ? known : undefined) };
});

const { BackupControls } = await import('../../src/app/BackupControls');
const { useWorkbookStore } = await import('../../src/store/workbookStore');
const { createBackup, parseBackup } = await import('../../src/store/backup');
const { saveDataset, loadDataset } = await import('../../src/store/datasets');

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

function entry(completedSteps: string[], updatedAt: string): ExerciseEntry {
  return exerciseEntry({ state: { n: completedSteps.length }, completedSteps, updatedAt });
}

const MY_SALES = datasetSummary('продажи.csv', 0, { importedAt: '2025-02-10T11:00:00.000Z' });

const mine = persistedWorkbook({ exercises: { known: entry(['a'], '2025-02-10T12:00:00.000Z') } });

const theirs = persistedWorkbook({
  settings: workbookSettings({ currency: 'EUR' }),
  exercises: { known: entry(['a', 'b', 'c'], '2025-03-15T12:00:00.000Z'), 'from-the-future': entry(['x', 'y'], '2025-03-16T12:00:00.000Z') },
});

function persisted(): PersistedWorkbook {
  const { settings, exercises, myData } = useWorkbookStore.getState();
  return { settings, exercises, myData: myData ?? {} };
}

function fileInput(): HTMLInputElement {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  return input;
}

function backupFile(text: string, name = 'loyalty-workbook-backup-2025-03-16.json'): File {
  return new File([text], name, { type: 'application/json' });
}

describe('BackupControls', () => {
  beforeEach(() => {
    downloadText.mockClear();
    useWorkbookStore.setState({ settings: mine.settings, exercises: mine.exercises, myData: mine.myData });
    useWorkbookStore.getState().setLocale('ru');
  });

  it('groups its buttons under an accessible name and downloads a backup of the current workbook', async () => {
    // The shared sales file's summary too: a backup without it would leave its rows nameless after a restore.
    useWorkbookStore.setState({ myData: { sales: MY_SALES } });
    const user = userEvent.setup();
    render(<BackupControls />);
    const group = screen.getByRole('group', { name: 'Резервная копия' });
    await user.click(within(group).getByRole('button', { name: 'Скачать копию' }));
    // The imported tables are read from IndexedDB first, so the file is handed over a moment later.
    await waitFor(() => expect(downloadText).toHaveBeenCalledTimes(1));
    const [fileName, text, mime] = downloadText.mock.calls[0] ?? [];
    expect(fileName).toMatch(/^loyalty-workbook-backup-\d{4}-\d{2}-\d{2}\.json$/);
    expect(mime).toBe('application/json');
    const result = parseBackup(text ?? '');
    expect(result.ok && result.backup.workbook).toEqual({ ...mine, myData: { sales: MY_SALES } });
  });

  it('downloads the backup all the same when the rows of an imported file are gone, and names that file', async () => {
    await resetDatasetsDatabase();
    useWorkbookStore.setState({ exercises: { known: { ...mine.exercises.known!, datasets: { sales: { ...MY_SALES, fileName: 'январь.csv' } } } } });
    const user = userEvent.setup();
    render(<BackupControls />);
    await user.click(screen.getByRole('button', { name: 'Скачать копию' }));
    await waitFor(() => expect(downloadText).toHaveBeenCalledTimes(1));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Копия скачана, но без строк этих файлов: «январь.csv» — в этом браузере их нет. Загрузите файлы снова и скачайте копию ещё раз.',
    );
  });

  it('shows what a restore would replace; Cancel keeps everything, Confirm replaces it', async () => {
    const user = userEvent.setup();
    render(<BackupControls />);
    const text = JSON.stringify(createBackup(theirs, [], new Date('2025-03-16T09:00:00Z')));

    await user.upload(fileInput(), backupFile(text));
    const dialog = await screen.findByRole('dialog', { name: 'Восстановить из резервной копии?' });
    expect(within(dialog).getByText('Файл «loyalty-workbook-backup-2025-03-16.json», создан 16.03.2025.')).toBeInTheDocument();
    expect(within(dialog).getByText(/Язык и валюта тоже будут взяты из файла: Русский, Евро/)).toBeInTheDocument();
    const table = within(dialog).getByRole('table');
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Упражнение', 'Сейчас', 'В файле']);
    const knownRow = within(table).getByRole('row', { name: /Известное упражнение/ });
    expect(within(knownRow).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      '1 шаг выполнен, 10.02.2025',
      '3 шага выполнено, 15.03.2025',
    ]);
    const unknownRow = within(table).getByRole('row', { name: /from-the-future/ });
    expect(within(unknownRow).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['—', '2 шага выполнено, 16.03.2025']);
    expect(within(dialog).getByText(/В файле есть 1 упражнение, которого нет в этой версии/)).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Отмена' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(persisted()).toEqual(mine);

    // The same file again: the input was reset, so choosing it fires once more.
    await user.upload(fileInput(), backupFile(text));
    const again = await screen.findByRole('dialog', { name: 'Восстановить из резервной копии?' });
    expect(persisted()).toEqual(mine);
    await user.click(within(again).getByRole('button', { name: 'Заменить и восстановить' }));
    // The tables go first (IndexedDB, asynchronous), the progress last.
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Резервная копия восстановлена.'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(persisted()).toEqual(theirs);
  });

  it('lets the "restored" message go after a few seconds', async () => {
    const user = userEvent.setup();
    render(<BackupControls />);
    await user.upload(fileInput(), backupFile(JSON.stringify(createBackup(theirs))));
    const confirm = await screen.findByRole('button', { name: 'Заменить и восстановить' });
    // Fake timeouts only from here: reading the file goes through real asynchronous callbacks, and IndexedDB
    // (fake-indexeddb) keeps its own scheduling.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      act(() => confirm.click());
      for (let i = 0; i < 100 && !screen.getByRole('status').textContent; i++) await act(() => vi.advanceTimersByTimeAsync(1));
      expect(screen.getByRole('status')).toHaveTextContent('Резервная копия восстановлена.');
      act(() => vi.advanceTimersByTime(10_000));
      expect(screen.getByRole('status')).toBeEmptyDOMElement();
    } finally {
      vi.useRealTimers();
    }
  });

  it('explains a damaged or foreign file in Russian and changes nothing', async () => {
    const user = userEvent.setup();
    render(<BackupControls />);
    const { completedSteps: _missing, ...damaged } = entry(['a'], '2025-03-15T12:00:00.000Z');
    // A backup file whose entry lost a field on the way: createBackup itself takes only whole entries.
    const broken = { ...createBackup(theirs), workbook: { ...theirs, exercises: { known: damaged } } };

    await user.upload(fileInput(), backupFile(JSON.stringify(broken)));
    expect(await screen.findByRole('alert')).toHaveTextContent('Файл резервной копии повреждён: workbook.exercises.known.completedSteps.');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(persisted()).toEqual(mine);

    await user.upload(fileInput(), backupFile('это не JSON', 'notes.json'));
    expect(await screen.findByRole('alert')).toHaveTextContent('его не удалось прочитать как JSON');

    await user.upload(fileInput(), backupFile(JSON.stringify({ ...createBackup(theirs), schemaVersion: 99 })));
    expect(await screen.findByRole('alert')).toHaveTextContent('Копия создана более новой версией тетради (схема 99).');
    expect(persisted()).toEqual(mine);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const user = userEvent.setup();
    render(<BackupControls />);
    const huge = backupFile('{}');
    Object.defineProperty(huge, 'size', { value: 101 * 1024 * 1024 });
    const read = vi.spyOn(huge, 'text');
    await user.upload(fileInput(), huge);
    expect(await screen.findByRole('alert')).toHaveTextContent('Файл слишком большой для резервной копии (больше 100 МБ).');
    expect(read).not.toHaveBeenCalled();
    expect(persisted()).toEqual(mine);
  });

  it('carries the imported tables in the backup, shows which a restore replaces, and writes them back', async () => {
    await resetDatasetsDatabase();
    const summary = (fileName: string, rowsImported: number) =>
      datasetSummary(fileName, rowsImported, { sheet: fileName, importedAt: '2025-03-01T10:00:00.000Z', mapping: { customer: { header: 'Клиент', index: 0 } } });
    const mineWithData = { ...mine.exercises.known!, datasets: { sales: summary('январь.csv', 2) } };
    useWorkbookStore.setState({ exercises: { known: mineWithData } });
    await saveDataset('known', 'sales', [{ customer: 'Иванов' }, { customer: 'Петров' }], summary('январь.csv', 2));

    const user = userEvent.setup();
    render(<BackupControls />);
    await user.click(screen.getByRole('button', { name: 'Скачать копию' }));
    await waitFor(() => expect(downloadText).toHaveBeenCalledTimes(1));
    const saved = parseBackup(downloadText.mock.calls[0]?.[1] ?? '');
    expect(saved.ok && saved.backup.datasets).toEqual([{ id: 'sales', exerciseId: 'known', meta: summary('январь.csv', 2), rows: [{ customer: 'Иванов' }, { customer: 'Петров' }] }]);

    const incoming = createBackup(
      { ...theirs, exercises: { known: { ...theirs.exercises.known!, datasets: { sales: summary('март.csv', 3) } } } },
      [{ id: 'sales', exerciseId: 'known', meta: summary('март.csv', 3), rows: [{ customer: 'А' }, { customer: 'Б' }, { customer: 'В' }] }],
    );
    await user.upload(fileInput(), backupFile(JSON.stringify(incoming)));
    const dialog = await screen.findByRole('dialog', { name: 'Восстановить из резервной копии?' });
    expect(within(dialog).getByText('Загруженные таблицы тоже будут заменены:')).toBeInTheDocument();
    const row = within(dialog).getByRole('row', { name: /Известное упражнение — sales/ });
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['«январь.csv», 2 строки, 01.03.2025', '«март.csv», 3 строки, 01.03.2025']);

    await user.click(within(dialog).getByRole('button', { name: 'Заменить и восстановить' }));
    expect(await screen.findByText('Резервная копия восстановлена.')).toBeInTheDocument();
    const restored = await loadDataset('known', 'sales');
    expect(restored.ok && restored.value?.rows).toEqual([{ customer: 'А' }, { customer: 'Б' }, { customer: 'В' }]);
    expect(useWorkbookStore.getState().exercises.known?.datasets.sales?.fileName).toBe('март.csv');

    // Until the next restore, the way back is offered: it brings the tables and the progress from before.
    await user.click(await screen.findByRole('button', { name: /^Отменить восстановление из файла «loyalty-workbook-backup-2025-03-16\.json»/ }));
    expect(await screen.findByText('Восстановление отменено: вернулись данные, которые были до него.')).toBeInTheDocument();
    const back = await loadDataset('known', 'sales');
    expect(back.ok && back.value?.rows).toEqual([{ customer: 'Иванов' }, { customer: 'Петров' }]);
    expect(useWorkbookStore.getState().exercises.known).toEqual(mineWithData);
    expect(useWorkbookStore.getState().settings.currency).toBe('RUB');
    await waitFor(() => expect(screen.queryByRole('button', { name: /^Отменить восстановление/ })).not.toBeInTheDocument());
  });

  it('refuses a file with a damaged exercise state before anything is replaced, naming the exercise', async () => {
    const user = userEvent.setup();
    render(<BackupControls />);
    const damaged = createBackup({ ...theirs, exercises: { known: { ...theirs.exercises.known!, state: { n: 'три' } } } });
    await user.upload(fileInput(), backupFile(JSON.stringify(damaged)));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Резервная копия не восстановлена: данные упражнения «Известное упражнение» в ней повреждены. Ничего не изменилось.',
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(persisted()).toEqual(mine);
  });

  it('keeps the progress and the tables when the browser cannot write the restored progress (quota)', async () => {
    await saveDataset('known', 'sales', [{ customer: 'Иванов' }], { ...MY_SALES, fileName: 'январь.csv' });
    const user = userEvent.setup();
    render(<BackupControls />);
    const incoming = createBackup(theirs, [{ id: 'sales', exerciseId: 'known', meta: MY_SALES, rows: [{ customer: 'А' }] }]);
    await user.upload(fileInput(), backupFile(JSON.stringify(incoming)));
    const dialog = await screen.findByRole('dialog', { name: 'Восстановить из резервной копии?' });
    const full = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await user.click(within(dialog).getByRole('button', { name: 'Заменить и восстановить' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Копия не восстановлена: браузеру не хватило места, чтобы записать прогресс. Прежние данные на месте.');
    full.mockRestore();
    expect(persisted()).toEqual(mine);
    const kept = await loadDataset('known', 'sales');
    expect(kept.ok && kept.value?.rows).toEqual([{ customer: 'Иванов' }]);
  });
});
