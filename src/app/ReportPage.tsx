import { Suspense, useEffect } from 'react';
import { findExercise } from '../../exercises';
import { useWorkbookStore } from '../store/workbookStore';
import { useFormat, useT, useText } from '../i18n/useI18n';
import type { AnyExercise } from '../workbook/contract';
import { useExercise } from '../workbook/useExercise';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { Callout } from '../ui/Callout';
import { routeHref } from '../workbook/route';

/** Every step on one page, so "Print" gives a whole report with its charts, not just the current step. */
export function ReportPage({ exerciseId }: { exerciseId: string }) {
  const exercise = findExercise(exerciseId);
  const t = useT();
  if (!exercise) return <Callout tone="warning">{t('exercise.notFound')}</Callout>;
  return <Report exercise={exercise} />;
}

function Report({ exercise }: { exercise: AnyExercise }) {
  const t = useT();
  const text = useText();
  const format = useFormat();
  const session = useExercise(exercise);
  const locale = useWorkbookStore((store) => store.settings.locale);

  // The trainer reads a printout away from the browser: say whether the figures are the demo's or the participant's own.
  const files = Object.values(session.entry?.datasets ?? {}).map((dataset) =>
    t('exercise.reportFile', { file: dataset.fileName, sheet: dataset.sheet, rows: format.number(dataset.rowsImported, 0), date: format.date(dataset.importedAt) }),
  );
  const dataSource = [
    t(session.showingDemo ? 'exercise.reportSourceDemo' : 'exercise.reportSourceBlank'),
    ...(files.length ? files : [t('exercise.reportNoFiles')]),
  ].join('; ');

  useEffect(() => {
    // Charts size themselves after layout; give them a moment before the print dialog freezes the page.
    const timer = window.setTimeout(() => window.print(), 900);
    return () => window.clearTimeout(timer);
  }, []);

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
            <ErrorBoundary fallback={<Callout tone="danger">{t('exercise.stepFailed')}</Callout>}>
              <Suspense fallback={<p>{t('exercise.loadingStep')}</p>}>
                <StepComponent state={session.state} update={session.update} locale={locale} presenter={false} />
              </Suspense>
            </ErrorBoundary>
          </section>
        );
      })}
    </article>
  );
}
