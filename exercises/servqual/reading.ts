import type { Translate } from '../../src/i18n/translate';
import type { ReadingText } from '../../src/ui/Reading';
import { changeAsShown } from '../../src/i18n/rounding';
import { DIMENSIONS, type Dimension } from './structure';
import type { WaveAnalysis, WaveComparison, WavePoint } from './model';
import type { ServqualReadingKey } from './readingMessages';

/**
 * Below this many questionnaires a mean gap moves with every answer: the usual rule of thumb of 30 per group,
 * the same threshold the Kano exercise warns at.
 */
export const SMALL_SAMPLE_RESPONDENTS = 30;
/** How many statements the reading names: enough to start a plan, few enough to read aloud. */
const TOP_GAPS = 3;
/** The gaps are read in two decimals, as the tables show them. */
const DIGITS = 2;

export interface ReadingWords {
  t: Translate<ServqualReadingKey>;
  /** A gap or change with its sign, as the tables write it (+0,30 · −1,25). */
  signed: (value: number) => string;
  dimensionName: (dimension: Dimension) => string;
  /** A statement as the reader knows it (shortened). */
  statement: (item: number) => string;
}

function smallSample(respondents: number, words: ReadingWords): string | null {
  return respondents < SMALL_SAMPLE_RESPONDENTS ? words.t('reading.smallSample', { count: respondents, min: SMALL_SAMPLE_RESPONDENTS }) : null;
}

/** The results step: the overall gap, the three statements furthest below expectations, the weakest side, what to do. */
export function resultsReading(analysis: WaveAnalysis, words: ReadingWords): ReadingText {
  const { t, signed } = words;
  const sentences = [t(analysis.unweightedScore < 0 ? 'reading.scoreBelow' : 'reading.scoreAbove', { score: signed(analysis.unweightedScore) })];
  const shortfalls = analysis.items
    .filter((item): item is typeof item & { gap: number } => item.gap !== null && item.gap < 0)
    // Most negative first; ties keep the questionnaire's order (sort is stable).
    .sort((a, b) => a.gap - b.gap)
    .slice(0, TOP_GAPS);
  if (shortfalls.length === 0) {
    sentences.push(t('reading.noGaps'));
  } else {
    sentences.push(t('reading.topGaps', { items: shortfalls.map((item) => t('reading.item', { statement: words.statement(item.item), gap: signed(item.gap) })).join(t('reading.separator')) }));
    const weakest = DIMENSIONS.map((dimension) => analysis.dimensions[dimension])
      .filter((result): result is typeof result & { gap: number } => result.gap !== null)
      .sort((a, b) => a.gap - b.gap)[0];
    if (weakest && weakest.gap < 0) sentences.push(t('reading.weakest', { dimension: words.dimensionName(weakest.dimension), gap: signed(weakest.gap) }));
    sentences.push(t('reading.action'));
  }
  return { sentences, caution: smallSample(analysis.respondents, words) };
}

/**
 * The waves step: how the overall gap moved between the last two waves, which side moved most each way, and what
 * to check. Changes are those of the figures as shown (changeAsShown), like the table's.
 */
export function wavesReading(comparison: WaveComparison, labelOf: (point: WavePoint) => string, words: ReadingWords): ReadingText | null {
  const change = comparison.latestChange.kind === 'ok' ? comparison.latestChange : null;
  const from = change ? comparison.points.find((point) => point.id === change.fromId) : undefined;
  const to = change ? comparison.points.find((point) => point.id === change.toId) : undefined;
  if (!from || !to || from.result.kind !== 'ok' || to.result.kind !== 'ok') return null;
  const { t, signed } = words;
  const before = from.result;
  const after = to.result;
  const total = changeAsShown(before.unweightedScore, after.unweightedScore, DIGITS) ?? 0;
  const names = { from: labelOf(from), to: labelOf(to) };
  const sentences = [
    total > 0
      ? t('reading.waves.better', { ...names, change: signed(total).replace(/^\+/, '') })
      : total < 0
        ? t('reading.waves.worse', { ...names, change: signed(-total).replace(/^\+/, '') })
        : t('reading.waves.same', names),
  ];
  const moves = DIMENSIONS.map((dimension) => ({ dimension, change: changeAsShown(before.dimensionGaps[dimension], after.dimensionGaps[dimension], DIGITS) }))
    .filter((move): move is { dimension: Dimension; change: number } => move.change !== null);
  const up = moves.filter((move) => move.change > 0).sort((a, b) => b.change - a.change)[0];
  const down = moves.filter((move) => move.change < 0).sort((a, b) => a.change - b.change)[0];
  const upWords = up ? { up: words.dimensionName(up.dimension), upChange: signed(up.change) } : null;
  const downWords = down ? { down: words.dimensionName(down.dimension), downChange: signed(down.change) } : null;
  if (upWords && downWords) sentences.push(t('reading.waves.moves', { ...upWords, ...downWords }));
  else if (upWords) sentences.push(t('reading.waves.movesUp', upWords));
  else if (downWords) sentences.push(t('reading.waves.movesDown', downWords));
  sentences.push(t('reading.waves.action'));
  return { sentences, caution: smallSample(Math.min(before.respondents, after.respondents), words) };
}
