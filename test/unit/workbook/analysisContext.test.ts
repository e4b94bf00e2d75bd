import { describe, expect, it } from 'vitest';
import { createAnalysisContext } from '../../../src/workbook/analysis/context';

describe('an analysis worker’s memory', () => {
  it('drops the least recently used value, so what every run reads survives the values made from it', () => {
    const { context } = createAnalysisContext(() => undefined);
    let reads = 0;
    const sales = () => context.remember('sales', () => ++reads);
    sales();
    // Eight kept values at most: the sales, then one base per window tried, the sales read before each.
    for (let window = 1; window <= 12; window++) {
      sales();
      context.remember(`base:${window}`, () => window);
    }
    expect(reads).toBe(1);
    // The oldest bases went instead: base:1 is made again, base:12 is still there.
    let made = 0;
    context.remember('base:1', () => ++made);
    context.remember('base:12', () => ++made);
    expect(made).toBe(1);
  });
});
