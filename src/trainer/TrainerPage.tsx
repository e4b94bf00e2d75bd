import './trainer.css';
import { Suspense, lazy } from 'react';
import { useMessages, useT } from '../i18n/useI18n';
import { Pending } from '../ui/Pending';
import { TRAINER_VIEWS, routeHref, type TrainerView } from '../workbook/route';
import { trainerMessages } from './trainerMessages';

const GroupView = lazy(() => import('./group/GroupView'));
const BoardView = lazy(() => import('./board/BoardView'));
const StarterPackSection = lazy(() => import('./packs/StarterPackSection'));

/** The trainer's pages: the teams' hand-ins side by side, and the competition board. */
export function TrainerPage({ view }: { view: TrainerView }) {
  const tt = useMessages(trainerMessages);
  const t = useT();
  return (
    <div className="trainer">
      <nav className="trainer__views" aria-label={tt('trainer.views')}>
        {TRAINER_VIEWS.map((candidate) => (
          <a
            key={candidate}
            className={`button${candidate === view ? ' button--primary' : ''}`}
            href={routeHref({ page: 'trainer', view: candidate })}
            aria-current={candidate === view ? 'page' : undefined}
          >
            {tt(candidate === 'group' ? 'trainer.group' : 'trainer.board')}
          </a>
        ))}
      </nav>
      <Suspense fallback={<Pending>{t('exercise.loadingStep')}</Pending>}>{view === 'group' ? <GroupView /> : <BoardView />}</Suspense>
      <Suspense fallback={null}>
        <StarterPackSection />
      </Suspense>
    </div>
  );
}
