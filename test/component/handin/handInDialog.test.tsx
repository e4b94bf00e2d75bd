import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ExerciseToolbar } from '../../../src/app/ExerciseToolbar';
import { kano } from '../../../exercises/kano';
import { KANO_STATE_VERSION, type KanoState } from '../../../exercises/kano/state';
import { useWorkbookStore } from '../../../src/store/workbookStore';
import { saveDataset } from '../../../src/store/datasets';
import { handInFileSchema } from '../../../src/handin/format';
import { datasetSummary, kanoFeature, kanoState, workbookSettings } from '../../builders';
import { resetDatasetsDatabase } from '../../support/datasetsDatabase';

/** What the browser was handed: the file's name from the link's `download`, its text from the Blob behind the URL. */
const downloads: { fileName: string; blob: Blob }[] = [];
let lastBlob: Blob | null = null;

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

beforeEach(async () => {
  downloads.length = 0;
  URL.createObjectURL = vi.fn((blob: Blob) => {
    lastBlob = blob;
    return 'blob:hand-in';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function click(this: HTMLAnchorElement) {
    if (lastBlob) downloads.push({ fileName: this.download, blob: lastBlob });
  });
  await resetDatasetsDatabase();
  useWorkbookStore.setState({ settings: workbookSettings({ team: '' }), exercises: {}, myData: {} });
});

afterEach(() => {
  vi.restoreAllMocks();
});

async function handedIn() {
  await waitFor(() => expect(downloads).toHaveLength(1));
  const [download] = downloads;
  const parsed = handInFileSchema.safeParse(JSON.parse(await download!.blob.text()));
  expect(parsed.success, JSON.stringify(parsed.error?.issues[0])).toBe(true);
  return { fileName: download!.fileName, file: parsed.data! };
}

function openDialog(state: KanoState) {
  render(<ExerciseToolbar exercise={kano} state={state} onReset={() => undefined} />);
  return userEvent.click(screen.getByRole('button', { name: 'Сдать тренеру' }));
}

describe('handing Kano in to the trainer', () => {
  it('previews the untouched demo with a warning, asks for a team, and writes exactly the preview', async () => {
    const state = kanoState({}, 'demo');
    await openDialog(state);
    const dialog = await screen.findByRole('dialog', { name: /Сдать тренеру: Модель Кано/ });
    expect(within(dialog).getByText(/Это демонстрационные данные, а не ваши/)).toBeTruthy();
    // The summary the group view will compare: the exercise's own categories.
    expect(await within(dialog).findByRole('heading', { name: 'Категории свойств' })).toBeTruthy();
    expect(within(dialog).getAllByText('Обязательное').length).toBeGreaterThan(0);
    // The demo's answers are typed in, not imported: there are no rows to tick.
    expect(within(dialog).getByText(/Загруженных файлов нет/)).toBeTruthy();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Сохранить файл для тренера' }));
    expect(within(dialog).getByRole('alert').textContent).toMatch(/Напишите название команды/);
    expect(downloads).toHaveLength(0);

    await userEvent.type(within(dialog).getByLabelText('Команда или имя'), 'Команда «Север» 北方队');
    expect(useWorkbookStore.getState().settings.team).toBe('Команда «Север» 北方队');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Сохранить файл для тренера' }));

    const { fileName, file } = await handedIn();
    expect(fileName).toMatch(/^Команда «Север» 北方队 — Модель Кано какие свойства продукта развивать — \d{4}-\d{2}-\d{2}\.handin\.json$/);
    expect(file).toMatchObject({ team: 'Команда «Север» 北方队', exerciseId: 'kano', locale: 'ru', entry: { state, startedFrom: 'demo' } });
    expect(file.summary.sections.map((section) => section.id)).toEqual(['categories', 'better', 'worse']);
    expect(file.rows).toBeUndefined();
    expect(await screen.findByText(/сохранён\. Передайте его тренеру/)).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('adds the imported rows only when they are ticked', async () => {
    const answers = [
      { respondent: 'R1', feature: 'Парковка', functional: 3, dysfunctional: 5, importance: null, segment: null },
      { respondent: 'R2', feature: 'Парковка', functional: 1, dysfunctional: 5, importance: null, segment: null },
    ];
    const state = kanoState({
      features: [kanoFeature('parking', 'Парковка'), kanoFeature('wifi', 'Wi-Fi'), kanoFeature('kids', 'Детская комната')],
      imports: [{ datasetId: 'kano-responses-long', fileName: 'ответы.csv', layout: 'long', importedAt: '2026-12-01T10:00:00.000Z', respondents: 2, rowsImported: 2, rowsSkipped: 0, unrecognisedAnswers: 0, hasSegments: false }],
    });
    useWorkbookStore.setState({ settings: workbookSettings({ team: 'Юг' }) });
    useWorkbookStore.getState().writeExerciseState('kano', KANO_STATE_VERSION, state, 'blank');
    const summary = datasetSummary('ответы.csv', 2);
    useWorkbookStore.getState().setDatasetSummary('kano', 'kano-responses-long', summary);
    await saveDataset('kano', 'kano-responses-long', answers, summary);

    await openDialog(state);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Команда: Юг')).toBeTruthy();
    expect(within(dialog).queryByText(/демонстрационные данные/)).toBeNull();
    // Parking: neutral / dislike and like / dislike, one M and one O.
    expect(await within(dialog).findByRole('heading', { name: 'Категории свойств' })).toBeTruthy();
    const tick = within(dialog).getByRole('checkbox', { name: /Приложить мои загруженные строки \(строк: 2, файл «ответы\.csv»\)/ });
    expect((tick as HTMLInputElement).checked).toBe(false);
    await userEvent.click(tick);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Сохранить файл для тренера' }));

    const { fileName, file } = await handedIn();
    expect(fileName).toMatch(/^Юг — Модель Кано/);
    expect(file.rows).toEqual({ 'kano-responses-long': { fileName: 'ответы.csv', rows: answers } });
    expect(file.entry.datasets['kano-responses-long']?.fileName).toBe('ответы.csv');
  });
});
