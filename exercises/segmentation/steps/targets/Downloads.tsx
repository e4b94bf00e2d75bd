import { useState } from 'react';
import { calendarDayIso } from '../../../../src/i18n/format';
import { useFormat, useLocale, useMessages } from '../../../../src/i18n/useI18n';
import { sharedMessages } from '../../../../src/customers/originMessages';
import { Callout } from '../../../../src/ui/Callout';
import { runAnalysisOnce } from '../../../../src/workbook/analysis/runAnalysis';
import { downloadRowsCsv, downloadSheetsXlsx } from '../../../../src/workbook/tableDownload';
import type { BaseRequest } from '../../../../src/customers/read';
import { customersAnalysis } from '../../analysis/customersSource';
import type { SegmentationNames } from '../../content/names';
import { customerRows } from '../../export/customers';
import { targetsMessages } from '../../messages/targets';
import type { SegmentationState } from '../../state';
import { figuresSettings } from '../shared/useSegmentation';

/**
 * The per-customer table for the participant's CRM, every customer in one file: computed in a worker of its own
 * (the page never holds 100,000 rows), then written as .xlsx or CSV.
 */
export function Downloads({ state, base, names }: { state: SegmentationState; base: BaseRequest; names: SegmentationNames }) {
  const t = useMessages(targetsMessages);
  const shared = useMessages(sharedMessages);
  const locale = useLocale();
  const format = useFormat();
  const [working, setWorking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const download = async (kind: 'xlsx' | 'csv') => {
    setWorking(true);
    setFailure(null);
    try {
      const data = await runAnalysisOnce(customersAnalysis, { ...base, ...figuresSettings(state) });
      if (data.result.kind !== 'ready' || data.customers === null) {
        setFailure(shared(data.result.kind === 'salesUnreadable' ? 'origin.unreadable' : 'origin.noSales'));
        return;
      }
      const rows = customerRows(data.customers, data.result.figures, names, state, locale);
      const fileName = `${t('download.file')} ${calendarDayIso(new Date())}`;
      if (kind === 'csv') await downloadRowsCsv(fileName, rows, locale);
      else await downloadSheetsXlsx(fileName, [{ name: t('export.sheetCustomers'), rows }], { locale, currency: format.currency });
    } catch (error) {
      setFailure(t('download.failed', { reason: error instanceof Error ? error.message : String(error) }));
    } finally {
      setWorking(false);
    }
  };

  return (
    <section className="step-section no-print" aria-labelledby="sg-targets-download-title">
      <h3 id="sg-targets-download-title">{t('download.title')}</h3>
      <p className="explain">{t('download.explain')}</p>
      <div className="sg-targets-downloads">
        <button type="button" className="button button--primary" disabled={working} onClick={() => void download('xlsx')}>
          {t('download.xlsx')}
        </button>
        <button type="button" className="button" disabled={working} onClick={() => void download('csv')}>
          {t('download.csv')}
        </button>
        {working ? <span role="status">{t('download.working')}</span> : null}
      </div>
      {failure ? (
        <Callout tone="warning">
          <p>{failure}</p>
        </Callout>
      ) : null}
    </section>
  );
}
