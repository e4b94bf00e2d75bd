import { useLocale, useMessages } from '../../../../src/i18n/useI18n';
import { sharedMessages } from '../../../../src/customers/originMessages';
import { runAnalysisOnce } from '../../../../src/workbook/analysis/runAnalysis';
import { TableDownloads } from '../../../../src/ui/TableDownloads';
import type { BaseRequest } from '../../../../src/customers/read';
import { customersAnalysis } from '../../analysis/customersSource';
import type { SegmentationNames } from '../../content/names';
import { customerRows } from '../../export/customers';
import { targetsMessages } from '../../messages/targets';
import type { SegmentationState } from '../../state';
import { figuresSettings } from '../shared/useSegmentation';

/** Every customer with their segment for the participant's CRM, computed in a worker of its own (the page never holds 100,000 rows). */
export function Downloads({ state, base, names }: { state: SegmentationState; base: BaseRequest; names: SegmentationNames }) {
  const t = useMessages(targetsMessages);
  const shared = useMessages(sharedMessages);
  const locale = useLocale();
  return (
    <TableDownloads
      texts={{ title: t('download.title'), explain: t('download.explain'), xlsx: t('download.xlsx'), csv: t('download.csv'), working: t('download.working'), sheet: t('export.sheetCustomers') }}
      fileName={t('download.file')}
      failed={(reason) => t('download.failed', { reason })}
      rows={async () => {
        const data = await runAnalysisOnce(customersAnalysis, { ...base, ...figuresSettings(state) });
        if (data.result.kind !== 'ready' || data.customers === null) return { ok: false, problem: shared(data.result.kind === 'salesUnreadable' ? 'origin.unreadable' : 'origin.noSales') };
        return { ok: true, rows: customerRows(data.customers, data.result.figures, names, state, locale) };
      }}
    />
  );
}
