import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { useWorkbookStore } from '../store/workbookStore';
import {
  MAX_BACKUP_BYTES,
  describeDatasetRestore,
  describeRestore,
  describeSettingsChange,
  parseBackup,
  type BackupError,
  type BackupFile,
  type DatasetSide,
  type EntrySummary,
} from '../store/backup';
import type { StoredDataset } from '../store/datasets';
import { checkBackupDatasets, readRestoreUndo, type RestoreUndo } from '../store/datasetRestore';
import { damagedExercises, type ExerciseStateProblem } from '../workbook/exerciseState';
import { restoreWorkbook, undoLastRestore, type RestoreProblem } from './backup/restoreWorkbook';
import { downloadBackup, downloadProblemText, type DownloadProblem } from './backup/downloadBackup';
import { STORE_VERSION, type ExerciseEntry, type PersistedWorkbook } from '../store/schema';
import { datasetsWithFiles, exerciseProgress } from '../workbook/progress';
import { useFormat, useMessages, useT, useText } from '../i18n/useI18n';
import { storeMessages } from '../ui/import/storeMessages';
import { myDataMessages } from '../ui/import/myDataMessages';
import { MY_DATA_OWNER } from '../store/datasetLocation';
import { storeErrorText } from '../ui/import/storeWording';
import type { Locale } from '../i18n/locale';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { exercises } from '../../exercises';
import { LANGUAGE_CURRENCY } from '../i18n/format';
import { workbookMessages } from './workbookMessages';
import { demoLoaded } from '../workbook/demoOnDemand';

/** How long "restored" stays on screen: long enough to read, short enough not to linger in the header. */
const STATUS_MS = 5_000;

/** Each language names itself, as in the header's language picker. */
const LANGUAGE_NAMES: Record<Locale, string> = { ru: 'Русский', en: 'English', zh: '中文' };

type Problem =
  | BackupError
  | { code: 'too-large' }
  | { code: 'read' }
  | { code: 'damaged-exercise'; exerciseId: string; problem: ExerciseStateProblem }
  | { code: 'undo-failed'; detail: string }
  | DownloadProblem
  | RestoreProblem;

interface PendingRestore {
  fileName: string;
  backup: BackupFile;
  /** The backup's datasets, checked before the dialog opens so a damaged one is refused up front. */
  datasets: StoredDataset[];
  migratedFrom: number | null;
}

/** Download everything as one file, or bring such a file back: how alumni move their work to another computer. */
export function BackupControls() {
  const t = useT();
  const text = useText();
  const format = useFormat();
  const storeT = useMessages(storeMessages);
  const tm = useMessages(myDataMessages);
  const tw = useMessages(workbookMessages);
  const inputRef = useRef<HTMLInputElement>(null);
  const restoreButtonRef = useRef<HTMLButtonElement>(null);
  // Only the latest chosen file may open the dialog, even if an earlier one finishes reading later.
  const readToken = useRef(0);
  // Kept as data, not text, so the message follows a language switch (a restore may switch it).
  const [problem, setProblem] = useState<Problem | null>(null);
  const [pending, setPending] = useState<PendingRestore | null>(null);
  const [restored, setRestored] = useState<'restored' | 'undone' | null>(null);
  const [busy, setBusy] = useState(false);
  // The last restore's way back, until the next restore; read from storage, so it survives a reload.
  const [undo, setUndo] = useState<RestoreUndo | null>(null);
  useEffect(() => {
    let current = true;
    void readRestoreUndo().then((result) => {
      if (current && result.ok) setUndo(result.value);
    });
    return () => {
      current = false;
    };
  }, [restored]);
  // Watched only while the dialog is open: the header need not re-render on every keystroke in an exercise.
  const currentExercises = useWorkbookStore((store) => (pending ? store.exercises : null));
  const currentSettings = useWorkbookStore((store) => (pending ? store.settings : null));
  const currentMyData = useWorkbookStore((store) => (pending ? store.myData : null));
  const current = currentExercises && currentSettings ? { settings: currentSettings, exercises: currentExercises, myData: currentMyData ?? {} } : null;

  useEffect(() => {
    if (!restored) return;
    const timer = setTimeout(() => setRestored(null), STATUS_MS);
    return () => clearTimeout(timer);
  }, [restored]);

  const download = async () => {
    setProblem(null);
    setProblem(await downloadBackup());
  };

  const chooseFile = async (file: File) => {
    const token = ++readToken.current;
    setProblem(null);
    setRestored(null);
    if (file.size > MAX_BACKUP_BYTES) {
      setProblem({ code: 'too-large' });
      return;
    }
    let content: string;
    try {
      content = await file.text();
    } catch {
      if (token === readToken.current) setProblem({ code: 'read' });
      return;
    }
    if (token !== readToken.current) return;
    const result = parseBackup(content);
    if (!result.ok) {
      setProblem(result.error);
      return;
    }
    // The dialog counts each side's work as the home page does, against the demos: load them first.
    try {
      await Promise.all(exercises.map(demoLoaded));
    } catch {
      // Only a chunk of the app failed to load (it was updated on the host meanwhile): reading again after a reload works.
      if (token === readToken.current) setProblem({ code: 'read' });
      return;
    }
    if (token !== readToken.current) return;
    // Every exercise state is read as the app would read it, before the dialog: a damaged one refuses the file.
    const [damaged] = damagedExercises(result.backup.workbook.exercises, exercises);
    if (damaged) {
      setProblem({ code: 'damaged-exercise', exerciseId: damaged.exerciseId, problem: damaged.problem });
      return;
    }
    const datasets = checkBackupDatasets(result.backup.datasets);
    if (!datasets.ok) setProblem({ code: 'invalid', detail: datasets.error.detail });
    else setPending({ fileName: file.name, backup: result.backup, datasets: datasets.value, migratedFrom: result.migratedFrom });
  };

  const onFileChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    // Cleared at once, so choosing the same file again (after fixing it, or after Cancel) fires a change.
    event.currentTarget.value = '';
    if (file) void chooseFile(file);
  };

  const closeDialog = () => setPending(null);

  const confirm = async () => {
    if (!pending || busy) return;
    setBusy(true);
    const outcome = await restoreWorkbook(pending.backup, pending.fileName);
    setBusy(false);
    if (!outcome.ok) setProblem(outcome.problem);
    else setRestored('restored');
    closeDialog();
  };

  const undoRestore = async () => {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    const outcome = await undoLastRestore();
    setBusy(false);
    if (!outcome.ok) setProblem({ code: 'undo-failed', detail: outcome.detail });
    else setRestored('undone');
  };

  const problemText = (value: Problem): string => {
    switch (value.code) {
      case 'not-json':
        return t('backup.errorNotJson');
      case 'not-backup':
        return t('backup.errorNotBackup');
      case 'newer':
        return t('backup.errorNewer', { version: value.version });
      case 'invalid':
        return t('backup.errorInvalid', { detail: value.detail });
      case 'too-large':
        return t('backup.errorTooLarge', { limit: Math.round(MAX_BACKUP_BYTES / (1024 * 1024)) });
      case 'read':
        return t('backup.errorRead');
      case 'datasets-read':
      case 'missing-rows':
        return downloadProblemText(storeT, value);
      case 'datasets-write':
        return storeT('backup.datasetsWriteFailed', { reason: storeErrorText(storeT, value.error) });
      case 'damaged-exercise':
        return t(value.problem === 'newer-version' ? 'backup.errorNewerExercise' : 'backup.errorDamagedExercise', { title: titleOf(value.exerciseId) });
      case 'progress-write':
        return t(value.problem === 'quota' ? 'backup.errorProgressQuota' : 'backup.errorProgressUnavailable');
      case 'undo-failed':
        return t('backup.undoFailed', { detail: value.detail });
    }
  };

  const datasetText = (side: DatasetSide | null): string =>
    side === null ? t('backup.nothing') : `${storeT('backup.datasetSide', { name: side.fileName, count: side.rowsImported })}, ${format.date(side.importedAt)}`;

  const datasetTitle = (exerciseId: string, specId: string): string => {
    if (exerciseId === MY_DATA_OWNER) {
      const spec = exercises.flatMap((candidate) => candidate.inputs ?? []).find((input) => input.shared === specId);
      return `${tm('myData.title')} — ${spec ? text(spec.title) : specId}`;
    }
    const exercise = exercises.find((candidate) => candidate.id === exerciseId);
    const spec = exercise?.inputs?.find((input) => input.id === specId);
    return `${exercise ? text(exercise.title) : exerciseId} — ${spec ? text(spec.title) : specId}`;
  };

  const summaryText = (summary: EntrySummary | null): string =>
    summary === null
      ? t('backup.nothing')
      : `${t('backup.progressSummary', { count: summary.completedSteps })}, ${format.date(summary.updatedAt)}`;

  const titleOf = (exerciseId: string): string => {
    const exercise = exercises.find((candidate) => candidate.id === exerciseId);
    return exercise ? text(exercise.title) : exerciseId;
  };

  // Work done, counted as the home page counts it, on each side with that side's own "My data".
  const countDone = (exerciseId: string, entry: ExerciseEntry, workbook: PersistedWorkbook): number | null => {
    const exercise = exercises.find((candidate) => candidate.id === exerciseId);
    return exercise ? exerciseProgress(exercise, entry, datasetsWithFiles(exercise, entry, workbook.myData)).completedSteps : null;
  };
  const rows = pending && current ? describeRestore(current, pending.backup.workbook, exercises.map((exercise) => exercise.id), countDone) : [];
  const unknownCount = rows.filter((row) => !row.known && row.incoming !== null).length;
  const datasetRows = pending && current ? describeDatasetRestore(current, pending.datasets) : [];
  const settingsChange = pending && current ? describeSettingsChange(current.settings, pending.backup.workbook.settings) : null;

  return (
    <div className="backup">
      <div className="backup__buttons" role="group" aria-label={t('backup.title')}>
        <button type="button" className="button" onClick={() => void download()}>
          {t('backup.download')}
        </button>
        <button type="button" className="button" ref={restoreButtonRef} onClick={() => inputRef.current?.click()}>
          {t('backup.restore')}
        </button>
        {/* Reached through the button above: hidden from the tab order and from screen readers to avoid a twin control. */}
        <input
          ref={inputRef}
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          onChange={onFileChange}
        />
      </div>
      {problem ? (
        <p className="backup__error" role="alert">
          {problemText(problem)}
        </p>
      ) : null}
      {/* Always present, so screen readers already watch the region when the message appears. */}
      <p className="backup__status" role="status">
        {restored === 'restored' ? t('backup.restored') : restored === 'undone' ? t('backup.undone') : ''}
      </p>
      {undo ? (
        <button
          type="button"
          className="button backup__undo"
          disabled={busy}
          aria-label={t('backup.undoLabel', { name: undo.fileName, date: format.date(undo.restoredAt) })}
          title={t('backup.undoLabel', { name: undo.fileName, date: format.date(undo.restoredAt) })}
          onClick={() => void undoRestore()}
        >
          {t('backup.undo')}
        </button>
      ) : null}
      <ConfirmDialog
        open={pending !== null}
        title={t('backup.restoreTitle')}
        confirmLabel={t('backup.confirmRestore')}
        tone="danger"
        onConfirm={() => void confirm()}
        onCancel={closeDialog}
        returnFocusTo={restoreButtonRef}
      >
        {pending ? (
          <>
            <p>{t('backup.fileInfo', { name: pending.fileName, date: format.date(pending.backup.createdAt) })}</p>
            {pending.migratedFrom !== null ? <p>{t('backup.migrated', { from: pending.migratedFrom, to: STORE_VERSION })}</p> : null}
            {settingsChange ? (
              <p>
                {t('backup.settingsChange', {
                  language: LANGUAGE_NAMES[settingsChange.locale],
                  currency:
                    settingsChange.currency === null
                      ? tw('currency.byLanguage', { currency: t(`currency.${LANGUAGE_CURRENCY[settingsChange.locale]}`) })
                      : t(`currency.${settingsChange.currency}`),
                })}
              </p>
            ) : null}
            <p>{t('backup.willReplace')}</p>
            <table className="backup__table">
              <thead>
                <tr>
                  <th scope="col">{t('backup.exerciseColumn')}</th>
                  <th scope="col">{t('backup.current')}</th>
                  <th scope="col">{t('backup.incoming')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.exerciseId}>
                    <th scope="row">{row.known ? titleOf(row.exerciseId) : row.exerciseId}</th>
                    <td>{summaryText(row.current)}</td>
                    <td>{summaryText(row.incoming)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {unknownCount > 0 ? <p>{t('backup.unknownExercises', { count: unknownCount })}</p> : null}
            {datasetRows.length > 0 ? (
              <>
                <p>{storeT('backup.datasetsTitle')}</p>
                <table className="backup__table">
                  <thead>
                    <tr>
                      <th scope="col">{storeT('backup.datasetColumn')}</th>
                      <th scope="col">{t('backup.current')}</th>
                      <th scope="col">{t('backup.incoming')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {datasetRows.map((row) => (
                      <tr key={`${row.exerciseId}/${row.specId}`}>
                        <th scope="row">{datasetTitle(row.exerciseId, row.specId)}</th>
                        <td>{datasetText(row.current)}</td>
                        <td>{datasetText(row.incoming)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </>
            ) : null}
          </>
        ) : null}
      </ConfirmDialog>
    </div>
  );
}
