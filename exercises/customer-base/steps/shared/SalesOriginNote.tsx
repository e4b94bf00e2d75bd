import { useMessages } from '../../../../src/i18n/useI18n';
import { Callout } from '../../../../src/ui/Callout';
import { routeHref } from '../../../../src/workbook/route';
import { CUSTOMER_BASE_EXERCISE_ID } from '../../inputs';
import { sharedMessages } from '../../messages/shared';
import type { DemoBusiness } from '../../state';
import type { SalesOrigin } from './useSales';

interface Props {
  origin: SalesOrigin;
  business: DemoBusiness;
  /** The step's analysis could not read the stored sales, or found nothing to count. */
  problem?: 'salesUnreadable' | 'noSales' | null;
  onUseDemo: () => void;
}

/** Where a results step's sales come from, said plainly: nothing yet (with the two ways on), a demo business, or a problem. */
export function SalesOriginNote({ origin, business, problem = null, onUseDemo }: Props) {
  const t = useMessages(sharedMessages);
  if (problem !== null) {
    return (
      <Callout tone="warning">
        <p>{t(problem === 'salesUnreadable' ? 'origin.unreadable' : 'origin.noSales')}</p>
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
            <a className="button button--primary" href={routeHref({ page: 'exercise', exerciseId: CUSTOMER_BASE_EXERCISE_ID, stepId: 'data' })}>
              {t('origin.toData')}
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
  if (origin === 'demo') return <p className="note">{t(business === 'shop' ? 'origin.demo.shop' : 'origin.demo.distributor')}</p>;
  return null;
}
