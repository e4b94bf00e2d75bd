import type { Formatters } from '../../../../src/i18n/format';
import { INTL_TAG } from '../../../../src/i18n/locale';
import type { ReadingText } from '../../../../src/ui/Reading';
import type { ResultRead } from '../../../../src/workbook/results';
import { sameFigures } from '../../../../src/results/programFigures';
import type { RoiOutcome } from '../../../../src/results/roiOutcome';
import { missingFigures } from '../../links';
import { RULE_TOPICS, type ProgramDesignState } from '../../state';
import type { ChecklistTally } from '../../content/mistakes';
import type { NamesT } from '../mistakes/wording';
import type { OnePageT } from './figures';

/**
 * Where the design stands in the ROI exercise: evaluated on the figures it has now, evaluated on other figures
 * (the design changed since, or ROI's were typed there), or not evaluated at all.
 */
export type RoiStanding =
  | { kind: 'current'; outcome: RoiOutcome }
  | { kind: 'outdated'; outcome: RoiOutcome }
  | { kind: 'typedThere'; outcome: RoiOutcome }
  | { kind: 'notEvaluated' };

export function roiStanding(read: ResultRead<RoiOutcome>, figures: ProgramDesignState['economics']): RoiStanding {
  if (read.status !== 'ready') return { kind: 'notEvaluated' };
  const outcome = read.value;
  if (sameFigures(outcome.figures, figures)) return { kind: 'current', outcome };
  return outcome.sentFrom === null ? { kind: 'typedThere', outcome } : { kind: 'outdated', outcome };
}

/** The parts of the sheet still empty, named as the sheet names them. */
export function missingParts(state: ProgramDesignState, t: OnePageT): string[] {
  const parts: string[] = [];
  if (state.goals.length === 0 && state.goalText.trim() === '') parts.push(t('onePage.goal'));
  if (state.target.description.trim() === '' && state.target.segmentKeys.length === 0) parts.push(t('onePage.target'));
  if (state.mechanics.chosen.length === 0) parts.push(t('onePage.mechanics'));
  if (RULE_TOPICS.every((topic) => state.rules[topic].trim() === '')) parts.push(t('onePage.rules'));
  if (missingFigures(state.economics).length > 0) parts.push(t('onePage.figures'));
  return parts;
}

/** The one-page program in words: what it is, the risks that remain, what ROI said, what is still empty. */
export function onePageReading(
  state: ProgramDesignState,
  tally: ChecklistTally,
  standing: RoiStanding,
  t: OnePageT,
  names: NamesT,
  format: Formatters,
): ReadingText {
  const missing = missingParts(state, t);
  const list = (items: string[]) => new Intl.ListFormat(INTL_TAG[format.locale], { type: 'conjunction' }).format(items);
  if (state.goals.length === 0 && state.mechanics.chosen.length === 0 && state.name.trim() === '') {
    return { sentences: [t('reading.notDesigned')], caution: null };
  }
  const goals = state.goals.length === 0 ? t('reading.noGoal') : list(state.goals.map((goal) => names(`goal.${goal}`).toLocaleLowerCase(INTL_TAG[format.locale])));
  const rules = RULE_TOPICS.filter((topic) => state.rules[topic].trim() !== '').length;
  const sentences = [
    t('reading.summary', { name: state.name.trim() || t('onePage.untitled'), goals, count: state.mechanics.chosen.length, rules, total: RULE_TOPICS.length }),
    tally.flagged.length > 0 ? t('reading.risks', { count: tally.flagged.length }) : t('reading.noRisks'),
    roiSentence(standing, t, format),
  ];
  return { sentences, caution: missing.length > 0 ? t('reading.missing', { list: list(missing) }) : null };
}

function roiSentence(standing: RoiStanding, t: OnePageT, format: Formatters): string {
  if (standing.kind === 'notEvaluated') return t('reading.notEvaluated');
  if (standing.kind !== 'current') return t('reading.outdated');
  const { outcome } = standing;
  const horizon = t('unit.months', { count: outcome.figures.horizonMonths ?? 0 });
  if (outcome.paybackMonth === null) return t('reading.neverPays', { horizon });
  if (outcome.roi === null) return t('reading.paysNoCost', { month: outcome.paybackMonth });
  return t('reading.pays', { month: outcome.paybackMonth, horizon, roi: format.signedPercent(outcome.roi) });
}
