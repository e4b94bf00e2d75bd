import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/app/App';
import { ownFeaturesState, resetWorkbook, storedKanoState } from './helpers';
import { resetDatasetsDatabase } from '../../support/datasetsDatabase';

// jsdom has no Web Worker: the import pipeline runs in the test's thread.


// Two respondents in the template's layout; importance columns left out (they are optional).
// R1: Wi-Fi like / neutral, parking must-be / dislike. R2: Wi-Fi like / dislike, parking neutral / neutral.
const answersCsv = [
  'Респондент;Бесплатный Wi-Fi (функциональный);Бесплатный Wi-Fi (дисфункциональный);Парковка (функциональный);Парковка (дисфункциональный)',
  'R1;Нравится;Мне всё равно;Так и должно быть;Не нравится',
  'R2;нравится;Не нравится;Мне всё равно;Мне всё равно',
].join('\r\n');

describe('Kano step 3: a response file imported and accepted', () => {
  beforeEach(async () => {
    await resetDatasetsDatabase();
    resetWorkbook(ownFeaturesState());
    window.location.hash = '#/ex/kano/answers';
  });

  it('confirms the save in the same block, now showing the stored file', async () => {
    const user = userEvent.setup();
    render(<App />);
    const block = await screen.findByRole('region', { name: 'Ответы: строка на респондента, по два столбца на свойство' });
    await user.upload(within(block).getByTestId('dataset-file-input'), new File([answersCsv], 'ответы.csv', { type: 'text/csv' }));
    await within(block).findByRole('region', { name: 'Какой столбец файла что означает' });
    await user.click(within(block).getByRole('button', { name: 'Импортировать' }));
    await user.click(await within(block).findByRole('button', { name: 'Принять и сохранить' }));

    // The slot is now a stored file; the notice said in the block before the move is still there after it.
    expect(await within(block).findByText(/Файл «ответы\.csv», загружен/)).toBeInTheDocument();
    expect(within(block).getByRole('status')).toHaveTextContent('Данные сохранены.');
    expect(storedKanoState().imports.map((entry) => entry.fileName)).toEqual(['ответы.csv']);
    // 2 respondents × 2 features, every pair recognised.
    expect(await screen.findByText('Из файла: респондентов — 2, ответов по свойствам — 4.')).toBeInTheDocument();
  });
});
