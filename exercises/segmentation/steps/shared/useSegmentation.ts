import { useMemo, useState } from 'react';
import { useAnalysis } from '../../../../src/workbook/analysis/useAnalysis';
import { salesStepView, type SalesStepView } from '../../../../src/customers/salesStepView';
import { useSales, type SalesOrigin } from '../../../../src/customers/useSales';
import type { SegmentationRequest, SegmentationResult } from '../../analysis/segmentationAnalysis';
import { segmentationAnalysis } from '../../analysis/segmentationSource';
import { SEGMENTATION_EXERCISE_ID } from '../../inputs';
import type { SegmentationState } from '../../state';

export type SegmentationView = SalesStepView<Extract<SegmentationResult, { kind: 'ready' }>['figures']>;

export interface SegmentListChoice {
  segment: string;
  page: number;
}

/** What the settings that change figures are, as sent to the worker: rule names and targets are left out. */
export function figuresSettings(state: SegmentationState): Pick<SegmentationRequest, 'behaviour' | 'bands' | 'segments'> {
  const { mode, rules, crossTab } = state.segments;
  return {
    behaviour: state.behaviour,
    bands: state.criteria.bands,
    segments: { mode, crossTab, rules: rules.map(({ id, conditions }) => ({ id, name: null, conditions })) },
  };
}

/**
 * The segmentation of the sales the steps read, from its worker, with the page of one segment's customers the
 * participant is looking at (null: none asked); while a changed setting or page is computed, the last figures
 * stay on screen.
 */
export function useSegmentation(state: SegmentationState, list: SegmentListChoice | null = null): { origin: SalesOrigin; hasCustomerList: boolean; view: SegmentationView } {
  const { origin, request: base, hasCustomerList } = useSales(SEGMENTATION_EXERCISE_ID, state);
  const settings = JSON.stringify(figuresSettings(state));
  const listKey = list === null ? null : `${list.page}|${list.segment}`;
  const request = useMemo<SegmentationRequest | null>(() => {
    if (base === null) return null;
    // Cast: parsed back from the string made just above.
    const parsed = JSON.parse(settings) as ReturnType<typeof figuresSettings>;
    const chosen = listKey === null ? null : { page: Number(listKey.slice(0, listKey.indexOf('|'))), segment: listKey.slice(listKey.indexOf('|') + 1) };
    return { ...base, ...parsed, list: chosen };
  }, [base, settings, listKey]);
  const analysis = useAnalysis(segmentationAnalysis, request);
  const asked = request !== null;
  // The same object while the analysis is unchanged, so that a step can defer it and skip redrawing what did not change.
  const view = useMemo<SegmentationView>(() => {
    const stepView = salesStepView(asked, analysis);
    return stepView.kind === 'ready' ? { ...stepView, result: stepView.result.figures } : stepView;
  }, [asked, analysis]);
  return { origin, hasCustomerList, view };
}

/** A list choice that is kept in the step (not in the stored state): which segment's customers and which page. */
export function useListChoice(): [SegmentListChoice | null, (choice: SegmentListChoice | null) => void] {
  return useState<SegmentListChoice | null>(null);
}
