/**
 * The exercise reads the same two shared files as customer base priorities, from "My data": the sales
 * (src/data/salesSpec.ts) and the optional customer list (src/data/customersSpec.ts). A file imported in either
 * exercise (or in program ROI) is used here as it is.
 */
export { salesSpec, SALES_SPEC_ID } from '../../src/data/salesSpec';
export { customersSpec, CUSTOMERS_SPEC_ID } from '../../src/data/customersSpec';

/** The exercise's id: progress, datasets and routes are keyed by it. */
export const SEGMENTATION_EXERCISE_ID = 'segmentation';
