import './packs.css';
import { useId, useMemo, useState } from 'react';
import { exercises } from '../../../exercises';
import { downloadText } from '../../data/download';
import { currencyFor } from '../../i18n/format';
import type { Locale } from '../../i18n/locale';
import { useMessages, useT, useText } from '../../i18n/useI18n';
import { MY_DATA_OWNER } from '../../store/datasetLocation';
import { exportAllDatasets } from '../../store/datasetRestore';
import { persistedPart, useWorkbookStore } from '../../store/workbookStore';
import { packSaveMessages } from './messages';
import { buildPack, isPackName, packFileName, suggestPackName } from './packFile';
import { packCandidates, tableKey, type TableCandidate } from './packChoices';

/** Each language names itself, as in the header's language picker. */
const LANGUAGE_NAMES: Record<Locale, string> = { ru: 'Русский', en: 'English', zh: '中文' };

/**
 * The trainer saves what they prepared in this browser as a starter pack: they tick the exercises (those they
 * changed are ticked), the tables and the settings, read what the file will hold, and save it. Participants open
 * it on the home page or through `?pack=<name>` (src/app/packs/).
 */
export default function StarterPackSection() {
  const tp = useMessages(packSaveMessages);
  const t = useT();
  const text = useText();
  const id = useId();
  const workbook = useWorkbookStore((store) => store);
  const candidates = useMemo(() => packCandidates(persistedPart(workbook), exercises), [workbook]);
  const [title, setTitle] = useState('');
  const [name, setName] = useState<string | null>(null);
  const [note, setNote] = useState('');
  // Ticks the trainer changed; an exercise they did not touch follows its default (ticked when they changed it).
  const [exerciseTicks, setExerciseTicks] = useState<Record<string, boolean>>({});
  const [tableTicks, setTableTicks] = useState<Record<string, boolean>>({});
  const [withSettings, setWithSettings] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const presenter = useWorkbookStore((store) => store.settings.presenter);

  const fileName = name ?? suggestPackName(title);
  const chosenExercises = candidates.exercises.filter((candidate) => exerciseTicks[candidate.exerciseId] ?? candidate.own).map((candidate) => candidate.exerciseId);
  const tableAllowed = (table: TableCandidate) => table.exerciseId === MY_DATA_OWNER || chosenExercises.includes(table.exerciseId);
  const chosenTables = candidates.tables.filter((table) => tableAllowed(table) && tableTicks[tableKey(table)] === true);
  const titleError = tried && title.trim() === '' ? tp('packSave.titleMissing') : null;
  const nameError = isPackName(fileName) ? null : tp('packSave.fileNameInvalid');
  const exercisesError = tried && chosenExercises.length === 0 ? tp('packSave.nothingChosen') : null;
  const { locale, currency } = workbook.settings;

  const exerciseTitle = (exerciseId: string) => {
    const exercise = exercises.find((candidate) => candidate.id === exerciseId);
    return exercise ? text(exercise.title) : exerciseId;
  };
  const tableTitle = (table: TableCandidate) => {
    const spec =
      table.exerciseId === MY_DATA_OWNER
        ? exercises.flatMap((exercise) => exercise.inputs).find((input) => input.shared === table.specId)
        : exercises.find((exercise) => exercise.id === table.exerciseId)?.inputs.find((input) => input.id === table.specId);
    const specTitle = spec ? text(spec.title) : table.specId;
    return table.exerciseId === MY_DATA_OWNER ? specTitle : `${exerciseTitle(table.exerciseId)} — ${specTitle}`;
  };

  const save = async () => {
    setTried(true);
    setSaved(null);
    setProblem(null);
    if (title.trim() === '' || nameError !== null || chosenExercises.length === 0) return;
    let datasets: Awaited<ReturnType<typeof exportAllDatasets>> = { ok: true, value: [] };
    if (chosenTables.length > 0) {
      datasets = await exportAllDatasets();
      if (!datasets.ok) {
        setProblem(tp('packSave.readFailed', { detail: datasets.error.detail }));
        return;
      }
    }
    const wanted = new Set(chosenTables.map(tableKey));
    const tables = datasets.ok ? datasets.value.filter((dataset) => wanted.has(tableKey({ exerciseId: dataset.exerciseId, specId: dataset.id }))) : [];
    // Read at the last moment, so the file holds the very latest keystroke.
    const pack = buildPack(persistedPart(useWorkbookStore.getState()), { name: fileName, title, note, exerciseIds: chosenExercises, datasets: tables, withSettings });
    downloadText(packFileName(pack), JSON.stringify(pack, null, 2), 'application/json');
    setSaved(packFileName(pack));
  };

  // Projected, the trainer's page shows the teams, not the trainer's own tools.
  if (presenter) return null;
  const rowCount = chosenTables.reduce((sum, table) => sum + table.rows, 0);
  const packLink = `${window.location.origin}${window.location.pathname}?pack=${fileName}`;

  return (
    <section className="pack-save" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{tp('packSave.title')}</h2>
      <p>{tp('packSave.intro')}</p>
      <div className="pack-save__fields">
        <div className={`field${titleError ? ' field--invalid' : ''}`}>
          <label className="field__label" htmlFor={`${id}-name`}>
            {tp('packSave.packTitle')}
          </label>
          <input id={`${id}-name`} type="text" value={title} aria-invalid={titleError ? true : undefined} aria-describedby={titleError ? `${id}-name-error` : undefined} onChange={(event) => setTitle(event.currentTarget.value)} />
          {titleError ? <p id={`${id}-name-error`} className="field__error">{titleError}</p> : null}
        </div>
        <div className={`field${nameError ? ' field--invalid' : ''}`}>
          <label className="field__label" htmlFor={`${id}-file`}>
            {tp('packSave.fileName')}
          </label>
          <input id={`${id}-file`} type="text" value={fileName} autoComplete="off" spellCheck={false} aria-invalid={nameError ? true : undefined} aria-describedby={nameError ? `${id}-file-error` : undefined} onChange={(event) => setName(event.currentTarget.value)} />
          {nameError ? <p id={`${id}-file-error`} className="field__error">{nameError}</p> : null}
        </div>
        <div className="field field--wide">
          <label className="field__label" htmlFor={`${id}-note`}>
            {tp('packSave.note')}
          </label>
          <textarea id={`${id}-note`} rows={3} value={note} onChange={(event) => setNote(event.currentTarget.value)} />
        </div>
      </div>
      <fieldset className="fieldset">
        <legend>{tp('packSave.exercises')}</legend>
        {candidates.exercises.length === 0 ? <p>{tp('packSave.noExercises')}</p> : <p className="note">{tp('packSave.exercisesHint')}</p>}
        <ul className="pack-save__choices">
          {candidates.exercises.map((candidate) => (
            <li key={candidate.exerciseId}>
              <label>
                <input
                  type="checkbox"
                  checked={chosenExercises.includes(candidate.exerciseId)}
                  onChange={(event) => setExerciseTicks({ ...exerciseTicks, [candidate.exerciseId]: event.currentTarget.checked })}
                />{' '}
                {exerciseTitle(candidate.exerciseId)} ({tp(candidate.own ? 'packSave.statusOwn' : 'packSave.statusDemo')})
              </label>
            </li>
          ))}
        </ul>
        {exercisesError ? <p className="field__error" role="alert">{exercisesError}</p> : null}
      </fieldset>
      {candidates.tables.length > 0 ? (
        <fieldset className="fieldset">
          <legend>{tp('packSave.tables')}</legend>
          <ul className="pack-save__choices">
            {candidates.tables.map((table) => (
              <li key={tableKey(table)}>
                <label>
                  <input
                    type="checkbox"
                    disabled={!tableAllowed(table)}
                    checked={chosenTables.includes(table)}
                    onChange={(event) => setTableTicks({ ...tableTicks, [tableKey(table)]: event.currentTarget.checked })}
                  />{' '}
                  {tp('packSave.table', { title: tableTitle(table), name: table.fileName, count: table.rows })}
                  {tableAllowed(table) ? null : ` (${tp('packSave.tableNeedsExercise')})`}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
      <p>
        <label>
          <input type="checkbox" checked={withSettings} onChange={(event) => setWithSettings(event.currentTarget.checked)} />{' '}
          {tp('packSave.settings', { language: LANGUAGE_NAMES[locale], currency: t(`currency.${currencyFor(locale, currency)}`) })}
        </label>
      </p>
      <p className="pack-save__preview" aria-live="polite">
        {tp('packSave.preview', { exercises: chosenExercises.length, tables: chosenTables.length, rows: rowCount, settings: withSettings ? tp('packSave.previewSettings') : '' })}
      </p>
      <button type="button" className="button button--primary" onClick={() => void save()}>
        {tp('packSave.save')}
      </button>
      {problem ? (
        <p className="backup__error" role="alert">
          {problem}
        </p>
      ) : null}
      <p className="pack-save__status" role="status">
        {saved ? tp('packSave.saved', { file: saved, url: packLink }) : ''}
      </p>
    </section>
  );
}
