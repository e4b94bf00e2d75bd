import { beforeEach, describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { useDataset } from '../../../src/workbook/useDataset';
import { useWorkbookStore } from '../../../src/store/workbookStore';
import { saveDataset } from '../../../src/store/datasets';
import type { DatasetSummary } from '../../../src/store/schema';
import { datasetSummary, workbookSettings } from '../../builders';
import { entry, resetDatasetsDatabase } from './helpers';

function summary(fileName: string, rowsImported: number, importedAt: string): DatasetSummary {
  return datasetSummary(fileName, rowsImported, { sheet: fileName, importedAt });
}

/** What a step would show: the status, and the customers of the rows once ready. */
function Probe() {
  const dataset = useDataset('roi', { id: 'sales' });
  return (
    <div>
      <p data-testid="status">{dataset.status}</p>
      <p data-testid="rows">{dataset.rows?.map((row) => row.customer).join(',') ?? ''}</p>
      <p data-testid="error">{dataset.error?.code ?? ''}</p>
      <button type="button" onClick={() => void dataset.remove()}>
        remove
      </button>
    </div>
  );
}

async function store(fileName: string, customers: string[], importedAt: string) {
  const meta = summary(fileName, customers.length, importedAt);
  await saveDataset('roi', 'sales', customers.map((customer) => ({ customer })), meta);
  useWorkbookStore.getState().setDatasetSummary('roi', 'sales', meta);
}

describe('useDataset', () => {
  beforeEach(async () => {
    await resetDatasetsDatabase();
    useWorkbookStore.setState({ settings: workbookSettings(), exercises: { roi: entry() } });
  });

  it('says "none" before an import, reads the rows after one, and again after a replace', async () => {
    render(<Probe />);
    expect(screen.getByTestId('status')).toHaveTextContent('none');

    await act(() => store('январь.csv', ['Иванов', 'Петров'], '2026-11-01T10:00:00.000Z'));
    expect(await screen.findByText('Иванов,Петров')).toBeInTheDocument();
    expect(screen.getByTestId('status')).toHaveTextContent('ready');

    await act(() => store('февраль.csv', ['Сидоров'], '2026-11-02T10:00:00.000Z'));
    expect(await screen.findByText('Сидоров')).toBeInTheDocument();
  });

  it('removes the rows and the summary together', async () => {
    await store('январь.csv', ['Иванов'], '2026-11-01T10:00:00.000Z');
    render(<Probe />);
    expect(await screen.findByText('Иванов')).toBeInTheDocument();
    await act(async () => screen.getByRole('button', { name: 'remove' }).click());
    expect(await screen.findByText('none')).toBeInTheDocument();
    expect(useWorkbookStore.getState().exercises.roi?.datasets).toEqual({});
  });

  it('reports a summary whose rows are gone (site data cleared) as an error, not as empty data', async () => {
    useWorkbookStore.getState().setDatasetSummary('roi', 'sales', summary('пропавший.csv', 10, '2026-11-01T10:00:00.000Z'));
    render(<Probe />);
    expect(await screen.findByText('error')).toBeInTheDocument();
    expect(screen.getByTestId('error')).toHaveTextContent('missing');
  });
});
