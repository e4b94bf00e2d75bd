import { Suspense, lazy, useEffect } from 'react';
import { useWorkbookStore } from '../store/workbookStore';
import { useMessages, useT } from '../i18n/useI18n';
import { INTL_TAG } from '../i18n/locale';
import { useRoute } from '../workbook/route';
import { ExerciseRegistry } from '../workbook/useResult';
import { exercises } from '../../exercises';
import { Header } from './Header';
import { HomePage } from './HomePage';
import { StorageBanners } from './StorageBanners';
import { usePresenterShortcut } from './usePresenterShortcut';
import { Pending } from '../ui/Pending';
import { workbookMessages } from './workbookMessages';

// The exercise and report pages load on demand, so the home page does not wait for the stepper, the toolbar
// and the session code; their steps load on demand in turn.
const ExercisePage = lazy(() => import('./ExercisePage').then((module) => ({ default: module.ExercisePage })));
const ReportPage = lazy(() => import('./ReportPage').then((module) => ({ default: module.ReportPage })));
const TrainerPage = lazy(() => import('../trainer/TrainerPage').then((module) => ({ default: module.TrainerPage })));

export function App() {
  const route = useRoute();
  const locale = useWorkbookStore((store) => store.settings.locale);
  const presenter = useWorkbookStore((store) => store.settings.presenter);
  const t = useT();
  const tw = useMessages(workbookMessages);
  usePresenterShortcut();

  useEffect(() => {
    document.documentElement.lang = INTL_TAG[locale];
    document.title = t('app.title');
  }, [locale, t]);

  useEffect(() => {
    document.documentElement.classList.toggle('presenter', presenter);
  }, [presenter]);

  return (
    <ExerciseRegistry.Provider value={exercises}>
      <div className={`app${presenter ? ' app--presenter' : ''}`}>
        <a className="skip-link" href="#main">
          {t('app.skipToContent')}
        </a>
        <Header />
        <StorageBanners />
        <main id="main" tabIndex={-1} className="main">
          {route.page === 'home' ? (
            // A returning participant's home page waits for the demos it compares progress with (HomePage).
            <Suspense fallback={<Pending>{tw('home.loading')}</Pending>}>
              <HomePage />
            </Suspense>
          ) : null}
          <Suspense fallback={<p className="step__loading">{t('exercise.loadingStep')}</p>}>
            {route.page === 'exercise' ? <ExercisePage key={route.exerciseId} exerciseId={route.exerciseId} stepId={route.stepId} /> : null}
            {route.page === 'report' ? <ReportPage exerciseId={route.exerciseId} /> : null}
            {route.page === 'trainer' ? <TrainerPage view={route.view} /> : null}
          </Suspense>
        </main>
        {presenter ? null : (
          <footer className="footer">
            <p>{t('app.privacy')}</p>
          </footer>
        )}
      </div>
    </ExerciseRegistry.Provider>
  );
}
