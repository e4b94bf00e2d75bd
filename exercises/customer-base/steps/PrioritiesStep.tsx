import { CUSTOMER_BASE_EXERCISE_ID } from '../inputs';
import { useState } from 'react';
import { useFormat, useMessages } from '../../../src/i18n/useI18n';
import { Reading } from '../../../src/ui/Reading';
import type { StepProps } from '../../../src/workbook/contract';
import { prioritiesMessages } from '../messages/priorities';
import type { CustomerBaseState, Direction } from '../state';
import { SalesStepStatus } from '../../../src/customers/SalesStepStatus';
import { useSales } from '../../../src/customers/useSales';
import { Actions } from './priorities/Actions';
import { CustomerList } from './priorities/CustomerList';
import { DirectionTable } from './priorities/DirectionTable';
import { Downloads } from './priorities/Downloads';
import { usePriorities } from './priorities/usePriorities';
import { prioritiesReading } from './priorities/prioritiesReading';
import './priorities/priorities.css';

/**
 * Step 7 "Priorities": every customer's direction (invest, keep, win back, serve at lower cost, review the terms)
 * from steps 2–6, the revenue behind each, what the participant will do, and the per-customer table for the CRM.
 */
export default function PrioritiesStep({ state, update, presenter }: StepProps<CustomerBaseState>) {
  const t = useMessages(prioritiesMessages);
  const format = useFormat();
  const [filter, setFilter] = useState<{ direction: Direction | null; page: number }>({ direction: null, page: 0 });
  const { origin, view } = usePriorities(state, filter.direction, filter.page);
  const { request: base } = useSales(CUSTOMER_BASE_EXERCISE_ID, state);
  const ready = view.kind === 'ready' ? view.result : null;
  const onUseDemo = () => update((current) => ({ ...current, useDemoData: true }));
  const actions = <Actions state={state} update={update} />;
  return (
    <>
      {ready ? <Reading reading={prioritiesReading(ready, t, format)} /> : null}
      {presenter ? null : <p className="explain">{t('priorities.intro')}</p>}
      <SalesStepStatus exerciseId={CUSTOMER_BASE_EXERCISE_ID} origin={origin} business={state.demoBusiness} view={view} failed={(message) => t('priorities.failed', { message })} onUseDemo={onUseDemo} />
      {ready ? (
        <div aria-busy={view.kind === 'ready' && view.updating}>
          <DirectionTable result={ready} onShow={(direction) => setFilter({ direction, page: 0 })} />
          {presenter ? null : actions}
          <CustomerList list={ready.list} rules={state.rfm.segments} onFilter={(direction) => setFilter({ direction, page: 0 })} onPage={(page) => setFilter((current) => ({ ...current, page }))} />
          {base && !presenter ? <Downloads state={state} base={base} /> : null}
          {presenter ? actions : null}
        </div>
      ) : (
        actions
      )}
    </>
  );
}
