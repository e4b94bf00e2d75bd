import './home.css';
import { Suspense, lazy, useState } from 'react';
import { exercises } from '../../exercises';
import { useWorkbookStore } from '../store/workbookStore';
import { useLastBackup } from '../store/lastBackup';
import { useFormat, useLocale, useMessages, useT, useText } from '../i18n/useI18n';
import { translator } from '../i18n/translate';
import type { Locale } from '../i18n/locale';
import { datasetsWithFiles, exerciseProgress, type ExerciseProgress } from '../workbook/progress';
import { routeHref } from '../workbook/route';
import { demosLoaded, useLoaded } from '../workbook/demoOnDemand';
import { workbookMessages } from './workbookMessages';
import { trainerMessages } from '../trainer/trainerMessages';
import { backupReminder } from './backup/backupReminder';

// Below the catalogue, and with the import flow's strings (file sizes, storage errors): loaded after the page.
const StoredDataList = lazy(() => import('./storedData/StoredDataList'));
// The trainer's starter pack: a file, or `?pack=<name>` (src/app/packs/); it also answers the link's request.
const StarterPackOpener = lazy(() => import('./packs/StarterPackOpener'));

export function HomePage() {
  const t = useT();
  const tw = useMessages(workbookMessages);
  const tt = useMessages(trainerMessages);
  const text = useText();
  const format = useFormat();
  const entries = useWorkbookStore((store) => store.exercises);
  const myData = useWorkbookStore((store) => store.myData);
  const lastBackupAt = useLastBackup((store) => store.at);
  // An exercise left as its demo opened is told from work by comparing with that demo: load those (a returning
  // participant's few; a newcomer's home page loads none). Started together, then awaited.
  useLoaded(demosLoaded(exercises.filter((exercise) => entries[exercise.id]?.startedFrom === 'demo')));
  const progress = exercises.map((exercise) => ({
    exercise,
    progress: exerciseProgress(exercise, entries[exercise.id], datasetsWithFiles(exercise, entries[exercise.id], myData)),
  }));
  const worked = progress.filter((item) => item.progress.status === 'in-progress' || item.progress.status === 'done');
  const reminder = backupReminder(worked.map((item) => item.progress.updatedAt ?? ''), lastBackupAt, new Date());
  const first = exercises[0];
  return (
    <div className="home">
      <section className="home__intro">
        <p className="eyebrow">{t('app.subtitle')}</p>
        <h1>{t('home.title')}</h1>
        <p className="lead">{t('home.intro')}</p>
      </section>
      {/* A newcomer's first action is to start, not to download a backup of nothing. */}
      {worked.length === 0 && first ? (
        <section className="home__start" aria-labelledby="home-start">
          <h2 id="home-start">{tw('home.startTitle')}</h2>
          <p>{tw('home.startText')}</p>
          <a className="button button--primary button--large" href={routeHref({ page: 'exercise', exerciseId: first.id, stepId: first.steps[0]?.id ?? null })}>
            {tw('home.startButton', { title: text(first.title) })}
          </a>
        </section>
      ) : null}
      <Suspense fallback={null}>
        <StarterPackOpener />
      </Suspense>
      {reminder ? <BackupReminder since={reminder.kind === 'stale' ? format.date(reminder.lastBackupAt) : null} /> : null}
      <ol className="catalogue">
        {progress.map(({ exercise, progress: item }) => (
          <ExerciseCard key={exercise.id} exercise={exercise} progress={item} />
        ))}
      </ol>
      <Suspense fallback={null}>
        <StoredDataList />
      </Suspense>
      <section className="home__data">
        <h2>{t('home.dataTitle')}</h2>
        <p>{t('home.dataText')}</p>
      </section>
      <p className="home__trainer">
        <a href={routeHref({ page: 'trainer', view: 'group' })}>{tt('trainer.homeLink')}</a>
      </p>
    </div>
  );
}

function ExerciseCard({ exercise, progress }: { exercise: (typeof exercises)[number]; progress: ExerciseProgress }) {
  const t = useT();
  const tw = useMessages(workbookMessages);
  const text = useText();
  const format = useFormat();
  const title = text(exercise.title);
  const href = routeHref({ page: 'exercise', exerciseId: exercise.id, stepId: progress.resumeStepId });
  const started = progress.status === 'in-progress' || progress.status === 'done';
  const statusText =
    progress.status === 'not-started'
      ? t('home.notStarted')
      : progress.status === 'demo'
        ? tw('home.demoUntouched')
        : progress.status === 'done'
          ? t('home.allDone')
          : t('home.stepsDone', { count: progress.completedSteps, total: progress.totalSteps });
  const action = started ? t('home.continue') : t('home.open');
  return (
    <li className={`card card--${progress.status}`}>
      <p className="card__eyebrow">{t('home.practicum', { number: exercise.order })}</p>
      <h2 className="card__title">
        <a href={href}>{title}</a>
      </h2>
      <p className="card__summary">{text(exercise.summary)}</p>
      <div className="card__progress">
        <progress max={progress.totalSteps} value={progress.completedSteps} aria-label={t('home.progressLabel', { title })} />
        <span>{statusText}</span>
        {started && progress.updatedAt ? <span className="card__updated">{t('home.updated', { date: format.date(progress.updatedAt) })}</span> : null}
      </div>
      {/* Primary only where work goes on: a newcomer's primary action is the start button above. */}
      <a className={`button${started ? ' button--primary' : ''} card__action`} href={href} aria-label={`${action}: ${title}`}>
        {action}
      </a>
    </li>
  );
}

function BackupReminder({ since }: { since: string | null }) {
  const tw = useMessages(workbookMessages);
  const locale = useLocale();
  // Writing a backup is code for the moment it is asked for, with its words: loaded then, not with the home page.
  const [problem, setProblem] = useState<((locale: Locale) => string) | null>(null);
  const download = async () => {
    const [{ downloadBackup, downloadProblemText }, { storeMessages }] = await Promise.all([import('./backup/downloadBackup'), import('../ui/import/storeMessages')]);
    const outcome = await downloadBackup();
    setProblem(outcome ? () => (shown: Locale) => downloadProblemText(translator(storeMessages, shown), outcome) : null);
  };
  return (
    <section className="home__reminder" aria-label={tw('home.backupDownload')}>
      <p>{since === null ? tw('home.backupReminder') : tw('home.backupReminderSince', { date: since })}</p>
      <button type="button" className="button button--primary" onClick={() => void download()}>
        {tw('home.backupDownload')}
      </button>
      {problem ? (
        <p className="backup__error" role="alert">
          {problem(locale)}
        </p>
      ) : null}
    </section>
  );
}
