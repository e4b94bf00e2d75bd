import type { Formatters } from '../../../../src/i18n/format';
import type { Translate } from '../../../../src/i18n/translate';
import type { ReadingText } from '../../../../src/ui/Reading';
import type { SurveyMessageKey } from '../../messages/survey';
import { answersForMargin, npsDifference, type NpsResult } from '../../model/nps';
import type { SegmentResults, SurveyResults } from '../../model/survey';

/** Below this many answers a first survey's NPS moves by more than ±10 points from chance alone. */
const SMALL_SAMPLE_MARGIN = 10;

/** NPS as the screen writes it: whole points, the minus sign "−". */
export const npsPoints = (format: Formatters, score: number): string => format.number(score, 0);
/** A margin of error in points, one decimal: ± 11.7. */
export const marginPoints = (format: Formatters, margin: number): string => format.number(margin, 1);

/** The segment whose NPS is lowest, when it is lower than the highest by more than chance. */
function segmentToWatch(segments: readonly SegmentResults[]): { segment: SegmentResults; nps: NpsResult } | 'even' | null {
  const compared = segments.filter((segment) => !segment.tooSmall && segment.nps !== null);
  if (compared.length < 2) return null;
  const byScore = [...compared].sort((a, b) => (a.nps?.score ?? 0) - (b.nps?.score ?? 0));
  const lowest = byScore[0];
  const highest = byScore[byScore.length - 1];
  if (!lowest?.nps || !highest?.nps) return null;
  const difference = npsDifference(lowest.nps, highest.nps);
  return difference?.significant ? { segment: lowest, nps: lowest.nps } : 'even';
}

/** The plain-language reading that opens the results: the NPS, what its margin means, the segment to watch, a small-sample caution. */
export function surveyReading(results: SurveyResults, t: Translate<SurveyMessageKey>, format: Formatters, segmentName: (segment: string | null) => string): ReadingText {
  const nps = results.nps;
  if (nps === null) return { sentences: results.answers > 0 ? [t('survey.reading.noNps')] : [], caution: null };
  const interval = nps.adjusted;
  const sentences = [
    t('survey.reading.nps', { score: npsPoints(format, nps.score), promoters: format.percent(nps.promoterShare, 0), detractors: format.percent(nps.detractorShare, 0) }),
    t('survey.reading.margin', { count: nps.answers, low: npsPoints(format, interval.low), high: npsPoints(format, interval.high), margin: marginPoints(format, interval.margin) }),
  ];
  const watch = segmentToWatch(results.segments);
  if (watch === 'even') sentences.push(t('survey.reading.even'));
  else if (watch !== null) sentences.push(t('survey.reading.watch', { segment: segmentName(watch.segment.segment), score: npsPoints(format, watch.nps.score) }));
  const needed = answersForMargin(SMALL_SAMPLE_MARGIN);
  const caution = nps.answers < needed / 2 ? t('survey.reading.small', { count: nps.answers, margin: marginPoints(format, interval.margin), needed }) : null;
  return { sentences, caution };
}
