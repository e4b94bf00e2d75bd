import { LADDER_STAGES, type LoyaltyState, type LadderStage } from '../state';
import { blankLoyaltyState } from './blank';

/**
 * The demo retailer (demo/README.md): a chain of shops with an online store and corporate clients, a loyalty
 * card, monthly purchases. Texts the participant would write stay empty: each field then shows the catalogue's
 * suggestion in the interface's language, and the demo survey and sales stand in for the participant's files.
 */
export function demoLoyaltyState(): LoyaltyState {
  const blank = blankLoyaltyState();
  return {
    ...blank,
    useDemoData: true,
    business: { model: 'b2c', purchaseCycleDays: 30, longLifeCycle: false, identification: 'card', activeCustomers: 900, dataAvailable: ['sales', 'surveys', 'complaints'] },
    meaning: {
      ...blank.meaning,
      view: 'both',
      typeShares: { brand: 15, channel: 10, function: 10, price: 25, experience: 10, intermittent: 10, changing: 10, dispersed: 10 },
      ladder: Object.fromEntries(LADDER_STAGES.map((stage) => [stage, { used: true, strategy: '' }])) as Record<LadderStage, { used: boolean; strategy: string }>, // Cast: one entry per stage.
    },
    plan: [
      { metric: 'nps', source: '', method: '', frequency: 'quarterly', owner: '', target: 30, alarm: 0 },
      { metric: 'csat', source: '', method: '', frequency: 'monthly', owner: '', target: 80, alarm: 65 },
      { metric: 'repeatRate', source: '', method: '', frequency: 'monthly', owner: '', target: 70, alarm: 55 },
      { metric: 'retention', source: '', method: '', frequency: 'monthly', owner: '', target: 80, alarm: 65 },
      { metric: 'cohortRetention', source: '', method: '', frequency: 'quarterly', owner: '', target: 40, alarm: 25 },
      { metric: 'complaintRate', source: '', method: '', frequency: 'monthly', owner: '', target: 1, alarm: 3 },
    ],
    survey: { ...blank.survey, questions: ['nps', 'csat', 'ces', 'attitude', 'customerId', 'segment'] },
  };
}

export { blankLoyaltyState };
