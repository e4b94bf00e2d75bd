/**
 * The pure model of the "Loyalty program ROI" exercise, split by responsibility: the discount
 * break-even, the program's economics over a horizon, the sensitivity of its ROI, and the evaluation
 * of a running program from sales data.
 */
export * from '../../src/economics/discount';
export * from './model/programEconomics';
export * from './model/sensitivity';
export * from './model/evaluation';
