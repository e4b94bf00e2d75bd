import { useFormat, useMessages } from '../../../src/i18n/useI18n';
import { Callout } from '../../../src/ui/Callout';
import { Reading } from '../../../src/ui/Reading';
import { useAnalysis } from '../../../src/workbook/analysis/useAnalysis';
import type { StepProps } from '../../../src/workbook/contract';
import { receiptsAnalysis } from '../analysis/receiptsSource';
import { receiptsMessages } from '../messages/receipts';
import { sharedMessages } from '../messages/shared';
import type { PromoProductState, ReceiptSettings } from '../state';
import { useItemName, useReceipts } from './shared/useReceipts';
import { dayIso } from './receipts/dayIso';
import { LabelCleanup } from './receipts/LabelCleanup';
import { LevelChoice } from './receipts/LevelChoice';
import { ReceiptsData } from './receipts/ReceiptsData';
import { ReceiptsFigures } from './receipts/ReceiptsFigures';
import { receiptsReading } from './receipts/receiptsReading';
import './receipts/receipts.css';

/** Step 1 "Receipts": the file, what it holds and what was left out, the level, and the merged and excluded labels every other step follows. */
export default function ReceiptsStep({ state, update, presenter }: StepProps<PromoProductState>) {
  const t = useMessages(receiptsMessages);
  const shared = useMessages(sharedMessages);
  const format = useFormat();
  const { origin, request } = useReceipts(state);
  const itemName = useItemName(origin);
  const analysis = useAnalysis(receiptsAnalysis, request);
  // While a changed setting is computed, the last figures stay on screen.
  const result = analysis.status === 'done' ? analysis.result : analysis.status === 'running' ? analysis.previous : null;
  const overview = result?.kind === 'overview' ? result : null;
  const settings = state.receipts;
  const setSettings = (next: ReceiptSettings) => update((current) => ({ ...current, receipts: next }));
  const useDemo = () => update((current) => ({ ...current, useDemoData: true }));

  const data = <ReceiptsData origin={origin} onUseDemo={useDemo} />;
  const words = { t, percent: (share: number) => format.percent(share), number: (value: number) => format.fixed(value, 1), day: (day: number) => format.date(dayIso(day)) };
  return (
    <>
      {overview ? <Reading reading={receiptsReading(overview.overview, settings.level, origin === 'demo', words)} /> : null}
      <p className="explain">{t('receipts.intro')}</p>
      <p className="explain explain--detail">{t('receipts.introLayouts')}</p>
      {presenter ? null : data}
      {analysis.status === 'running' && overview === null ? <p className="note">{t('receipts.loading')}</p> : null}
      {analysis.status === 'failed' ? (
        <Callout tone="warning">
          <p>{t('receipts.failed', { message: analysis.message })}</p>
        </Callout>
      ) : null}
      {result?.kind === 'unreadable' ? (
        <Callout tone="warning">
          <p>{shared('origin.unreadable')}</p>
        </Callout>
      ) : null}
      {overview ? (
        <>
          <ReceiptsFigures overview={overview.overview} level={settings.level} />
          <LevelChoice level={settings.level} hasCategory={overview.overview.has.category} onChange={(level) => setSettings({ ...settings, level })} />
          <LabelCleanup labels={overview.labels} settings={settings} itemName={itemName} onChange={setSettings} />
        </>
      ) : null}
      {presenter ? data : null}
    </>
  );
}
