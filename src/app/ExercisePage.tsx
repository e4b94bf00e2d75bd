import { Suspense, useEffect, useMemo, useRef } from 'react';
import { findExercise } from '../../exercises';
import { useWorkbookStore } from '../store/workbookStore';
import { useT, useText } from '../i18n/useI18n';
import type { AnyExercise } from '../workbook/contract';
import { useExercise } from '../workbook/useExercise';
import { demoLoaded, useLoaded } from '../workbook/demoOnDemand';
import { packStartOf, usePackStarts } from '../workbook/packStart';
import { Stepper } from '../workbook/Stepper';
import { datasetsWithFiles, exerciseProgress } from '../workbook/progress';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { Callout } from '../ui/Callout';
import { focusWithoutScroll } from '../ui/focus';
import { importPending } from '../ui/import/pending';
import { isTypingTarget } from './usePresenterShortcut';
import { navigate, parseRoute } from '../workbook/route';
import { ExerciseToolbar } from './ExerciseToolbar';
import './presenter.css';
import { DemoBanner } from './DemoBanner';

export function ExercisePage({ exerciseId, stepId }: { exerciseId: string; stepId: string | null }) {
  const exercise = findExercise(exerciseId);
  const t = useT();
  if (!exercise) {
    return (
      <Callout tone="warning" actions={<a className="button" href="#/">{t('exercise.backHome')}</a>}>
        <p>{t('exercise.notFound')}</p>
      </Callout>
    );
  }
  return <ExerciseView exercise={exercise} requestedStepId={stepId} />;
}

function ExerciseView(props: { exercise: AnyExercise; requestedStepId: string | null }) {
  // The exercise may open on its demo: wait for it here (the app's Suspense says the page is loading).
  useLoaded(demoLoaded(props.exercise));
  return <LoadedExerciseView {...props} />;
}

function LoadedExerciseView({ exercise, requestedStepId }: { exercise: AnyExercise; requestedStepId: string | null }) {
  const t = useT();
  const text = useText();
  const session = useExercise(exercise);
  const locale = useWorkbookStore((store) => store.settings.locale);
  const presenter = useWorkbookStore((store) => store.settings.presenter);
  const packTitle = usePackStarts((store) => packStartOf(exercise.id, store.starts)?.packTitle ?? null);
  const stepIds = exercise.steps.map((step) => step.id);
  const rememberedStep = session.entry?.currentStep;
  const stepId =
    requestedStepId && stepIds.includes(requestedStepId)
      ? requestedStepId
      : rememberedStep && stepIds.includes(rememberedStep)
        ? rememberedStep
        // Cast: an exercise has at least one step (the registry test checks it).
        : (stepIds[0] as string);
  const stepIndex = stepIds.indexOf(stepId);
  const step = exercise.steps[stepIndex];
  const previousId = stepIds[stepIndex - 1];
  const nextId = stepIds[stepIndex + 1];
  const completedSteps = session.entry?.completedSteps ?? [];
  const myData = useWorkbookStore((store) => store.myData);
  const { entry, state } = session;
  const { doneStepIds } = useMemo(() => exerciseProgress(exercise, entry, datasetsWithFiles(exercise, entry, myData), state), [exercise, entry, myData, state]);

  // The address always names the step shown, so a reload or a bookmark lands here again.
  useEffect(() => {
    if (requestedStepId !== stepId) navigate({ page: 'exercise', exerciseId: exercise.id, stepId }, { replace: true });
    if (rememberedStep !== stepId) session.setCurrentStep(stepId);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stepId, requestedStepId, exercise.id]);

  // After Next, Back, the stepper or the presenter's arrows, focus moves to the new step's heading: a screen
  // reader reads where the user now is, and a second Enter no longer lands on Next and skips a step unseen.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusedStep = useRef(stepId);
  useEffect(() => {
    if (focusedStep.current === stepId) return;
    focusedStep.current = stepId;
    focusWithoutScroll(headingRef.current);
  }, [stepId]);

  const goTo = (id: string | undefined) => {
    if (!id) return;
    navigate({ page: 'exercise', exerciseId: exercise.id, stepId: id });
    window.scrollTo({ top: 0 });
  };
  const goNext = () => {
    session.markStepCompleted(stepId);
    goTo(nextId);
  };

  // ←/→ in presenter mode: the trainer moves through the steps from a clicker or keyboard.
  useEffect(() => {
    if (!presenter) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target) || document.querySelector('dialog[open]')) return;
      const direction = event.key === 'ArrowRight' || event.key === 'PageDown' ? 1 : event.key === 'ArrowLeft' || event.key === 'PageUp' ? -1 : 0;
      if (direction === 0) return;
      // A participant's file waiting to be mapped or accepted lives only in the import block's state: moving to
      // another step would drop it without a word, so the arrows wait until it is accepted or discarded.
      if (importPending()) return;
      // The step is read from the address, not from the last render: two quick presses from a clicker
      // arrive before React re-renders, and both must count.
      const route = parseRoute(window.location.hash);
      const shownStep = route.page === 'exercise' && route.stepId && stepIds.includes(route.stepId) ? route.stepId : stepId;
      goTo(stepIds[stepIds.indexOf(shownStep) + direction]);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  });

  // The blank entry has seen no step yet, but the participant is looking at this one: without this, a results step
  // (done once visited) stays unticked after they import their file here, and a reload resumes at step 1.
  const startFromScratch = () => {
    session.startFromScratch();
    session.setCurrentStep(stepId);
  };

  if (!step) return null;
  const StepComponent = step.component;
  const title = text(exercise.title);
  return (
    <article className="exercise">
      <header className="exercise__header">
        <p className="eyebrow">
          <a href="#/">{t('header.home')}</a>
          <span aria-hidden="true"> / </span>
          {t('home.practicum', { number: exercise.order })}
        </p>
        <h1>{title}</h1>
        {presenter ? null : <ExerciseToolbar exercise={exercise} state={session.state} onReset={session.reset} />}
      </header>
      {session.showingDemo && !presenter ? <DemoBanner ownFiles={session.ownFilesInUse} packTitle={packTitle} onStartFromScratch={startFromScratch} /> : null}
      <div className="exercise__layout">
        <Stepper exercise={exercise} currentStepId={stepId} doneSteps={doneStepIds} />
        <section className="step" aria-labelledby="step-title">
          <p className="step__counter">{t('exercise.stepOf', { index: stepIndex + 1, total: stepIds.length })}</p>
          <h2 id="step-title" className="step__title" ref={headingRef} tabIndex={-1} data-focus-landing>
            {text(step.title)}
          </h2>
          <ErrorBoundary key={step.id} fallback={<Callout tone="danger">{t('exercise.stepFailed')}</Callout>}>
            <Suspense fallback={<p className="step__loading">{t('exercise.loadingStep')}</p>}>
              <StepComponent state={session.state} update={session.update} locale={locale} presenter={presenter} />
            </Suspense>
          </ErrorBoundary>
          <nav className="step__nav" aria-label={t('exercise.stepNav')}>
            {previousId ? (
              <button type="button" className="button" onClick={() => goTo(previousId)}>
                ← {t('exercise.previous')}
              </button>
            ) : (
              <span />
            )}
            {nextId ? (
              <button type="button" className="button button--primary" onClick={goNext}>
                {t('exercise.next')} →
              </button>
            ) : completedSteps.includes(stepId) ? (
              <p className="step__finished">✓ {t('exercise.finished')}</p>
            ) : (
              <button type="button" className="button button--primary" onClick={() => session.markStepCompleted(stepId)}>
                {t('exercise.finish')}
              </button>
            )}
          </nav>
        </section>
      </div>
    </article>
  );
}
