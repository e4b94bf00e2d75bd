import { useId, type ReactNode } from 'react';
import { customersSpec } from '../data/customersSpec';
import { salesSpec } from '../data/salesSpec';
import { useFormat, useMessages } from '../i18n/useI18n';
import { DatasetImport } from '../ui/import/DatasetImport';
import { useDatasetSummary } from '../workbook/useDataset';
import { salesDataMessages } from './dataMessages';

interface Props {
  /** The exercise whose step imports: the files are shared, the import's own settings are kept per exercise. */
  exerciseId: string;
  /** Before the customer list's import: what the list's columns open in this exercise. */
  children?: ReactNode;
}

/**
 * The two shared files: the sales (required) and the customer list (optional, with what its columns open here).
 * A file already in "My data", from this exercise or another, is said to be there and is used as it is.
 */
export function DataFiles({ exerciseId, children }: Props) {
  const t = useMessages(salesDataMessages);
  const format = useFormat();
  const headingId = useId();
  const sales = useDatasetSummary(exerciseId, salesSpec);
  const customers = useDatasetSummary(exerciseId, customersSpec);
  return (
    <section className="step-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('data.files.title')}</h3>
      {sales ? <p className="finding">{t('data.sales.stored', { name: sales.fileName, date: format.date(sales.importedAt) })}</p> : null}
      <DatasetImport exerciseId={exerciseId} spec={salesSpec} headingLevel={4} />
      {children}
      {customers ? <p className="finding">{t('data.customers.stored', { name: customers.fileName, date: format.date(customers.importedAt) })}</p> : null}
      <DatasetImport exerciseId={exerciseId} spec={customersSpec} headingLevel={4} />
    </section>
  );
}
