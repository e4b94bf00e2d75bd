import { useEffect, useMemo, useState } from 'react';
import { calendarDayIso } from '../../../../src/i18n/format';
import { useAnalysis, type AnalysisState } from '../../../../src/workbook/analysis/useAnalysis';
import { useDatasetRef } from '../../../../src/workbook/useDataset';
import { salesSpec } from '../../../../src/data/salesSpec';
import { analyseBehaviour, behaviourOptions, behaviourSalesFromRows, defaultWindow, demoDay, type BehaviourResult, type BehaviourSales, type DayRange } from '../../model/behaviour';
import type { LoyaltyState } from '../../state';
import { LOYALTY_EXERCISE_ID } from '../../inputs';
import { behaviourAnalysis } from '../../analysis/source';
import type { BehaviourAnalysisResult, BehaviourRequest } from '../../analysis/behaviourAnalysis';

/** Where the shown figures come from: the participant's file, the demo retailer standing in, or nothing yet. */
export type BehaviourSource = 'imported' | 'demo' | 'none';

export type BehaviourView =
  | { kind: 'loading' }
  | { kind: 'none' }
  /** The stored sales could not be read. */
  | { kind: 'unreadable' }
  | { kind: 'result'; source: 'imported' | 'demo'; result: BehaviourResult; demoRows: number | null };

interface DemoSales {
  sales: BehaviourSales;
  rows: number;
  /** The demo's last day: its story is fixed, so a seminar held before that day must not see its sales as future. */
  lastDay: string;
}

/** The demo retailer's sales, loaded on demand so its rows stay off the pages that do not show them. */
function useDemoSales(wanted: boolean): DemoSales | null {
  const [demo, setDemo] = useState<DemoSales | null>(null);
  useEffect(() => {
    if (!wanted || demo !== null) return;
    let current = true;
    void import('../../demo/retailer').then(({ demoSalesRows, DEMO_SALES_TO }) => {
      const rows = demoSalesRows();
      if (current) setDemo({ sales: behaviourSalesFromRows(rows), rows: rows.length, lastDay: DEMO_SALES_TO });
    });
    return () => {
      current = false;
    };
  }, [wanted, demo]);
  return wanted ? demo : null;
}

/**
 * The behaviour figures for the current data and settings. Imported sales are analysed in the step's worker
 * (analysis/behaviourAnalysis.ts), which reads them once per import; the page gets the figures. The demo
 * retailer's sales, small, are analysed here with the same function.
 */
export function useBehaviour(state: LoyaltyState): { source: BehaviourSource; view: BehaviourView; defaults: DayRange | null } {
  const sales = useDatasetRef(LOYALTY_EXERCISE_ID, salesSpec);
  const options = behaviourOptions(state);
  // The day the step opened: rows after it are in the future. Kept for the visit so a rerun compares alike.
  const [today] = useState(() => calendarDayIso(new Date()));
  const request: BehaviourRequest | null = sales === null ? null : { sales, options, today };
  const analysis = useAnalysis(behaviourAnalysis, request);
  const source: BehaviourSource = sales !== null ? 'imported' : state.useDemoData ? 'demo' : 'none';
  const demo = useDemoSales(source === 'demo');
  const { period, windowFrom, windowTo, lapseFactor, oneTimeLapseDays, countRowsAsPurchases } = options;
  const demoToday = demo === null ? today : demoDay(today, demo.lastDay);
  const demoResult = useMemo(
    () => (demo === null ? null : analyseBehaviour(demo.sales, { period, windowFrom, windowTo, lapseFactor, oneTimeLapseDays, countRowsAsPurchases }, demoToday)),
    [demo, period, windowFrom, windowTo, lapseFactor, oneTimeLapseDays, countRowsAsPurchases, demoToday],
  );

  const view = behaviourView(source, demo && demoResult ? { result: demoResult, rows: demo.rows } : null, analysis);
  const result = view.kind === 'result' ? view.result : null;
  const data = result === null || result.kind === 'noSales' ? null : result.kind === 'ready' ? result.figures.data : result.data;
  return { source, view, defaults: data === null ? null : defaultWindow(data, source === 'demo' ? demoToday : today) };
}


function behaviourView(source: BehaviourSource, demo: { result: BehaviourResult; rows: number } | null, analysis: AnalysisState<BehaviourAnalysisResult>): BehaviourView {
  if (source === 'none') return { kind: 'none' };
  if (source === 'demo') return demo ? { kind: 'result', source, result: demo.result, demoRows: demo.rows } : { kind: 'loading' };
  const latest = analysis.status === 'done' ? analysis.result : analysis.status === 'running' ? analysis.previous : null;
  if (analysis.status === 'failed' || latest?.kind === 'salesUnreadable') return { kind: 'unreadable' };
  if (latest === null) return { kind: 'loading' };
  return { kind: 'result', source, result: latest.result, demoRows: null };
}
