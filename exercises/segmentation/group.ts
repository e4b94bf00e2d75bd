import type { GroupCell, GroupSection } from '../../src/handin/format';
import { labelNamer } from '../../src/customers/demoLabels';
import { rfmSegmentMessages } from '../../src/customers/rfmSegmentNames';
import { createFormatters } from '../../src/i18n/format';
import { perLocale, type LocalizedText } from '../../src/i18n/locale';
import type { Dictionaries } from '../../src/i18n/messages';
import { translator } from '../../src/i18n/translate';
import { runAnalysisOnce } from '../../src/workbook/analysis/runAnalysis';
import type { GroupDeclaration } from '../../src/workbook/contract';
import type { SegmentationFigures } from './analysis/segmentationAnalysis';
import { segmentationAnalysis } from './analysis/segmentationSource';
import { boundsByCriterion, segmentationNames } from './content/names';
import { exportSalesSource } from './export';
import { groupMessages } from './messages/group';
import { namesMessages } from './messages/names';
import { targetsMessages } from './messages/targets';
import { OTHERS_KEY } from './model/segments';
import type { SegmentationState } from './state';
import { figuresSettings } from './steps/shared/useSegmentation';
import { plannedSegments, type PlannedSegment } from './steps/targets/targetPlan';

/** A message of the exercise in every language: the trainer may read the group view in another one than the team's. */
const text = <K extends string>(dictionaries: Dictionaries<K>, key: K): LocalizedText => perLocale((locale) => translator(dictionaries, locale)(key));
const count = (value: number | null): GroupCell => ({ kind: 'number', value, decimals: 0 });
const share = (value: number | null): GroupCell => ({ kind: 'percent', value, decimals: 1 });

/** Spaces and case do not make two teams' segments different: "Key  accounts" and "key accounts" line up. */
const normalized = (name: string) => name.trim().toLocaleLowerCase('ru').replace(/\s+/g, ' ');

/**
 * Rows line up across teams by what a segment is, not by its id in one team's browser: a starter rule or the rest
 * by its fixed id, a cross-tab cell by its values, a segment the team named by its name.
 */
function rowKey(state: SegmentationState, key: string): string {
  if (key === OTHERS_KEY || state.segments.mode === 'crossTab') return key;
  const rule = state.segments.rules.find((candidate) => candidate.id === key);
  if (!rule || rule.name === null || rule.name.trim() === '') return key;
  return `name:${normalized(rule.name)}`;
}

/**
 * What the trainer compares across teams: how many segments and targets each team made, every segment's share of
 * customers and of revenue, and the strategy chosen for each target segment. The figures come from the exercise's
 * worker, as the export's do (customers never reach the page); without them the targets are still handed in.
 */
export const segmentationGroup: GroupDeclaration<SegmentationState> = {
  summarize: async ({ state, datasets }) => {
    const context = { locale: 'ru' as const, format: createFormatters('ru', 'RUB'), datasets };
    const source = exportSalesSource(state, context);
    let figures: SegmentationFigures | null = null;
    if (source !== null) {
      try {
        const result = await runAnalysisOnce(segmentationAnalysis, { source, period: state.period, ...figuresSettings(state), list: null });
        figures = result.kind === 'ready' ? result.figures : null;
      } catch {
        // The worker died: the team still hands in its targets, with the figures left blank.
        figures = null;
      }
    }
    const bounds = boundsByCriterion(figures);
    const names = perLocale((locale) =>
      segmentationNames(translator(namesMessages, locale), translator(rfmSegmentMessages, locale), createFormatters(locale, 'RUB'), labelNamer(source?.kind === 'demo', locale), state.segments),
    );
    const segmentName = (key: string): LocalizedText => perLocale((locale) => names[locale].segment(key, bounds));
    const planned = plannedSegments(state, figures);
    // Two rules a team named alike would share a row: the second keeps its own id instead.
    const keys = new Map<string, string>();
    for (const segment of planned) {
      const key = rowKey(state, segment.key);
      keys.set(segment.key, [...keys.values()].includes(key) ? segment.key : key);
    }
    const row = (segment: PlannedSegment, cell: GroupCell) => ({ key: keys.get(segment.key) ?? segment.key, label: segmentName(segment.key), cell });
    const targets = planned.filter((segment) => segment.target.target);
    const overview: GroupSection = {
      id: 'overview',
      title: text(groupMessages, 'group.overview'),
      rows: [
        { key: 'customers', label: text(groupMessages, 'group.customers'), cell: count(figures?.total.customers ?? null) },
        { key: 'segments', label: text(groupMessages, 'group.segments'), cell: count(figures === null ? null : planned.filter((segment) => segment.profile !== null).length) },
        { key: 'targets', label: text(groupMessages, 'group.targets'), cell: count(targets.length) },
      ],
    };
    const withFigures = planned.filter((segment) => segment.metrics !== null);
    const customerShare: GroupSection = {
      id: 'customerShare',
      title: text(targetsMessages, 'col.customerShare'),
      rows: withFigures.map((segment) => row(segment, share(segment.metrics?.customerShare ?? null))),
    };
    const revenueShare: GroupSection = {
      id: 'revenueShare',
      title: text(targetsMessages, 'col.revenueShare'),
      rows: withFigures.map((segment) => row(segment, share(segment.metrics?.revenueShare ?? null))),
    };
    const strategies: GroupSection = {
      id: 'targets',
      title: text(targetsMessages, 'plan.title'),
      rows: targets.map((segment) => {
        const strategy = segment.target.strategy;
        return row(segment, { kind: 'text', value: strategy === null ? text(groupMessages, 'group.noStrategy') : perLocale((locale) => names[locale].strategy(strategy)) });
      }),
    };
    return { sections: [overview, customerShare, revenueShare, strategies] };
  },
};
