export { analyseBehaviour, defaultWindow } from './analyse';
export { PERIOD_DAYS } from './calendar';
export { INTERVAL_BIN_EDGES } from './customers';
export { behaviourOptions, demoDay } from './options';
export { COHORT_RETENTION_MONTH, cohortSummary, type CohortSummary } from './retention';
export { behaviourSalesFromCodes, behaviourSalesFromRows, behaviourSalesFromValues, type BehaviourSales, type CodedSalesColumns } from './sales';
export type * from './types';
