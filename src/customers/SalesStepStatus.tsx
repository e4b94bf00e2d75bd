import { useMessages } from '../i18n/useI18n';
import { Callout } from '../ui/Callout';
import { sharedMessages } from './originMessages';
import { SalesOriginNote } from './SalesOriginNote';
import type { SalesStepView } from './salesStepView';
import type { DemoBusiness } from './settings';
import type { SalesOrigin } from './useSales';
import { Pending } from '../ui/Pending';

interface Props {
  exerciseId: string;
  origin: SalesOrigin;
  business: DemoBusiness;
  view: SalesStepView<unknown>;
  /** The step's own words for a worker that failed, with its message. */
  failed: (message: string) => string;
  onUseDemo: () => void;
}

/**
 * What every results step on the shared sales says above its figures: where the sales come from (or the problem
 * with them), that they are being worked through, or that the step's analysis failed.
 */
export function SalesStepStatus({ exerciseId, origin, business, view, failed, onUseDemo }: Props) {
  const shared = useMessages(sharedMessages);
  return (
    <>
      <SalesOriginNote exerciseId={exerciseId} origin={origin} business={business} problem={view.kind === 'problem' ? view.problem : null} onUseDemo={onUseDemo} />
      {view.kind === 'loading' ? (
        <Pending>{shared('origin.loading')}</Pending>
      ) : null}
      {view.kind === 'failed' ? (
        <Callout tone="warning">
          <p>{failed(view.message)}</p>
        </Callout>
      ) : null}
    </>
  );
}
