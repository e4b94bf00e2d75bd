import type { StepProps } from '../../../src/workbook/contract';
import type { CustomerBaseState } from '../state';
import { SalesOriginNote } from './shared/SalesOriginNote';
import { useSales } from './shared/useSales';

/** Placeholder until this step's branch lands: says where the figures will come from. */
export default function DataStep({ state, update }: StepProps<CustomerBaseState>) {
  const { origin } = useSales(state);
  return <SalesOriginNote origin={origin} business={state.demoBusiness} onUseDemo={() => update((current) => ({ ...current, useDemoData: true }))} />;
}
