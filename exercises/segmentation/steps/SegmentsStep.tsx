import { useMemo } from 'react';
import { boundsByCriterion } from '../content/names';
import { useFormat, useLocale, useMessages } from '../../../src/i18n/useI18n';
import { INTL_TAG } from '../../../src/i18n/locale';
import type { StepProps } from '../../../src/workbook/contract';
import { Reading } from '../../../src/ui/Reading';
import { SalesStepStatus } from '../../../src/customers/SalesStepStatus';
import { SEGMENTATION_EXERCISE_ID } from '../inputs';
import { segmentsMessages } from '../messages/segments';
import type { SegmentationState, SegmentsSettings } from '../state';
import { useNames } from './shared/useNames';
import { useSegmentation } from './shared/useSegmentation';
import { CrossTab } from './segments/CrossTab';
import { ModeChoice } from './segments/ModeChoice';
import { SegmentRules } from './segments/SegmentRules';
import { offeredCriteria } from './segments/segmentFigures';
import { segmentsReading } from './segments/segmentsReading';
import './segments/segments.css';

/**
 * Step 3 "Segments": the participant's segments as an ordered rule list (first match wins, the rest "others") or
 * as the cells of a cross-tab of two criteria, with each segment's customers and share of revenue as they edit.
 * Switching between the two keeps both definitions; only the mode changes.
 */
export default function SegmentsStep({ state, update, presenter }: StepProps<SegmentationState>) {
  const t = useMessages(segmentsMessages);
  const format = useFormat();
  const locale = useLocale();
  const { origin, view } = useSegmentation(state);
  const names = useNames(origin, state.segments);
  const figures = view.kind === 'ready' ? view.result : null;
  const offered = useMemo(() => offeredCriteria(state.criteria.chosen, figures), [state.criteria.chosen, figures]);
  const listFormat = useMemo(() => new Intl.ListFormat(INTL_TAG[locale], { type: 'conjunction' }), [locale]);
  const setSegments = (change: Partial<SegmentsSettings>) => update((current) => ({ ...current, segments: { ...current.segments, ...change } }));
  const reading = useMemo(() => {
    if (figures === null) return null;
    const bounds = boundsByCriterion(figures);
    return segmentsReading(figures, state.segments, {
      t,
      segment: (key) => names.segment(key, bounds),
      criterion: names.criterion,
      missing: names.missing,
      percent: (share) => format.percent(share, 0),
      list: (items) => listFormat.format(items),
    });
  }, [figures, state.segments, t, names, format, listFormat]);
  const mode = state.segments.mode;
  // On the projector the segments come first; how they are defined follows them.
  const modeChoice = <ModeChoice value={mode} onChange={(next) => setSegments({ mode: next })} />;
  return (
    <>
      {reading ? <Reading reading={reading} /> : null}
      <SalesStepStatus exerciseId={SEGMENTATION_EXERCISE_ID} origin={origin} business={state.demoBusiness} view={view} failed={(message) => t('segments.failed', { message })} onUseDemo={() => update((current) => ({ ...current, useDemoData: true }))} />
      {presenter ? null : <p className="explain">{t('segments.intro')}</p>}
      <div className="sg-segments" aria-busy={view.kind === 'ready' && view.updating}>
        {presenter ? null : modeChoice}
        {mode === 'rules' ? (
          <SegmentRules rules={state.segments.rules} figures={figures} names={names} offered={offered} takenIds={Object.keys(state.targets)} onChange={(rules) => setSegments({ rules })} />
        ) : (
          <CrossTab crossTab={state.segments.crossTab} figures={figures} names={names} offered={offered} onChange={(crossTab) => setSegments({ crossTab })} />
        )}
        {presenter ? modeChoice : null}
      </div>
    </>
  );
}
