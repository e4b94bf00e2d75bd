/**
 * The pure model of the "Loyalty program ROI" exercise, split by responsibility: the discount
 * break-even, the program's economics over a horizon, and the sensitivity of its ROI.
 */
export * from './model/discount';
export * from './model/programEconomics';
export * from './model/sensitivity';
