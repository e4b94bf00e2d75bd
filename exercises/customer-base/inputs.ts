/**
 * The exercise reads two shared files from "My data": the sales (src/data/salesSpec.ts: customer, date, amount;
 * cost or margin, document, product, manager, region when the file has them) and the customer list
 * (src/data/customersSpec.ts: potential, size, plan, credit limit, debt, cost to serve, region, channel, type).
 * Either may have been imported in another exercise: a file is imported once for the whole workbook.
 */
export { salesSpec, SALES_SPEC_ID } from '../../src/data/salesSpec';
export { customersSpec, CUSTOMERS_SPEC_ID } from '../../src/data/customersSpec';

/** The exercise's id: progress, datasets and routes are keyed by it. */
export const CUSTOMER_BASE_EXERCISE_ID = 'customer-base';
