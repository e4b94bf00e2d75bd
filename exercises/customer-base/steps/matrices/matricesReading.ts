import type { Translate } from '../../../../src/i18n/translate';
import type { ReadingText } from '../../../../src/ui/Reading';
import type { MatricesResult } from '../../analysis/matricesAnalysis';
import { CELLS } from '../../model/matrices';
import type { MatricesMessageKey } from '../../messages/matrices';
import { walletShare } from '../../model/matrices';

export interface MatricesReadingTools {
  t: Translate<MatricesMessageKey>;
  percent: (share: number) => string;
}

/** Below this many customers in a matrix, its groups are a handful each: the reading says to look at names, not shares. */
export const FEW_CUSTOMERS = 20;

/**
 * What step 5 says first: where the growth is (develop), whom to hold on to (keep), the big customers who buy
 * little, and Reinartz & Kumar's true friends against butterflies.
 */
export function matricesReading(result: Extract<MatricesResult, { kind: 'ready' }>, { t, percent }: MatricesReadingTools): ReadingText {
  const sentences: string[] = [];
  const { potential, size, duration } = result.matrices;
  if (potential.kind === 'ready') {
    const develop = potential.figures.lh;
    const wallet = walletShare(develop.annualRevenue, develop.other);
    if (develop.customers > 0 && wallet !== null) sentences.push(t('reading.develop', { count: develop.customers, wallet: percent(wallet) }));
    const total = CELLS.reduce((sum, cell) => sum + potential.figures[cell].revenue, 0);
    const keep = potential.figures.hh;
    if (keep.customers > 0 && total > 0) sentences.push(t('reading.keep', { count: keep.customers, share: percent(keep.revenue / total) }));
  } else {
    sentences.push(t('reading.noPotential'));
  }
  if (size.kind === 'ready' && size.figures.lh.customers > 0) sentences.push(t('reading.sizeUnder', { count: size.figures.lh.customers }));
  if (duration.kind === 'ready') {
    const key = result.basis === 'profit' ? 'reading.friends' : 'reading.friendsRevenue';
    sentences.push(t(key, { count: duration.figures.hh.customers, butterflies: duration.figures.hl.customers }));
  }
  const placed = duration.kind === 'ready' ? duration.placed : 0;
  return { sentences, caution: placed < FEW_CUSTOMERS ? t('reading.few', { count: placed }) : null };
}
