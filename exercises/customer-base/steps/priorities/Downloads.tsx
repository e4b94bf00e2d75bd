import { useLocale, useMessages } from '../../../../src/i18n/useI18n';
import { sharedMessages } from '../../../../src/customers/originMessages';
import { runAnalysisOnce } from '../../../../src/workbook/analysis/runAnalysis';
import { TableDownloads } from '../../../../src/ui/TableDownloads';
import type { BaseRequest } from '../../../../src/customers/read';
import { prioritiesRequest } from '../../analysis/prioritiesRequest';
import { prioritiesAnalysis } from '../../analysis/prioritiesSource';
import { priorityCustomerRows } from '../../export/priorities';
import { prioritiesMessages } from '../../messages/priorities';
import type { CustomerBaseState } from '../../state';

/** Every customer with their direction for the participant's CRM, computed in a worker of its own (the page never holds 100,000 rows). */
export function Downloads({ state, base }: { state: CustomerBaseState; base: BaseRequest }) {
  const t = useMessages(prioritiesMessages);
  const shared = useMessages(sharedMessages);
  const locale = useLocale();
  return (
    <TableDownloads
      texts={{
        title: t('priorities.download.title'),
        explain: t('priorities.download.explain'),
        xlsx: t('priorities.download.xlsx'),
        csv: t('priorities.download.csv'),
        working: t('priorities.download.working'),
        sheet: t('export.sheetCustomers'),
      }}
      fileName={t('priorities.download.file')}
      failed={(reason) => t('priorities.download.failed', { reason })}
      rows={async () => {
        const result = await runAnalysisOnce(prioritiesAnalysis, prioritiesRequest(state, base, 'all'));
        if (result.kind !== 'ready') return { ok: false, problem: shared(result.kind === 'salesUnreadable' ? 'origin.unreadable' : 'origin.noSales') };
        return { ok: true, rows: priorityCustomerRows(state, result.list.rows, locale) };
      }}
    />
  );
}
