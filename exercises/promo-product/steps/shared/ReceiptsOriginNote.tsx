import { useMessages } from '../../../../src/i18n/useI18n';
import { Callout } from '../../../../src/ui/Callout';
import { routeHref } from '../../../../src/workbook/route';
import { PROMO_EXERCISE_ID } from '../../inputs';
import { sharedMessages } from '../../messages/shared';
import type { ReceiptsOrigin } from './useReceipts';
import './receiptsOrigin.css';

interface Props {
  origin: ReceiptsOrigin;
  /** The step's analysis could not read the stored receipts. */
  unreadable?: boolean;
  onUseDemo: () => void;
}

/** Where a results step's receipts come from, said plainly: nothing yet (with the two ways on), the demo store, or a read failure. */
export function ReceiptsOriginNote({ origin, unreadable = false, onUseDemo }: Props) {
  const t = useMessages(sharedMessages);
  if (unreadable) {
    return (
      <Callout tone="warning">
        <p>{t('origin.unreadable')}</p>
      </Callout>
    );
  }
  if (origin === 'none') {
    return (
      <Callout
        tone="info"
        title={t('origin.noneTitle')}
        actions={
          <>
            <a className="button button--primary" href={routeHref({ page: 'exercise', exerciseId: PROMO_EXERCISE_ID, stepId: 'receipts' })}>
              {t('origin.toReceipts')}
            </a>
            <button type="button" className="button" onClick={onUseDemo}>
              {t('origin.useDemo')}
            </button>
          </>
        }
      >
        <p>{t('origin.none')}</p>
      </Callout>
    );
  }
  if (origin === 'demo') return <p className="note pp-origin-note">{t('origin.demo')}</p>;
  return null;
}
