import type { RfmSegmentRule } from './settings';

/**
 * The default named segments: the set the R package rfm's introduction tabulates (names, R, F, M score ranges;
 * its article "Introduction to RFM"), in its order, for rfm_segment's rule "the first rule that holds names the
 * customer" (the package's own since 2020: a customer already named is not renamed; model/rfmSegments.ts).
 * Taken as tabulated, five of the eleven could never name anyone: "new customers" and "promising" lie inside
 * "potential loyalist", "can't lose them" inside "at risk", and "lost" (R, F, M ≤ 2) is the same set as
 * "hibernating". So here each rule that lies inside an earlier one comes just before it, and "lost" is narrowed to
 * the lowest scores on all three (1, 1, 1), leaving "hibernating" the other long-gone, rare, small buyers. Every
 * rule then holds at least one score triple (test/unit/customers/rfmSegments.test.ts). The package's
 * ranges are kept otherwise; names are the interface's (messages by id) until the participant edits one.
 */
export const DEFAULT_RFM_SEGMENTS: readonly RfmSegmentRule[] = [
  { id: 'champions', name: null, r: [4, 5], f: [4, 5], m: [4, 5] },
  { id: 'loyal', name: null, r: [2, 5], f: [3, 5], m: [3, 5] },
  { id: 'newCustomers', name: null, r: [4, 5], f: [1, 1], m: [1, 1] },
  { id: 'promising', name: null, r: [3, 4], f: [1, 1], m: [1, 1] },
  { id: 'potentialLoyalist', name: null, r: [3, 5], f: [1, 3], m: [1, 3] },
  { id: 'needAttention', name: null, r: [2, 3], f: [2, 3], m: [2, 3] },
  { id: 'aboutToSleep', name: null, r: [2, 3], f: [1, 2], m: [1, 2] },
  { id: 'cantLose', name: null, r: [1, 1], f: [4, 5], m: [4, 5] },
  { id: 'atRisk', name: null, r: [1, 2], f: [2, 5], m: [2, 5] },
  { id: 'lost', name: null, r: [1, 1], f: [1, 1], m: [1, 1] },
  { id: 'hibernating', name: null, r: [1, 2], f: [1, 2], m: [1, 2] },
];

export type DefaultRfmSegmentId = 'champions' | 'cantLose' | 'loyal' | 'atRisk' | 'newCustomers' | 'promising' | 'potentialLoyalist' | 'needAttention' | 'aboutToSleep' | 'lost' | 'hibernating';
