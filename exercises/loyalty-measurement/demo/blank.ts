import { LADDER_STAGES, LOYALTY_TYPES, DICK_BASU_CELLS, type LoyaltyState, type LadderStage, type LoyaltyType, type DickBasuCell } from '../state';

/** Everything not entered: the participant's own business, definition and plan are theirs to write. */
export function blankLoyaltyState(): LoyaltyState {
  return {
    useDemoData: false,
    business: { model: null, purchaseCycleDays: null, longLifeCycle: false, identification: null, activeCustomers: null, dataAvailable: [] },
    meaning: {
      view: null,
      definition: '',
      typeShares: Object.fromEntries(LOYALTY_TYPES.map((type) => [type, null])) as Record<LoyaltyType, number | null>, // Cast: one entry per type.
      ladder: Object.fromEntries(LADDER_STAGES.map((stage) => [stage, { used: false, strategy: '' }])) as Record<LadderStage, { used: boolean; strategy: string }>, // Cast: one entry per stage.
    },
    plan: [],
    survey: { questions: ['nps', 'csat', 'customerId'], attitudeStatements: [], files: [], typedAnswers: [], targetMargin: 10, minSegmentAnswers: 30 },
    behaviour: { period: null, windowFrom: null, windowTo: null, lapseFactor: 3, oneTimeLapseDays: 180, countRowsAsPurchases: false },
    matrix: {
      estimatedShares: Object.fromEntries(DICK_BASU_CELLS.map((cell) => [cell, null])) as Record<DickBasuCell, number | null>, // Cast: one entry per cell.
      actions: Object.fromEntries(DICK_BASU_CELLS.map((cell) => [cell, ''])) as Record<DickBasuCell, string>, // Cast: one entry per cell.
      minPurchases: null,
    },
    conclusions: { nextMeasurement: null, notes: '', baseline: null },
  };
}
