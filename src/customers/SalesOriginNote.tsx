import { useMessages } from '../i18n/useI18n';
import { Callout } from '../ui/Callout';
import { routeHref } from '../workbook/route';
import { sharedMessages } from './originMessages';
import type { DemoBusiness } from './settings';
import type { SalesOrigin } from './useSales';

interface Props {
  /** The exercise whose data step the note sends the participant to. */
  exerciseId: string;
  origin: SalesOrigin;
  business: DemoBusiness;
  /** The step's analysis could not read the stored sales, or found nothing to count. */
  problem?: 'salesUnreadable' | 'noSales' | null;
  onUseDemo: () => void;
}

/** Where a results step's sales come from, said plainly: nothing yet (with the two ways on), a demo business, or a problem. */
export function SalesOriginNote({ exerciseId, origin, business, problem = null, onUseDemo }: Props) {
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
            <a className="button button--primary" href={routeHref({ page: 'exercise', exerciseId, stepId: 'data' })}>
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
