import { useMessages } from '../../../../src/i18n/useI18n';
import { Callout } from '../../../../src/ui/Callout';
import { DatasetImport } from '../../../../src/ui/import/DatasetImport';
import { PROMO_EXERCISE_ID, receiptsSpec } from '../../inputs';
import { receiptsMessages } from '../../messages/receipts';
import type { ReceiptsOrigin } from '../shared/useReceipts';

interface Props {
  origin: ReceiptsOrigin;
  onUseDemo: () => void;
}

/** Where the receipts come from, said plainly, and the import of the participant's own file (with its template). */
export function ReceiptsData({ origin, onUseDemo }: Props) {
  const t = useMessages(receiptsMessages);
  return (
    <section className="step-section" aria-labelledby="pp-receipts-data">
      <h3 id="pp-receipts-data">{t('receipts.data.title')}</h3>
      {origin === 'demo' ? (
        <Callout tone="info" title={t('receipts.demo.title')}>
          <p>{t('receipts.demo.body')}</p>
        </Callout>
      ) : null}
      {origin === 'none' ? (
        <Callout
          tone="info"
          title={t('receipts.none.title')}
          actions={
            <button type="button" className="button" onClick={onUseDemo}>
              {t('receipts.none.useDemo')}
            </button>
          }
        >
          <p>{t('receipts.none.body')}</p>
        </Callout>
      ) : null}
      <DatasetImport exerciseId={PROMO_EXERCISE_ID} spec={receiptsSpec} headingLevel={4} />
    </section>
  );
}
