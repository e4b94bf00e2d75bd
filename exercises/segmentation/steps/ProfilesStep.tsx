import { useCallback, useDeferredValue, useEffect, useMemo } from 'react';
import { boundsByCriterion } from '../content/names';
import { useFormat, useMessages } from '../../../src/i18n/useI18n';
import type { StepProps } from '../../../src/workbook/contract';
import { Reading } from '../../../src/ui/Reading';
import { SalesStepStatus } from '../../../src/customers/SalesStepStatus';
import { SEGMENTATION_EXERCISE_ID } from '../inputs';
import { profilesMessages } from '../messages/profiles';
import type { SegmentationState } from '../state';
import { useNames } from './shared/useNames';
import { useListChoice, useSegmentation, type SegmentListChoice } from './shared/useSegmentation';
import { MetricChart } from './profiles/MetricChart';
import { halfPeriods, profileRows } from './profiles/profileRows';
import { profilesReading } from './profiles/profilesReading';
import { ProfileTable } from './profiles/ProfileTable';
import { LIST_CHOICE_ID, SegmentCustomers } from './profiles/SegmentCustomers';
import { ShareChart } from './profiles/ShareChart';
import './profiles/profiles.css';

/**
 * Step 4 "Segment profiles": what the segments say (the reading), each segment's customers, money, margin,
 * orders, growth and retention beside the whole base, the shares chart and a chart of one chosen figure against
 * the base, and a segment's customers a page at a time.
 */
export default function ProfilesStep({ state, update, presenter }: StepProps<SegmentationState>) {
  const t = useMessages(profilesMessages);
  const format = useFormat();
  const [chosen, setChosen] = useListChoice();
  const { mode, rules } = state.segments;
  // Before the figures name the segments, the list opens on the first rule's: one analysis, not two.
  const firstRule = mode === 'rules' ? rules[0]?.id : undefined;
  const list = useMemo<SegmentListChoice | null>(() => chosen ?? (firstRule === undefined ? null : { segment: firstRule, page: 0 }), [chosen, firstRule]);
  const { origin, view: latest } = useSegmentation(state, list);
  // Redrawing the tables, the charts and the list at once took one 125 ms task at a million lines (bench:segmentation), and
  // a change to the stored workbook (a rule changed in another tab) redraws synchronously, as every store update does.
  // What they draw is deferred, and they skip redrawing while it is unchanged: the redraw is a deferred render, in
  // which React yields between them.
  const view = useDeferredValue(latest);
  const segments = useDeferredValue(state.segments);
  const chosenCriteria = useDeferredValue(state.criteria.chosen);
  const names = useNames(origin, segments);
  const figures = view.kind === 'ready' ? view.result : null;
  const updating = view.kind === 'ready' && view.updating;

  const profiles = useMemo(() => {
    if (figures === null) return null;
    const bounds = boundsByCriterion(figures);
    return profileRows(figures, (key) => names.segment(key, bounds));
  }, [figures, names]);

  // A segment that is gone (a deleted rule, another cross-tab) or none chosen yet: the first one with customers.
  const keys = figures?.segments.map((segment) => segment.key);
  const firstPopulated = figures?.segments.find((segment) => segment.customers > 0)?.key ?? keys?.[0];
  const listGone = keys !== undefined && !updating && (list === null || !keys.includes(list.segment));
  useEffect(() => {
    if (listGone && firstPopulated !== undefined) setChosen({ segment: firstPopulated, page: 0 });
  }, [listGone, firstPopulated, setChosen]);

  const showCustomers = useCallback(
    (segment: string) => {
      setChosen({ segment, page: 0 });
      // The list is further down: the focus goes to its segment choice, which brings it into view.
      document.getElementById(LIST_CHOICE_ID)?.focus();
    },
    [setChosen],
  );

  const tableHalves = useMemo(() => {
    const halves = figures === null ? null : halfPeriods(figures.analysisDay, figures.halfMonths);
    return halves === null || figures === null ? null : { ...halves, months: figures.halfMonths };
  }, [figures]);
  const populated = figures !== null && figures.total.customers > 0;
  return (
    <>
      {profiles && figures && populated ? (
        <Reading
          reading={profilesReading(profiles.rows, profiles.total, figures, {
            t,
            percent: (share) => format.percent(share, 0),
            signedPercent: (share) => format.signedPercent(share, 0),
            ratio: (value) => format.number(value, 1),
            integer: format.integer,
            date: format.date,
          })}
        />
      ) : null}
      <SalesStepStatus exerciseId={SEGMENTATION_EXERCISE_ID} origin={origin} business={state.demoBusiness} view={view} failed={(message) => t('failed', { message })} onUseDemo={() => update((current) => ({ ...current, useDemoData: true }))} />
      {presenter ? null : <p className="explain">{t('intro')}</p>}
      {figures && profiles && !populated ? <p className="note">{t('empty')}</p> : null}
      {figures && profiles && populated ? (
        <div className="sg-profiles" aria-busy={updating} data-testid="segmentation-figures">
          <ProfileTable rows={profiles.rows} total={profiles.total} hasMargin={figures.hasMargin} halves={tableHalves} onShow={showCustomers} />
          <ShareChart rows={profiles.rows} hasMargin={figures.hasMargin} presenter={presenter} />
          <MetricChart rows={profiles.rows} total={profiles.total} presenter={presenter} />
          {list === null ? null : (
            <SegmentCustomers rows={profiles.rows} figures={figures} choice={list} chosen={chosenCriteria} names={names} onChoose={setChosen} updating={updating} />
          )}
        </div>
      ) : null}
    </>
  );
}
