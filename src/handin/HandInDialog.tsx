import { useEffect, useId, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useWorkbookStore } from '../store/workbookStore';
import { teamName, type ExerciseEntry } from '../store/schema';
import { datasetsWithFiles, exerciseProgress } from '../workbook/progress';
import type { AnyExercise } from '../workbook/contract';
import { downloadText } from '../data/download';
import { useFormat, useLocale, useMessages } from '../i18n/useI18n';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { Callout } from '../ui/Callout';
import { Pending } from '../ui/Pending';
import { buildHandIn } from './buildHandIn';
import { estimatedBytes, LARGE_ROWS_BYTES, loadHandInRows, rowSources, summarizeForHandIn } from './handInSources';
import type { GroupSummary } from './format';
import { handInMessages } from './messages';
import { teamMessages } from './teamMessages';
import { SummaryTables } from './SummaryTables';
import { TEAM_MAX_LENGTH } from './TeamField';
import './handin.css';

interface HandInDialogProps {
  exercise: AnyExercise;
  state: unknown;
  onClose: () => void;
  /** The file was handed to the browser: its name, for the toolbar to confirm. */
  onWritten: (fileName: string) => void;
}

type SummaryStatus = { kind: 'computing' } | { kind: 'ready'; summary: GroupSummary | null } | { kind: 'failed'; reason: string };

/** The entry an exercise opened on its demo and never written has: the file still says what it holds. */
function entryOf(exercise: AnyExercise, stored: ExerciseEntry | undefined, state: unknown, now: Date): ExerciseEntry {
  return (
    stored ?? { stateVersion: exercise.state.version, state, startedFrom: 'demo', currentStep: null, completedSteps: [], visitedSteps: [], drafts: {}, datasets: {}, updatedAt: now.toISOString() }
  );
}

/**
 * "Hand in to the trainer": a preview of exactly what the file will hold (team, exercise, its comparable figures,
 * the imported rows only when ticked), then the file itself as a download. Nothing is written before the
 * participant confirms, and nothing the preview does not show goes in.
 */
export default function HandInDialog({ exercise, state, onClose, onWritten }: HandInDialogProps) {
  const t = useMessages(handInMessages);
  const tt = useMessages(teamMessages);
  const locale = useLocale();
  const format = useFormat();
  const title = exercise.title[locale];
  const { entry, myData, team } = useWorkbookStore(useShallow((store) => ({ entry: store.exercises[exercise.id], myData: store.myData, team: store.settings.team ?? '' })));
  // The field stays while the dialog is open, even once a name is typed into it; a team named in the header is shown as text.
  const [askTeam] = useState(() => team.trim() === '');
  const [teamProblem, setTeamProblem] = useState(false);
  const teamRef = useRef<HTMLInputElement>(null);
  const teamId = useId();
  const [summary, setSummary] = useState<SummaryStatus>({ kind: 'computing' });
  const [withRows, setWithRows] = useState(false);
  const [writeProblem, setWriteProblem] = useState<string | null>(null);
  const [writing, setWriting] = useState(false);

  const sources = rowSources(exercise, entry, myData);
  const rowCount = sources.reduce((total, source) => total + source.rowCount, 0);
  const bytes = estimatedBytes(sources);
  const progress = exerciseProgress(exercise, entry, datasetsWithFiles(exercise, entry, myData), state);
  const onDemo = progress.status === 'demo' || progress.status === 'not-started';

  useEffect(() => {
    let current = true;
    summarizeForHandIn(exercise, state).then(
      (result) => current && setSummary({ kind: 'ready', summary: result }),
      (error: unknown) => current && setSummary({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [exercise, state]);

  const write = async () => {
    if (writing || summary.kind === 'computing') return;
    if (teamName({ team }) === '') {
      setTeamProblem(true);
      teamRef.current?.focus();
      return;
    }
    setWriting(true);
    setWriteProblem(null);
    try {
      const rows = withRows && sources.length > 0 ? await loadHandInRows(exercise, sources) : null;
      if (rows && !rows.ok) {
        setWriteProblem(t('handIn.rowsFailed', { reason: rows.error.detail }));
        return;
      }
      const now = new Date();
      const built = buildHandIn({
        team,
        exercise: { id: exercise.id, title: exercise.title },
        locale,
        entry: entryOf(exercise, entry, state, now),
        summary: summary.kind === 'ready' ? summary.summary : null,
        rows: rows ? rows.value : null,
        now,
      });
      if (!built.ok) return;
      downloadText(built.fileName, built.text, 'application/json');
      onWritten(built.fileName);
    } catch (error) {
      setWriteProblem(t('handIn.failed', { reason: error instanceof Error ? error.message : String(error) }));
    } finally {
      setWriting(false);
    }
  };

  return (
    <ConfirmDialog open title={t('handIn.title', { title })} confirmLabel={t('handIn.write')} onCancel={onClose} onConfirm={() => void write()}>
      <div className="handin">
        <p>{t('handIn.intro')}</p>
        {askTeam ? (
          <div className="field handin__team">
            <label htmlFor={teamId}>{t('handIn.teamLabel')}</label>
            <input
              ref={teamRef}
              id={teamId}
              type="text"
              maxLength={TEAM_MAX_LENGTH}
              value={team}
              aria-invalid={teamProblem && team.trim() === ''}
              aria-describedby={teamProblem ? `${teamId}-problem` : undefined}
              onChange={(event) => useWorkbookStore.getState().setTeam(event.target.value)}
            />
            {teamProblem && team.trim() === '' ? (
              <p id={`${teamId}-problem`} className="field__error" role="alert">
                {t('handIn.teamMissing')}
              </p>
            ) : null}
          </div>
        ) : (
          <p className="handin__team-line">{tt('team.line', { team: team.trim() })}</p>
        )}
        <p className="handin__exercise">{t('handIn.exercise', { title })}</p>
        {onDemo ? <Callout tone="warning">{t('handIn.demo')}</Callout> : null}
        <p className="note">{t('handIn.inputs')}</p>
        <h3 className="handin__heading">{t('handIn.summaryHeading')}</h3>
        {summary.kind === 'computing' ? <Pending>{t('handIn.computing')}</Pending> : null}
        {summary.kind === 'failed' ? <Callout tone="warning">{t('handIn.summaryFailed', { reason: summary.reason })}</Callout> : null}
        {summary.kind === 'ready' && summary.summary === null ? <p>{t('handIn.noGroup')}</p> : null}
        {summary.kind === 'ready' && summary.summary !== null ? (
          summary.summary.sections.length === 0 ? <p>{t('handIn.summaryEmpty')}</p> : <SummaryTables summary={summary.summary} headingLevel={4} />
        ) : null}
        <h3 className="handin__heading">{t('handIn.rowsHeading')}</h3>
        {sources.length === 0 ? (
          <p>{t('handIn.rowsNone')}</p>
        ) : (
          <>
            <label className="handin__tick">
              <input type="checkbox" checked={withRows} onChange={(event) => setWithRows(event.target.checked)} />
              <span>{t('handIn.rowsTick', { files: sources.map((source) => t('handIn.rowsFile', { count: source.rowCount, file: source.fileName })).join('; ') })}</span>
            </label>
            {withRows ? null : <p className="note">{t('handIn.rowsOff')}</p>}
            {bytes > LARGE_ROWS_BYTES ? <Callout tone="warning">{t('handIn.rowsBig', { count: rowCount, size: format.number(bytes / (1024 * 1024), 0) })}</Callout> : null}
          </>
        )}
        {writing ? <Pending>{t('handIn.write')}…</Pending> : null}
        {writeProblem ? <Callout tone="danger">{writeProblem}</Callout> : null}
      </div>
    </ConfirmDialog>
  );
}
