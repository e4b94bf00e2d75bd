import { INTL_TAG, type Locale } from '../../../../src/i18n/locale';
import type { Translate } from '../../../../src/i18n/translate';
import type { ReadingText } from '../../../../src/ui/Reading';
import type { SegmentTargets } from '../../../../src/results/segmentTargets';
import type { ResultRead } from '../../../../src/workbook/results';
import type { GoalMessageKey } from '../../messages/goal';
import type { Goal, ProgramDesignState } from '../../state';

type Segment = SegmentTargets['segments'][number];

/** More goals than this and the program has no priority: the reading says so. */
export const MAX_GOALS = 3;
/** Goals about customers the business does not have yet: a loyalty program serves them poorly on its own. */
const NOT_FOR_CURRENT: ReadonlySet<Goal> = new Set<Goal>(['acquire', 'knowCustomers']);

/** How the step's target list reads the segmentation: what it offers, which of those are chosen, which are gone. */
export interface TargetChoice {
  /** The segmentation's result can be chosen from. */
  ready: boolean;
  segments: readonly Segment[];
  chosen: readonly Segment[];
  /** Keys the participant chose that the segmentation no longer has. */
  gone: readonly string[];
}

export function targetChoice(state: ProgramDesignState, read: ResultRead<SegmentTargets>): TargetChoice {
  if (read.status !== 'ready') return { ready: false, segments: [], chosen: [], gone: [] };
  const { segments } = read.value;
  const known = new Set(segments.map((segment) => segment.key));
  const picked = new Set(state.target.segmentKeys);
  return {
    ready: true,
    segments,
    chosen: segments.filter((segment) => picked.has(segment.key)),
    gone: state.target.segmentKeys.filter((key) => !known.has(key)),
  };
}

/** What step 1 says first: what is missing, and what the goal, the targets and the stage imply. */
export function goalReading(state: ProgramDesignState, choice: TargetChoice, locale: Locale, t: Translate<GoalMessageKey>): ReadingText {
  const sentences: string[] = [];
  const { goals } = state;
  if (goals.length === 0) sentences.push(t('goal.reading.noGoal'));
  else if (goals.length > MAX_GOALS) sentences.push(t('goal.reading.tooMany', { count: goals.length }));

  const fromSegmentation = state.target.source === 'segmentation' && choice.ready;
  const described = state.target.description.trim() !== '';
  if (state.target.source === 'segmentation' && !choice.ready && !described) sentences.push(t('goal.reading.notFilled'));
  if (fromSegmentation) {
    if (choice.chosen.length === 0) sentences.push(t('goal.reading.noSegments'));
    else sentences.push(t('goal.reading.segments', { names: new Intl.ListFormat(INTL_TAG[locale], { type: 'conjunction' }).format(choice.chosen.map((segment) => segment.name[locale])) }));
    if (choice.gone.length > 0) sentences.push(t('goal.reading.gone', { count: choice.gone.length }));
    if (goals.includes('winBack') && choice.chosen.length > 0 && !choice.chosen.some((segment) => segment.strategyKey === 'winBack')) {
      sentences.push(t('goal.reading.winBackNoLapsed'));
    }
  } else if (state.target.source === 'own' && !described) {
    sentences.push(t('goal.reading.noDescription'));
  }

  if (goals.length > 0 && goals.every((goal) => NOT_FOR_CURRENT.has(goal)) && goals.includes('acquire')) sentences.push(t('goal.reading.acquire'));
  if (goals.length > 0 && state.goalText.trim() === '') sentences.push(t('goal.reading.noGoalText'));
  if (state.market === null || state.stage === null) sentences.push(t('goal.reading.noMarketStage'));
  else sentences.push(t(`goal.reading.stage.${state.stage}`));
  return { sentences, caution: null };
}
