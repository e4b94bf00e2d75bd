import { useMessages } from '../../../../src/i18n/useI18n';
import { Callout } from '../../../../src/ui/Callout';
import { sharedMessages } from '../../messages/shared';
import { indicatorsMessages } from '../../messages/indicators';
import type { ReceiptsOrigin } from '../shared/useReceipts';
import { ReceiptsOriginNote } from '../shared/ReceiptsOriginNote';
import type { IndicatorsView } from './useIndicators';
import { Pending } from '../../../../src/ui/Pending';

/** Where the figures come from and, until they are there, why not: nothing yet, computing, unreadable, failed. */
export function IndicatorsStatus({ origin, view, onUseDemo }: { origin: ReceiptsOrigin; view: IndicatorsView; onUseDemo: () => void }) {
  const t = useMessages(indicatorsMessages);
  const shared = useMessages(sharedMessages);
  return (
    <>
      <ReceiptsOriginNote origin={origin} unreadable={view.kind === 'unreadable'} onUseDemo={onUseDemo} />
      {view.kind === 'loading' ? <Pending>{shared('origin.loading')}</Pending> : null}
      {view.kind === 'failed' ? (
        <Callout tone="warning">
          <p>{t('indicators.failed', { message: view.message })}</p>
        </Callout>
      ) : null}
    </>
  );
}
