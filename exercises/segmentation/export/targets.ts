import { decimalCell, moneyCell, percentCell, type CellValue, type SheetSpec } from '../../../src/data/sheet';
import { translator } from '../../../src/i18n/translate';
import type { ExportContext } from '../../../src/workbook/contract';
import type { SegmentationFigures } from '../analysis/segmentationAnalysis';
import { boundsByCriterion, type SegmentationNames } from '../content/names';
import { targetsMessages } from '../messages/targets';
import type { SegmentTarget, SegmentationState } from '../state';
import { suggestStrategy } from '../steps/targets/suggestStrategy';
import { keptSegmentName, keptTargets, plannedSegments } from '../steps/targets/targetPlan';
import { namesMessages } from '../messages/names';

/**
 * Step 5 as a sheet, "Target segments": every segment in segment order with the participant's decision (target,
 * strategy, offer, owner, goal), its figures and the strategy the figures suggest; then the decisions kept for
 * segments that are gone, and the notes. Without figures the decisions are still all there, under a line saying
 * the figures are missing.
 */
export function targetsSheets(state: SegmentationState, figures: SegmentationFigures | null, names: SegmentationNames, context: ExportContext): SheetSpec[] {
  const t = translator(targetsMessages, context.locale);
  const bounds = boundsByCriterion(figures);
  const decision = (target: SegmentTarget): CellValue[] => [
    target.target ? t('export.yes') : null,
    target.strategy === null ? null : names.strategy(target.strategy),
    target.offer || null,
    target.owner || null,
    target.goal || null,
  ];
  const rows: CellValue[][] = [];
  if (figures === null) rows.push([t('export.noFigures')], []);
  rows.push([
    t('plan.segment'),
    t('col.target'),
    t('plan.strategy'),
    t('plan.offer'),
    t('plan.owner'),
    t('plan.goal'),
    t('col.customers'),
    t('col.customerShare'),
    t('col.revenue'),
    t('col.revenueShare'),
    t('col.growth'),
    t('col.retention'),
    t('col.marginRate'),
    t('col.suggested'),
  ]);
  const planned = plannedSegments(state, figures);
  for (const segment of planned) {
    const { profile, metrics } = segment;
    const suggestion = profile && metrics ? suggestStrategy(metrics, profile) : null;
    rows.push([
      names.segment(segment.key, bounds),
      ...decision(segment.target),
      profile ? decimalCell(profile.customers, 0) : null,
      percentCell(metrics?.customerShare),
      moneyCell(profile?.revenue),
      percentCell(metrics?.revenueShare),
      percentCell(metrics?.growth, 1, { signed: true }),
      percentCell(metrics?.retention),
      percentCell(metrics?.marginRate),
      suggestion === null ? null : names.strategy(suggestion.strategy),
    ]);
  }
  const kept = keptTargets(state, figures);
  if (kept.length > 0) {
    const tn = translator(namesMessages, context.locale);
    rows.push([], [t('kept.title')]);
    for (const { key, target } of kept) {
      rows.push([keptSegmentName(key, state, names, bounds, (id) => tn(`segment.${id}`), (gone) => t('kept.deleted', { key: gone })), ...decision(target)]);
    }
  }
  if (state.conclusions.notes.trim() !== '') rows.push([], [t('export.notes'), state.conclusions.notes]);
  return [{ name: t('export.sheet'), rows, columnWidths: [30, 9, 22, 40, 20, 30, 11, 11, 16, 11, 11, 11, 10, 22] }];
}
