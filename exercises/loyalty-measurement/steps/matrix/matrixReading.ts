import type { Translate } from '../../../../src/i18n/translate';
import { joinSentences, type ReadingText } from '../../../../src/ui/Reading';
import { DICK_BASU_CELLS, type DickBasuCell } from '../../state';
import { largestCell, type CellCounts, type DickBasuResult } from '../../model/dickBasu';
import type { MatrixMessageKey } from '../../messages/matrix';

/** Below this many matched customers one answer moves a quadrant by more than three points: the usual 30. */
export const SMALL_MATCH = 30;
/** When fewer than half the survey's ids are found in the sales, the matrix describes a part, not the survey. */
const FEW_FOUND_SHARE = 0.5;

export interface MatrixReadingWords {
  t: Translate<MatrixMessageKey>;
  percent: (share: number) => string;
}

const cellName = (t: MatrixReadingWords['t'], cell: DickBasuCell) => t(`matrix.cell.${cell}.name`);

/** The two largest groups, what the first means and what to do with it. */
function groupSentences(shares: CellCounts, words: MatrixReadingWords, first: string): string[] {
  const { t, percent } = words;
  const largest = largestCell(shares);
  const second = DICK_BASU_CELLS.filter((cell) => cell !== largest).reduce((best, cell) => (shares[cell] > shares[best] ? cell : best));
  const sentences = [first, t(`matrix.cell.${largest}.meaning`), t(`matrix.cell.${largest}.suggestion`)];
  if (shares[second] > 0) sentences.push(t('matrix.reading.second', { name: cellName(t, second), share: percent(shares[second]) }));
  return sentences;
}

/** The measured matrix: its largest group, the next, the advocates; a caution when few customers matched. */
export function measuredReading(result: DickBasuResult, words: MatrixReadingWords): ReadingText {
  const { t, percent } = words;
  const largest = largestCell(result.shares);
  const sentences = groupSentences(
    result.shares,
    words,
    t('matrix.reading.largest', { name: cellName(t, largest), share: percent(result.shares[largest]), count: result.counts[largest], total: result.matched }),
  );
  sentences.push(t('matrix.reading.advocates', { count: result.advocates, share: percent(result.advocates / result.matched) }));
  const withId = result.found + result.notFound;
  const cautions = [
    result.matched < SMALL_MATCH ? t('matrix.reading.smallSample', { count: result.matched, min: SMALL_MATCH }) : null,
    withId > 0 && result.found / withId < FEW_FOUND_SHARE ? t('matrix.reading.fewFound', { found: result.found, withId }) : null,
  ].filter((text): text is string => text !== null);
  return { sentences, caution: cautions.length > 0 ? joinSentences(cautions) : null };
}

/** The participant's estimate: the same reading of the largest group, marked as an estimate. */
export function estimatedReading(shares: CellCounts, words: MatrixReadingWords): ReadingText {
  const { t, percent } = words;
  const largest = largestCell(shares);
  return {
    sentences: groupSentences(shares, words, t('matrix.reading.largestEstimated', { name: cellName(t, largest), share: percent(shares[largest]) })),
    caution: t('matrix.reading.estimate'),
  };
}
