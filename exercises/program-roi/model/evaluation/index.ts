/**
 * Evaluation of a running program from sales data (the method: ./differenceInDifferences). Only what the
 * steps, the export and the demo use is exported; the windows' and groups' workings stay inside.
 */
export { addMonths, isIsoDate, type IsoDate } from './calendar';
export {
  memberListFromRows,
  parseMemberFlag,
  indexedSalesFromCodes,
  salesFromColumns,
  salesFromRows,
  salesOverview,
  type MemberListEntry,
  type Sale,
  type CodedSalesColumns,
  type SalesColumns,
  type SalesFromRows,
  type SalesOverview,
} from './salesRows';
export type { EvaluationWindow } from './windows';
export type { EvaluationCounts, MembershipSource } from './groups';
export {
  evaluateProgram,
  type DifferenceInDifferences,
  type EvaluationOutcome,
  type EvaluationRequest,
  type GroupFigures,
  type MonthlyPoint,
  type NotEnoughDataReason,
  type WindowFigures,
} from './differenceInDifferences';
export { evaluationEconomics, type EvaluationCostInputs, type EvaluationEconomics } from './economics';
export { evaluationStatus, type EvaluationStatus } from './status';
