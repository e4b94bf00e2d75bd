import type { CustomerBaseState } from '../state';
import { blankCustomerBaseState } from './blank';

/** The demo distributor (src/customers/DEMO.md): its sales and customer list stand in until the participant's own are there. */
export function demoCustomerBaseState(): CustomerBaseState {
  return { ...blankCustomerBaseState(), useDemoData: true };
}

export { blankCustomerBaseState };
