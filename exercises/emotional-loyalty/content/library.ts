/**
 * The libraries the participant picks from: touchpoints of a default journey per business, ideas, the qualities
 * staff need, and dates that matter to customers. The data is split by library (journeys.ts, ideas.ts,
 * qualities.ts, occasions.ts); the names and the steps read it from here.
 */
export type { LibraryIdea, LibraryOccasion, LibraryQuality, LibraryTouchpoint } from './libraryTypes';
export { DEFAULT_JOURNEYS } from './journeys';
export { IDEA_LIBRARY } from './ideas';
export { QUALITY_LIBRARY } from './qualities';
export { OCCASION_LIBRARY } from './occasions';
