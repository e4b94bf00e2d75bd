import { useFormat, useMessages } from '../i18n/useI18n';
import { DatasetImport } from '../ui/import/DatasetImport';
import { useDatasetSummary } from '../workbook/useDataset';
import { CUSTOMER_BASE_EXERCISE_ID, customersSpec, salesSpec } from '../../exercises/customer-base/inputs';
import { dataMessages } from '../../exercises/customer-base/messages/data';

/**
 * The two shared files: the sales (required) and the customer list (optional, with what each of its columns
 * opens). A file already in "My data", from this exercise or another, is said to be there and is used as it is.
 */
export function DataFiles() {
  const t = useMessages(dataMessages);
  const format = useFormat();
  const sales = useDatasetSummary(CUSTOMER_BASE_EXERCISE_ID, salesSpec);
  const customers = useDatasetSummary(CUSTOMER_BASE_EXERCISE_ID, customersSpec);
  return (
    <section className="step-section" aria-labelledby="cb-data-files">
      <h3 id="cb-data-files">{t('data.files.title')}</h3>
      {sales ? <p className="finding">{t('data.sales.stored', { name: sales.fileName, date: format.date(sales.importedAt) })}</p> : null}
      <DatasetImport exerciseId={CUSTOMER_BASE_EXERCISE_ID} spec={salesSpec} headingLevel={4} />
      <p className="explain">{t('data.customers.about')}</p>
      <ul className="explain cb-data-list-columns">
        <li>{t('data.customers.potential')}</li>
        <li>{t('data.customers.size')}</li>
        <li>{t('data.customers.plan')}</li>
        <li>{t('data.customers.credit')}</li>
        <li>{t('data.customers.costToServe')}</li>
        <li>{t('data.customers.categories')}</li>
      </ul>
      {customers ? <p className="finding">{t('data.customers.stored', { name: customers.fileName, date: format.date(customers.importedAt) })}</p> : null}
      <DatasetImport exerciseId={CUSTOMER_BASE_EXERCISE_ID} spec={customersSpec} headingLevel={4} />
    </section>
  );
}
