import './packs.css';
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { exercises } from '../../../exercises';
import { useFormat, useMessages, useT, useText } from '../../i18n/useI18n';
import { LANGUAGE_CURRENCY } from '../../i18n/format';
import type { Locale } from '../../i18n/locale';
import { MY_DATA_OWNER } from '../../store/datasetLocation';
import { persistedPart, useWorkbookStore } from '../../store/workbookStore';
import { isPackName, MAX_PACK_BYTES } from '../../trainer/packs/packFile';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Pending } from '../../ui/Pending';
import { storeMessages } from '../../ui/import/storeMessages';
import { storeErrorText } from '../../ui/import/storeWording';
import { datasetsWithFiles, exerciseProgress } from '../../workbook/progress';
import { downloadBackup, downloadProblemText, type DownloadProblem } from '../backup/downloadBackup';
import { workbookMessages } from '../workbookMessages';
import { useLaunchPack, packUrl } from './launchPack';
import { packMessages } from './messages';
import { openPack } from './openPack';
import { checkPackText, type CheckedPack, type PackProblem } from './readPackText';

/** Each language names itself, as in the header's language picker. */
const LANGUAGE_NAMES: Record<Locale, string> = { ru: 'Русский', en: 'English', zh: '中文' };

/**
 * A participant starts from the trainer's starter pack: a file they were given, or `?pack=<name>` for a pack the
 * trainer put beside the hosted app. The pack is checked whole, then a question shows which exercises it sets
 * and whose work it replaces (with a backup to download first); nothing changes until it is confirmed.
 */
export default function StarterPackOpener() {
  const tp = useMessages(packMessages);
  const t = useT();
  const tw = useMessages(workbookMessages);
  const storeT = useMessages(storeMessages);
  const text = useText();
  const format = useFormat();
  const inputRef = useRef<HTMLInputElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const readToken = useRef(0);
  const [problem, setProblem] = useState<PackProblem | DownloadProblem | null>(null);
  const [loading, setLoading] = useState<string | null>(null);
  const [pending, setPending] = useState<CheckedPack | null>(null);
  const [opened, setOpened] = useState<string | null>(null);
  const [backupSaved, setBackupSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const requested = useLaunchPack((store) => store.requested);
  const entries = useWorkbookStore((store) => store.exercises);
  const myData = useWorkbookStore((store) => store.myData);
  const settings = useWorkbookStore((store) => store.settings);

  const offer = (content: string, fileName: string) => {
    const checked = checkPackText(content, fileName, persistedPart(useWorkbookStore.getState()));
    if (!checked.ok) setProblem(checked.problem);
    else {
      setBackupSaved(false);
      setPending(checked.value);
    }
  };

  // The pack named in the address, fetched once from beside the app (same origin, relative path).
  useEffect(() => {
    if (requested === null) return;
    let current = true;
    const name = requested;
    setProblem(null);
    setOpened(null);
    if (!isPackName(name)) {
      setProblem({ code: 'bad-name', name });
      useLaunchPack.getState().done();
      return;
    }
    setLoading(name);
    void (async () => {
      let outcome: { text: string } | PackProblem;
      try {
        const response = await fetch(packUrl(name), { cache: 'no-cache' });
        outcome = response.ok ? { text: await response.text() } : { code: 'missing', name };
      } catch {
        outcome = { code: 'offline', name };
      }
      if (!current) return;
      setLoading(null);
      useLaunchPack.getState().done();
      if ('text' in outcome) offer(outcome.text, `${name}.json`);
      else setProblem(outcome);
    })();
    return () => {
      current = false;
    };
  }, [requested]);

  const chooseFile = async (file: File) => {
    const token = ++readToken.current;
    setProblem(null);
    setOpened(null);
    if (file.size > MAX_PACK_BYTES) {
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
    if (token === readToken.current) offer(content, file.name);
  };

  const onFileChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    // Cleared at once, so choosing the same file again fires a change.
    event.currentTarget.value = '';
    if (file) void chooseFile(file);
  };

  const saveBackup = async () => {
    const saved = await downloadBackup();
    if (saved !== null) setProblem(saved);
    setBackupSaved(saved === null);
  };

  const confirm = async () => {
    if (!pending || busy) return;
    setBusy(true);
    const outcome = await openPack(pending.pack, pending.fileName);
    setBusy(false);
    setPending(null);
    if (outcome.ok) setOpened(pending.pack.title);
    else if (outcome.problem.code === 'datasets-read') setProblem({ code: 'write', reason: outcome.problem.detail });
    else if (outcome.problem.code === 'datasets-write') setProblem({ code: 'write', reason: storeErrorText(storeT, outcome.problem.error) });
    else setProblem({ code: 'write', reason: t(outcome.problem.problem === 'quota' ? 'backup.errorProgressQuota' : 'backup.errorProgressUnavailable') });
  };

  const titleOf = (exerciseId: string): string => {
    if (exerciseId === MY_DATA_OWNER) return '';
    const exercise = exercises.find((candidate) => candidate.id === exerciseId);
    return exercise ? text(exercise.title) : exerciseId;
  };

  const problemText = (value: PackProblem | DownloadProblem): string => {
    switch (value.code) {
      case 'not-json':
        return tp('pack.errorNotJson');
      case 'not-pack':
        return tp('pack.errorNotPack');
      case 'newer':
        return tp('pack.errorNewer', { version: value.version });
      case 'invalid':
        return tp('pack.errorInvalid', { detail: value.detail });
      case 'too-large':
        return tp('pack.errorTooLarge', { limit: Math.round(MAX_PACK_BYTES / (1024 * 1024)) });
      case 'read':
        return tp('pack.errorRead');
      case 'bad-name':
        return tp('pack.errorBadName', { name: value.name });
      case 'missing':
        return tp('pack.errorMissing', { name: value.name });
      case 'offline':
        return tp('pack.errorOffline', { name: value.name });
      case 'damaged-exercise':
        return tp(value.problem === 'newer-version' ? 'pack.errorNewerExercise' : 'pack.errorDamagedExercise', { title: titleOf(value.exerciseId) });
      case 'write':
        return tp('pack.errorWrite', { reason: value.reason });
      case 'datasets-read':
      case 'missing-rows':
        return downloadProblemText(storeT, value);
    }
  };

  // What each of the pack's exercises holds now, counted as the home page counts it.
  const rows = pending
    ? Object.keys(pending.pack.exercises).map((exerciseId) => {
        const exercise = exercises.find((candidate) => candidate.id === exerciseId);
        const entry = Object.hasOwn(entries, exerciseId) ? entries[exerciseId] : undefined;
        const progress = exercise ? exerciseProgress(exercise, entry, datasetsWithFiles(exercise, entry, myData)) : null;
        const now =
          progress === null || progress.status === 'not-started'
            ? tp('pack.nothing')
            : progress.status === 'demo'
              ? tp('pack.untouched')
              : `${t('backup.progressSummary', { count: progress.completedSteps })}, ${format.date(progress.updatedAt ?? '')}`;
        const worked = progress !== null && (progress.status === 'in-progress' || progress.status === 'done');
        return { exerciseId, title: titleOf(exerciseId), now, worked };
      })
    : [];
  const workedCount = rows.filter((row) => row.worked).length;
  const packSettings = pending?.pack.settings ?? null;
  const settingsChange = packSettings && (packSettings.locale !== settings.locale || packSettings.currency !== settings.currency) ? packSettings : null;

  const tableTitle = (exerciseId: string, specId: string): string => {
    if (exerciseId === MY_DATA_OWNER) {
      const spec = exercises.flatMap((candidate) => candidate.inputs ?? []).find((input) => input.shared === specId);
      return spec ? text(spec.title) : specId;
    }
    const spec = exercises.find((candidate) => candidate.id === exerciseId)?.inputs?.find((input) => input.id === specId);
    return `${titleOf(exerciseId)} — ${spec ? text(spec.title) : specId}`;
  };

  return (
    <div className="pack-opener">
      <button type="button" className="button" ref={buttonRef} onClick={() => inputRef.current?.click()}>
        {tp('pack.open')}
      </button>
      {/* Reached through the button above: hidden from the tab order and from screen readers to avoid a twin control. */}
      <input ref={inputRef} type="file" accept=".json,application/json" className="visually-hidden" tabIndex={-1} aria-hidden="true" onChange={onFileChange} />
      {loading !== null ? <Pending>{tp('pack.loading', { name: loading })}</Pending> : null}
      {problem ? (
        <p className="backup__error" role="alert">
          {problemText(problem)}
        </p>
      ) : null}
      <p className="pack-opener__status" role="status">
        {opened !== null ? tp('pack.opened', { title: opened }) : ''}
      </p>
      <ConfirmDialog
        open={pending !== null}
        title={pending ? tp('pack.confirmTitle', { title: pending.pack.title }) : ''}
        confirmLabel={tp('pack.confirm')}
        tone={workedCount > 0 ? 'danger' : 'primary'}
        onConfirm={() => void confirm()}
        onCancel={() => setPending(null)}
        returnFocusTo={buttonRef}
      >
        {pending ? (
          <>
            <p>{tp('pack.fileInfo', { name: pending.fileName, date: format.date(pending.pack.createdAt) })}</p>
            {pending.pack.note !== '' ? <p className="pack-opener__note">{tp('pack.note', { note: pending.pack.note })}</p> : null}
            <p>{tp('pack.explain')}</p>
            <table className="backup__table">
              <thead>
                <tr>
                  <th scope="col">{tp('pack.exerciseColumn')}</th>
                  <th scope="col">{tp('pack.now')}</th>
                  <th scope="col">{tp('pack.fromPack')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.exerciseId}>
                    <th scope="row">{row.title}</th>
                    <td>{row.worked ? <strong>{row.now}</strong> : row.now}</td>
                    <td>{tp('pack.packValues')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {pending.datasets.length > 0 ? (
              <>
                <p>{tp('pack.tables')}</p>
                <ul>
                  {pending.datasets.map((dataset) => (
                    <li key={`${dataset.exerciseId}/${dataset.specId}`}>
                      {tp('pack.table', { title: tableTitle(dataset.exerciseId, dataset.specId), name: dataset.meta.fileName, count: dataset.rowCount })}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {settingsChange ? (
              <p>
                {tp('pack.settings', {
                  language: LANGUAGE_NAMES[settingsChange.locale],
                  currency:
                    settingsChange.currency === null
                      ? tw('currency.byLanguage', { currency: t(`currency.${LANGUAGE_CURRENCY[settingsChange.locale]}`) })
                      : t(`currency.${settingsChange.currency}`),
                })}
              </p>
            ) : null}
            {workedCount > 0 ? (
              <div className="pack-opener__backup">
                <p>{tp('pack.yourWork', { count: workedCount })}</p>
                <button type="button" className="button" onClick={() => void saveBackup()}>
                  {tp('pack.downloadBackup')}
                </button>
                <span role="status">{backupSaved ? tp('pack.backupSaved') : ''}</span>
              </div>
            ) : null}
          </>
        ) : null}
      </ConfirmDialog>
    </div>
  );
}
