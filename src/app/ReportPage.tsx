import { Suspense, useCallback, useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { findExercise } from '../../exercises';
import { selectDatasetSummary, useWorkbookStore } from '../store/workbookStore';
import { useFormat, useMessages, useT, useText } from '../i18n/useI18n';
import type { AnyExercise } from '../workbook/contract';
import { useExercise } from '../workbook/useExercise';
import { demoLoaded, useLoaded } from '../workbook/demoOnDemand';
import { ReadingStepHeading } from '../ui/Reading';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { Callout } from '../ui/Callout';
import { routeHref } from '../workbook/route';
import { datasetSourceText } from '../ui/datasetSource';
import { datasetLocation } from '../store/datasetLocation';
import { teamName, type DatasetSummary } from '../store/schema';
import { teamMessages } from '../handin/teamMessages';

/** How long the printed report waits for its figures and charts before it opens the print dialog regardless. */
const PRINT_WAIT_MAX_MS = 15_000;

/** Every step on one page, so "Print" gives a whole report with its charts, not just the current step. */
export function ReportPage({ exerciseId }: { exerciseId: string }) {
  const exercise = findExercise(exerciseId);
  const t = useT();
  if (!exercise) return <Callout tone="warning">{t('exercise.notFound')}</Callout>;
  return <Report exercise={exercise} />;
}

function sharedInputs(exercise: AnyExercise, store: Parameters<typeof selectDatasetSummary>[0]): DatasetSummary[] {
  const kinds = new Set(exercise.inputs.flatMap((spec) => (spec.shared === undefined ? [] : [spec.shared])));
  return [...kinds].flatMap((shared) => selectDatasetSummary(store, datasetLocation(exercise.id, { id: shared, shared })) ?? []);
}

function Report({ exercise }: { exercise: AnyExercise }) {
  // A report of an exercise never changed prints its demo: wait for it (the app's Suspense says the page is loading).
  useLoaded(demoLoaded(exercise));
  return <LoadedReport exercise={exercise} />;
}

function LoadedReport({ exercise }: { exercise: AnyExercise }) {
  const t = useT();
  const text = useText();
  const format = useFormat();
  const session = useExercise(exercise);
  const locale = useWorkbookStore((store) => store.settings.locale);
  const team = useWorkbookStore((store) => teamName(store.settings));
  const th = useMessages(teamMessages);

  // The trainer reads a printout away from the browser: say whether the figures are the demo's or the participant's own,
  // from the exercise's own files and the shared ones it reads from "My data" (the ROI evaluation's sales).
  const shared = useWorkbookStore(useShallow((store) => sharedInputs(exercise, store)));
  const files = [...Object.values(session.entry?.datasets ?? {}), ...shared].map((dataset) => datasetSourceText(dataset, t, format));
  const dataSource = [
    t(session.showingDemo ? 'exercise.reportSourceDemo' : 'exercise.reportSourceBlank'),
    ...(files.length ? files : [t('exercise.reportNoFiles')]),
  ].join('; ');

  // Steps load lazily: printing on a timer alone printed "Loading the step…" in their place on a slow computer.
  const [loaded, setLoaded] = useState<ReadonlySet<string>>(() => new Set());
  const markLoaded = useCallback((stepId: string) => setLoaded((current) => (current.has(stepId) ? current : new Set(current).add(stepId))), []);
  const allLoaded = exercise.steps.every((step) => loaded.has(step.id));

  useEffect(() => {
    if (!allLoaded) return;
    // The dialog freezes the page as it is: it opens once nothing on the report says it is still working (a worker
    // computing, a chart waiting for its turn to draw), or after PRINT_WAIT_MAX_MS all the same.
    const started = Date.now();
    let timer = window.setTimeout(function printWhenSettled() {
      const working = document.querySelector('.report [data-pending], .report [aria-busy="true"]') !== null;
      if (working && Date.now() - started < PRINT_WAIT_MAX_MS) timer = window.setTimeout(printWhenSettled, 100);
      else window.print();
    }, 400);
    return () => window.clearTimeout(timer);
  }, [allLoaded]);

  return (
    <article className="report">
      <div className="report__actions no-print">
        <a className="button" href={routeHref({ page: 'exercise', exerciseId: exercise.id, stepId: session.entry?.currentStep ?? null })}>
          ← {t('exercise.backToExercise')}
        </a>
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          {t('exercise.print')}
        </button>
      </div>
      <header className="report__header">
        <p className="eyebrow">
          {t('app.title')} · {t('home.practicum', { number: exercise.order })}
        </p>
        <h1>{text(exercise.title)}</h1>
        {/* Whose work it is: a trainer collects a room's printouts. */}
        {team === '' ? null : <p className="report__team">{th('team.line', { team })}</p>}
        <p className="muted">{t('exercise.reportPrinted', { date: format.date(new Date()) })}</p>
        <p className="muted report__source">{dataSource}</p>
      </header>
      {exercise.steps.map((step, index) => {
        const StepComponent = step.component;
        return (
          <section key={step.id} className="report__step" aria-labelledby={`report-${step.id}`}>
            <h2 id={`report-${step.id}`}>
              {index + 1}. {text(step.title)}
            </h2>
            <ErrorBoundary
              fallback={
                <>
                  <Callout tone="danger">{t('exercise.stepFailed')}</Callout>
                  <StepLoaded stepId={step.id} onLoaded={markLoaded} />
                </>
              }
            >
              <Suspense fallback={<p>{t('exercise.loadingStep')}</p>}>
                <ReadingStepHeading.Provider value={`report-${step.id}`}>
                  <StepComponent state={session.state} update={session.update} locale={locale} presenter={false} />
                </ReadingStepHeading.Provider>
                <StepLoaded stepId={step.id} onLoaded={markLoaded} />
              </Suspense>
            </ErrorBoundary>
          </section>
        );
      })}
    </article>
  );
}

/** Rendered beside a step inside its Suspense boundary: it mounts once the step's code has loaded (or failed). */
function StepLoaded({ stepId, onLoaded }: { stepId: string; onLoaded: (stepId: string) => void }) {
  useEffect(() => onLoaded(stepId), [stepId, onLoaded]);
  return null;
}
