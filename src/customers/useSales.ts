import { useMemo } from 'react';
import { useLocale } from '../i18n/useI18n';
import { useDatasetRef } from '../workbook/useDataset';
import { labelNamer } from './demoLabels';
import type { BaseRequest, SalesSource } from './read';
import { customersSpec } from '../data/customersSpec';
import { salesSpec } from '../data/salesSpec';
import type { DemoBusiness, PeriodSettings } from './settings';

/** Where a step's figures come from: the participant's sales, a demo business standing in, or nothing yet. */
export type SalesOrigin = 'imported' | 'demo' | 'none';

export interface SalesInput {
  origin: SalesOrigin;
  /** What to hand the step's analysis, with the participant's period; null when there is nothing to read. */
  request: BaseRequest | null;
  /** The participant's customer list is there (the demo always has one). */
  hasCustomerList: boolean;
}

/** What of an exercise's state decides which sales its steps read. */
export interface SalesChoice {
  useDemoData: boolean;
  demoBusiness: DemoBusiness;
  period: PeriodSettings;
}

/** The sales every step reads: the participant's import ("My data", shared) wins over the demo business. */
export function useSales(exerciseId: string, state: SalesChoice): SalesInput {
  const sales = useDatasetRef(exerciseId, salesSpec);
  const customers = useDatasetRef(exerciseId, customersSpec);
  const source: SalesSource | null = sales !== null ? { kind: 'stored', sales, customers } : state.useDemoData ? { kind: 'demo', business: state.demoBusiness } : null;
  const origin: SalesOrigin = source === null ? 'none' : source.kind === 'stored' ? 'imported' : 'demo';
  const request = useMemo(() => (source === null ? null : { source, period: state.period }), [JSON.stringify(source), state.period]); // eslint-disable-line react-hooks/exhaustive-deps -- the source is rebuilt each render; its content keys the request
  return { origin, request, hasCustomerList: origin === 'demo' || customers !== null };
}

/**
 * How a label (region, manager, product, customer type) is named on screen, in exports and in print: the demo's
 * codes in the interface's language, a participant's labels exactly as their file writes them.
 */
export function useLabelName(origin: SalesOrigin): (label: string) => string {
  const locale = useLocale();
  return useMemo(() => labelNamer(origin === 'demo', locale), [origin, locale]);
}
