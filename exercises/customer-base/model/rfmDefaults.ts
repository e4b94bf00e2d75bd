import type { RfmSegmentRule } from '../state';

/**
 * The default named segments, after the set the R package rfm documents (its segment names and R, F, M score
 * ranges), reordered for "the first rule that holds wins": the narrow rules that the package lets overwrite a
 * broad one ("can't lose them" inside "at risk", "new" inside "potential loyalist") come before it here, so each
 * customer gets the same name as there. Names are the interface's (messages by id) until the participant edits one.
 */
export const DEFAULT_RFM_SEGMENTS: readonly RfmSegmentRule[] = [
  { id: 'champions', name: null, r: [4, 5], f: [4, 5], m: [4, 5] },
  { id: 'cantLose', name: null, r: [1, 1], f: [4, 5], m: [4, 5] },
  { id: 'loyal', name: null, r: [2, 5], f: [3, 5], m: [3, 5] },
  { id: 'atRisk', name: null, r: [1, 2], f: [2, 5], m: [2, 5] },
  { id: 'newCustomers', name: null, r: [4, 5], f: [1, 1], m: [1, 1] },
  { id: 'promising', name: null, r: [3, 4], f: [1, 1], m: [1, 1] },
  { id: 'potentialLoyalist', name: null, r: [3, 5], f: [1, 3], m: [1, 3] },
  { id: 'needAttention', name: null, r: [2, 3], f: [2, 3], m: [2, 3] },
  { id: 'aboutToSleep', name: null, r: [2, 3], f: [1, 2], m: [1, 2] },
  { id: 'lost', name: null, r: [1, 1], f: [1, 2], m: [1, 2] },
  { id: 'hibernating', name: null, r: [1, 2], f: [1, 2], m: [1, 2] },
];

export type DefaultRfmSegmentId = 'champions' | 'cantLose' | 'loyal' | 'atRisk' | 'newCustomers' | 'promising' | 'potentialLoyalist' | 'needAttention' | 'aboutToSleep' | 'lost' | 'hibernating';
