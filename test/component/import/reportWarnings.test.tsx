import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import type { ColumnSpec, DatasetSpec } from '../../../src/data/spec';
import { entry, resetDatasetsDatabase, salesSpec } from './helpers';

const { DatasetImport } = await import('../../../src/ui/import/DatasetImport');
const { useWorkbookStore } = await import('../../../src/store/workbookStore');

/**
 * Issue 12, "files that lie": what the import report must say before "accept" — a column that mostly failed,
 * a file on another scale, a column the exercise needs to make sense of the rows, the template's example —
 * instead of hundreds of row remarks and a green "imported".
 */

const LONG = { timeout: 10_000 };

function csv(lines: string[], name = 'файл.csv'): File {
  return new File([lines.join('\n')], name, { type: 'text/csv' });
}

function fileInput(): HTMLInputElement {
  return screen.getByTestId('dataset-file-input') as HTMLInputElement;
}

async function importFile(user: ReturnType<typeof userEvent.setup>, file: File): Promise<void> {
  await user.upload(fileInput(), file);
  await user.click(await screen.findByRole('button', { name: 'Импортировать' }, LONG));
  await screen.findByRole('heading', { name: 'Отчёт об импорте' }, LONG);
}

function answer(key: string, max: number): ColumnSpec {
  return { key, type: 'likert', required: false, min: 1, max, label: { ru: `Ответ ${key}`, en: key, zh: key }, synonyms: { ru: [key], en: [key], zh: [key] } };
}

/** A survey on 1–5 that may switch to 1–7, as SERVQUAL's response spec declares it. */
function surveySpec(max: number): DatasetSpec {
  return { id: 'survey', title: { ru: 'Анкеты', en: 'Survey', zh: '问卷' }, scale: { min: 1, max, allowedMax: [7, 5] }, columns: [answer('E1', max), answer('P1', max)] };
}

/** Twelve respondents answering on 1–7: E1 6, 7, 5, 6…; P1 4. */
const SEVEN_POINT = ['E1;P1', ...Array.from({ length: 12 }, (_, i) => `${[6, 7, 5][i % 3]};4`)];

/** The exercise side: its spec follows its scale, which the report may switch. */
function Survey({ onScaleChange }: { onScaleChange: (max: number) => void }) {
  const [max, setMax] = useState(5);
  return (
    <DatasetImport
      exerciseId="survey"
      spec={surveySpec(max)}
      onScaleChange={(next) => {
        onScaleChange(next);
        setMax(next);
      }}
    />
  );
}

describe('the import report before "accept"', { timeout: 30_000 }, () => {
  beforeEach(async () => {
    await resetDatasetsDatabase();
    useWorkbookStore.setState({ settings: { locale: 'ru', currency: 'RUB', presenter: false }, exercises: { roi: entry(), survey: entry() } });
  });

  it('sums hundreds of remarks up by column, and asks to look at a column that mostly failed before accepting', async () => {
    const user = userEvent.setup();
    render(<DatasetImport exerciseId="roi" spec={salesSpec} />);
    // 300 sales, 250 of them with the amount written as "—": 250 row remarks in the old report.
    const rows = Array.from({ length: 300 }, (_, i) => `К${i};15.01.2025;${i < 250 ? '—' : 100 + i}`);
    await importFile(user, csv(['Клиент;Дата;Сумма', ...rows]));

    const warning = screen.getByText('Проверьте, прежде чем принять').closest('.callout') as HTMLElement;
    expect(warning).toHaveTextContent('«Сумма»: не прочитано большинство значений — 250 из 300 (83 %).');
    const problems = screen.getByRole('region', { name: 'Замечания по столбцам' });
    // One line for the column and its reason, with three of its cells: not 250.
    expect(within(problems).getAllByRole('row')).toHaveLength(2);
    expect(within(problems).getByRole('row', { name: /Сумма/ })).toHaveTextContent('строка 2: —; строка 3: —; строка 4: —');
    expect(within(problems).getByRole('row', { name: /Сумма/ })).toHaveTextContent('250 из 300');

    const accept = screen.getByRole('button', { name: 'Принять и сохранить' });
    expect(accept).toBeDisabled();
    await user.click(screen.getByLabelText('Предупреждения прочитаны — сохранить эти данные всё равно'));
    expect(accept).toBeEnabled();
    await user.click(accept);
    expect(await screen.findByText('Данные сохранены.', {}, LONG)).toBeInTheDocument();
  });

  it('lets a file with a few bad values be accepted at once', async () => {
    const user = userEvent.setup();
    render(<DatasetImport exerciseId="roi" spec={salesSpec} />);
    await importFile(user, csv(['Клиент;Дата;Сумма', 'А;15.01.2025;много', 'Б;15.01.2025;10', 'В;15.01.2025;20']));
    expect(screen.queryByText('Проверьте, прежде чем принять')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Предупреждения прочитаны — сохранить эти данные всё равно')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Принять и сохранить' })).toBeEnabled();
  });

  it('names a column the exercise needs to make sense of the rows when the file has none, in the mapping and in the report', async () => {
    const user = userEvent.setup();
    const reason = 'Без него оценка программы не отличит участников от остальных клиентов.';
    const spec: DatasetSpec = { ...salesSpec, columns: salesSpec.columns.map((column) => (column.key === 'member' ? { ...column, recommended: { ru: reason, en: reason, zh: reason } } : column)) };
    render(<DatasetImport exerciseId="roi" spec={spec} />);
    await user.upload(fileInput(), csv(['Клиент;Дата;Сумма', 'А;15.01.2025;10']));
    const note = `В файле нет столбца «Участник программы». ${reason}`;
    expect(await screen.findByText(note, {}, LONG)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Импортировать' }));
    await screen.findByRole('heading', { name: 'Отчёт об импорте' }, LONG);
    const warning = screen.getByText('Проверьте, прежде чем принять').closest('.callout') as HTMLElement;
    expect(warning).toHaveTextContent(note);
    // Said, not held up: the rows are good, they only cannot tell members apart.
    expect(screen.getByRole('button', { name: 'Принять и сохранить' })).toBeEnabled();
  });

  it('proposes the scale a file is on, and reads every answer once the survey switches to it', async () => {
    const user = userEvent.setup();
    const onScaleChange = vi.fn();
    render(<Survey onScaleChange={onScaleChange} />);
    await importFile(user, csv(SEVEN_POINT));
    // E1: 6, 7, 5 four times each → the eight 6s and 7s of 24 answers are past 5.
    const warning = screen.getByText('Проверьте, прежде чем принять').closest('.callout') as HTMLElement;
    expect(warning).toHaveTextContent('Ответы в файле доходят до 7, а шкала — 1–5: 8 ответов из 24 выше 5 не будут учтены. Похоже, файл на шкале 1–7.');
    expect(screen.getByRole('button', { name: 'Принять и сохранить' })).toBeDisabled();
    // Twelve rows are in, but not in green while the warning waits: a third of their answers are not.
    const imported = () => screen.getByText('Импортировано', { selector: 'dt' }).closest('.metric');
    expect(imported()).toHaveClass('metric--neutral');

    await user.click(within(warning).getByRole('button', { name: 'Перейти на шкалу 1–7 и импортировать заново' }));
    expect(onScaleChange).toHaveBeenCalledWith(7);
    await screen.findByText('Все строки прочитаны без замечаний.', {}, LONG);
    expect(screen.queryByText('Проверьте, прежде чем принять')).not.toBeInTheDocument();
    expect(imported()).toHaveClass('metric--good');
    expect(screen.getByRole('button', { name: 'Принять и сохранить' })).toBeEnabled();
  });

  it('says how to switch by hand when the exercise offers no switch', async () => {
    const user = userEvent.setup();
    render(<DatasetImport exerciseId="survey" spec={surveySpec(5)} />);
    await importFile(user, csv(SEVEN_POINT));
    const warning = screen.getByText('Проверьте, прежде чем принять').closest('.callout') as HTMLElement;
    expect(warning).toHaveTextContent('откажитесь от этого импорта, выберите шкалу 1–7 в настройках упражнения и загрузите файл снова.');
    expect(within(warning).queryByRole('button')).not.toBeInTheDocument();
  });

  it('says the template’s example row was left out', async () => {
    const user = userEvent.setup();
    render(<DatasetImport exerciseId="roi" spec={salesSpec} />);
    await importFile(user, csv(['Клиент;Дата;Сумма', 'Пример;15.01.2025;1500', 'Иванов;16.01.2025;300']));
    expect(screen.getByText('Строка 2 — пример из шаблона: она не импортирована и не считается прочитанной.')).toBeInTheDocument();
    expect(screen.getAllByRole('definition').map((item) => item.textContent)).toEqual(['1', '1', '0']);
  });

  it('speaks English and Chinese too', async () => {
    const user = userEvent.setup();
    useWorkbookStore.setState({ settings: { locale: 'en', currency: 'RUB', presenter: false } });
    const { unmount } = render(<DatasetImport exerciseId="survey" spec={surveySpec(5)} onScaleChange={() => undefined} />);
    await user.upload(fileInput(), csv(SEVEN_POINT));
    await user.click(await screen.findByRole('button', { name: 'Import' }, LONG));
    expect(await screen.findByText('Check before you accept', {}, LONG)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Switch to the 1–7 scale and import again' })).toBeInTheDocument();
    unmount();

    useWorkbookStore.setState({ settings: { locale: 'zh', currency: 'RUB', presenter: false } });
    render(<DatasetImport exerciseId="survey" spec={surveySpec(5)} onScaleChange={() => undefined} />);
    await user.upload(fileInput(), csv(SEVEN_POINT));
    await user.click(await screen.findByRole('button', { name: '导入' }, LONG));
    expect(await screen.findByText('接受之前请检查', {}, LONG)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '改用 1–7 量表并重新导入' })).toBeInTheDocument();
  });
});
