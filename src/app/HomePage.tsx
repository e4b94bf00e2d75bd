import { Suspense, lazy } from 'react';
import { exercises } from '../../exercises';
import { useWorkbookStore } from '../store/workbookStore';
import { useFormat, useT, useText } from '../i18n/useI18n';
import { exerciseProgress } from '../workbook/progress';
import { routeHref } from '../workbook/route';

// Below the catalogue, and with the import flow's strings (file sizes, storage errors): loaded after the page.
const StoredDataList = lazy(() => import('./storedData/StoredDataList'));

export function HomePage() {
  const t = useT();
  const text = useText();
  const format = useFormat();
  const entries = useWorkbookStore((store) => store.exercises);
  return (
    <div className="home">
      <section className="home__intro">
        <p className="eyebrow">{t('app.subtitle')}</p>
        <h1>{t('home.title')}</h1>
        <p className="lead">{t('home.intro')}</p>
      </section>
      <ol className="catalogue">
        {exercises.map((exercise) => {
          const progress = exerciseProgress(exercise, entries[exercise.id]);
          const title = text(exercise.title);
          const href = routeHref({ page: 'exercise', exerciseId: exercise.id, stepId: progress.resumeStepId });
          return (
            <li key={exercise.id} className={`card card--${progress.status}`}>
              <p className="card__eyebrow">{t('home.practicum', { number: exercise.order })}</p>
              <h2 className="card__title">
                <a href={href}>{title}</a>
              </h2>
              <p className="card__summary">{text(exercise.summary)}</p>
              <div className="card__progress">
                <progress
                  max={progress.totalSteps}
                  value={progress.completedSteps}
                  aria-label={t('home.progressLabel', { title })}
                />
                <span>
                  {progress.status === 'not-started'
                    ? t('home.notStarted')
                    : progress.status === 'done'
                      ? t('home.allDone')
                      : t('home.stepsDone', { count: progress.completedSteps, total: progress.totalSteps })}
                </span>
                {progress.updatedAt ? <span className="card__updated">{t('home.updated', { date: format.date(progress.updatedAt) })}</span> : null}
              </div>
              <a className="button button--primary card__action" href={href} aria-label={`${progress.status === 'not-started' ? t('home.open') : t('home.continue')}: ${title}`}>
                {progress.status === 'not-started' ? t('home.open') : t('home.continue')}
              </a>
            </li>
          );
        })}
      </ol>
      <Suspense fallback={null}>
        <StoredDataList />
      </Suspense>
      <section className="home__data">
        <h2>{t('home.dataTitle')}</h2>
        <p>{t('home.dataText')}</p>
      </section>
    </div>
  );
}
