import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { kano } from '../../../exercises/kano';
import { servqual } from '../../../exercises/servqual';
import { workbookSettings } from '../../builders';
import { resetDatasetsDatabase } from '../../support/datasetsDatabase';

// Capture what would be saved instead of going through object URLs and anchor clicks.
const downloadText = vi.fn<(fileName: string, text: string, mime: string) => void>();
vi.mock('../../../src/data/download', () => ({ downloadText, downloadBlob: vi.fn() }));

const { App } = await import('../../../src/app/App');
const { useWorkbookStore } = await import('../../../src/store/workbookStore');
const { usePackStarts } = await import('../../../src/workbook/packStart');
const { useLaunchPack } = await import('../../../src/app/packs/launchPack');

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

const demo = kano.state.demo('ru');
/** The trainer renamed the demo's first Kano feature (as its list does: the feature is no longer the example's); SERVQUAL was opened and left as it came. */
const trainersKano = { ...demo, features: demo.features.map((feature, index) => (index === 0 ? { ...feature, name: 'Доставка за час', exampleRef: null } : feature)) };

function freshWorkbook(): void {
  useWorkbookStore.setState({ settings: workbookSettings(), exercises: {}, myData: {} });
  usePackStarts.getState().forget();
}

function trainersWorkbook(): void {
  freshWorkbook();
  useWorkbookStore.getState().writeExerciseState('kano', kano.state.version, trainersKano, 'demo');
  useWorkbookStore.getState().writeExerciseState('servqual', servqual.state.version, servqual.state.demo('ru'), 'demo');
}

/** The trainer page saves the pack; the file's text, as the browser would have downloaded it. */
async function savePackAsTrainer(): Promise<string> {
  trainersWorkbook();
  window.location.hash = '#/trainer/board';
  const user = userEvent.setup();
  const { unmount } = render(<App />);
  const section = (await screen.findByRole('heading', { name: 'Стартовый набор для участников' })).closest('section');
  if (!section) throw new Error('no pack section');
  const panel = within(section);
  // Ticked: the exercise the trainer changed; not ticked: the one still on its demo.
  expect(panel.getByRole('checkbox', { name: /Кано.*ваши значения/ })).toBeChecked();
  expect(panel.getByRole('checkbox', { name: /SERVQUAL.*демо без изменений/ })).not.toBeChecked();
  await user.click(panel.getByRole('button', { name: 'Сохранить набор' }));
  expect(panel.getByText('Дайте набору название: участники увидят его в упражнениях.')).toBeInTheDocument();
  await user.type(panel.getByLabelText('Название набора'), 'Розница СПб');
  // A Cyrillic title leaves no Latin letters to name the file after: the trainer names it.
  expect(panel.getByLabelText('Имя файла (латиница, цифры, - и _)')).toHaveValue('pack');
  await user.clear(panel.getByLabelText('Имя файла (латиница, цифры, - и _)'));
  await user.type(panel.getByLabelText('Имя файла (латиница, цифры, - и _)'), 'retail-spb');
  expect(panel.getByText(/В файл попадут: упражнений — 1, таблиц — 0/)).toBeInTheDocument();
  await user.click(panel.getByRole('button', { name: 'Сохранить набор' }));
  expect(downloadText).toHaveBeenCalledTimes(1);
  const [fileName, text] = downloadText.mock.calls[0] ?? [];
  expect(fileName).toBe('retail-spb.json');
  expect(panel.getByRole('status')).toHaveTextContent('packs/retail-spb.json');
  unmount();
  return text ?? '';
}

function packInput(): HTMLInputElement {
  const input = document.querySelector<HTMLInputElement>('.pack-opener input[type="file"]');
  if (!input) throw new Error('no pack file input');
  return input;
}

describe('the trainer’s starter pack', () => {
  beforeEach(async () => {
    downloadText.mockClear();
    await resetDatasetsDatabase();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    useLaunchPack.getState().done();
  });

  it('a pack saved from the demo with Kano edited opens in a fresh workbook: Kano shows the trainer’s values as its example', async () => {
    const text = await savePackAsTrainer();
    expect(JSON.parse(text)).toMatchObject({ format: 'loyalty-workbook-pack', name: 'retail-spb', title: 'Розница СПб', settings: null });
    expect(Object.keys(JSON.parse(text).exercises)).toEqual(['kano']);

    freshWorkbook();
    window.location.hash = '#/';
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Открыть стартовый набор тренера' }));
    await user.upload(packInput(), new File([text], 'retail-spb.json', { type: 'application/json' }));
    const dialog = await screen.findByRole('dialog', { name: 'Начать со стартового набора «Розница СПб»?' });
    expect(within(dialog).getByRole('row', { name: /Кано.*не начато значения тренера/ })).toBeInTheDocument();
    // Nothing of the participant's is replaced: no warning and no backup to offer.
    expect(within(dialog).queryByRole('button', { name: 'Сначала скачать резервную копию' })).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Начать с набора' }));
    expect(await screen.findByText(/Набор «Розница СПб» открыт/)).toBeInTheDocument();
    // Counted as the untouched example on the home page, not as the participant's work.
    const card = screen.getByRole('heading', { name: /Кано/ }).closest('li');
    if (!card) throw new Error('no Kano card');
    expect(within(card).getByText('Демо-данные, не изменены')).toBeInTheDocument();

    await act(async () => {
      window.location.hash = '#/ex/kano/features';
    });
    const nameField = await screen.findByLabelText('Свойство 1: название');
    expect(nameField).toHaveValue('Доставка за час');
    expect(screen.getAllByText(/набора тренера «Розница СПб»/).length).toBeGreaterThan(0);
  });

  it('warns when the pack replaces the participant’s own work and offers a backup first', async () => {
    const text = await savePackAsTrainer();
    freshWorkbook();
    useWorkbookStore.getState().writeExerciseState('kano', kano.state.version, { ...demo, features: demo.features.slice(0, 3) }, 'demo');
    window.location.hash = '#/';
    const user = userEvent.setup();
    render(<App />);
    await screen.findByRole('button', { name: 'Открыть стартовый набор тренера' });
    await user.upload(packInput(), new File([text], 'retail-spb.json', { type: 'application/json' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Ваша работа в 1 упражнении будет заменена. Скачайте резервную копию, чтобы её сохранить.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Сначала скачать резервную копию' }));
    expect(downloadText.mock.calls.at(-1)?.[0]).toMatch(/^loyalty-workbook-backup-/);
    expect(await within(dialog).findByText('Резервная копия скачана.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Отмена' }));
    // Cancelled: the participant's three features are still there.
    expect(useWorkbookStore.getState().exercises.kano?.state).toMatchObject({ features: demo.features.slice(0, 3) });
  });

  it('?pack=<name> fetches packs/<name>.json beside the app and offers it', async () => {
    const text = await savePackAsTrainer();
    freshWorkbook();
    const fetchPack = vi.fn(async () => new Response(text, { status: 200 }));
    vi.stubGlobal('fetch', fetchPack);
    useLaunchPack.getState().request('retail-spb');
    window.location.hash = '#/';
    render(<App />);
    expect(await screen.findByRole('dialog', { name: 'Начать со стартового набора «Розница СПб»?' })).toBeInTheDocument();
    expect(fetchPack).toHaveBeenCalledWith('./packs/retail-spb.json', expect.anything());
  });

  it('a missing pack, a site out of reach, a bad name and a foreign file are explained, and the work stays as it was', async () => {
    trainersWorkbook();
    const before = JSON.stringify(useWorkbookStore.getState().exercises);
    window.location.hash = '#/';
    vi.stubGlobal('fetch', vi.fn(async () => new Response('Not found', { status: 404 })));
    useLaunchPack.getState().request('missing');
    const user = userEvent.setup();
    const { unmount } = render(<App />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Набора «missing» нет рядом с тетрадью (ожидался файл packs/missing.json).');
    unmount();

    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    useLaunchPack.getState().request('retail');
    const second = render(<App />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Не удалось загрузить набор «retail»: нет связи с сайтом тетради.');
    second.unmount();

    const fetchNothing = vi.fn();
    vi.stubGlobal('fetch', fetchNothing);
    useLaunchPack.getState().request('../secret');
    render(<App />);
    expect(await screen.findByRole('alert')).toHaveTextContent('«../secret» в адресе — не имя набора');
    expect(fetchNothing).not.toHaveBeenCalled();

    await user.upload(packInput(), new File(['{"format":"loyalty-workbook-backup"}'], 'backup.json', { type: 'application/json' }));
    expect(await screen.findByText(/Это не стартовый набор тренера/)).toBeInTheDocument();
    expect(JSON.stringify(useWorkbookStore.getState().exercises)).toBe(before);
  });
});
