import { useState } from 'react';
import { calendarDayIso } from '../../../../src/i18n/format';
import { useFormat, useLocale, useMessages } from '../../../../src/i18n/useI18n';
import { Callout } from '../../../../src/ui/Callout';
import { runAnalysisOnce } from '../../../../src/workbook/analysis/runAnalysis';
import { downloadRowsCsv, downloadSheetsXlsx } from '../../../../src/workbook/tableDownload';
import type { BaseRequest } from '../../../../src/customers/read';
import { prioritiesRequest } from '../../analysis/prioritiesRequest';
import { prioritiesAnalysis } from '../../analysis/prioritiesSource';
import { priorityCustomerRows } from '../../export/priorities';
import { prioritiesMessages } from '../../messages/priorities';
import type { CustomerBaseState } from '../../state';

/**
 * The per-customer table for the participant's CRM, every customer in one file: computed in a worker of its own
 * (the page never holds 100,000 rows), then written as .xlsx or CSV.
 */
export function Downloads({ state, base }: { state: CustomerBaseState; base: BaseRequest }) {
  const t = useMessages(prioritiesMessages);
  const locale = useLocale();
  const format = useFormat();
  const [working, setWorking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const download = async (kind: 'xlsx' | 'csv') => {
    setWorking(true);
    setFailure(null);
    try {
      const result = await runAnalysisOnce(prioritiesAnalysis, prioritiesRequest(state, base, 'all'));
      if (result.kind !== 'ready') throw new Error(result.kind);
      const rows = priorityCustomerRows(state, result.list.rows, locale);
      const fileName = `${t('priorities.download.file')} ${calendarDayIso(new Date())}`;
      if (kind === 'csv') await downloadRowsCsv(fileName, rows, locale);
      else await downloadSheetsXlsx(fileName, [{ name: t('export.sheetCustomers'), rows }], { locale, currency: format.currency });
    } catch (error) {
      setFailure(t('priorities.download.failed', { reason: error instanceof Error ? error.message : String(error) }));
    } finally {
      setWorking(false);
    }
  };

  return (
    <section className="step-section" aria-labelledby="cb-priorities-download-title">
      <h3 id="cb-priorities-download-title">{t('priorities.download.title')}</h3>
      <p className="explain">{t('priorities.download.explain')}</p>
      <div className="cb-priorities-downloads">
        <button type="button" className="button button--primary" disabled={working} onClick={() => void download('xlsx')}>
          {t('priorities.download.xlsx')}
        </button>
        <button type="button" className="button" disabled={working} onClick={() => void download('csv')}>
          {t('priorities.download.csv')}
        </button>
        {working ? <span role="status">{t('priorities.download.working')}</span> : null}
      </div>
      {failure ? (
        <Callout tone="warning">
          <p>{failure}</p>
        </Callout>
      ) : null}
    </section>
  );
}
