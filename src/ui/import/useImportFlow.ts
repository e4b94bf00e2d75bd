import { useEffect, useRef, useState } from 'react';
import { useLocale, useMessages } from '../../i18n/useI18n';
import type { DatasetSpec } from '../../data/spec';
import type { ColumnMapping, FileProblem, InspectOptions, Inspection } from '../../data/import/types';
import { createImportSession, type ImportSessionClient } from '../../data/import/client';
import type { ImportSummary } from '../../data/import/session';
import { proposeMapping } from '../../data/import/mapping';
import { layoutOptions } from '../../data/import/layout';
import { withScaleMax } from '../../data/import/scaleFit';
import { downloadTemplate } from '../../data/import/template';
import { datasetExists, deleteDataset, subscribeToDatasetChanges, type DatasetStoreError } from '../../store/datasets';
import type { DatasetSummary } from '../../store/schema';
import { selectDatasetSummary, useWorkbookStore } from '../../store/workbookStore';
import { datasetLocation } from '../../store/datasetLocation';
import { removeStoredDataset } from '../../store/removeDataset';
import { importMessages } from './messages';
import { datasetSummary } from './summary';
import { templateWording } from './templateWording';
import { useLatestRequest } from './useLatestRequest';

export type ImportPhase =
  | { kind: 'idle' }
  | { kind: 'inspecting'; file: File }
  | { kind: 'inspected'; file: File; options: InspectOptions; inspection: Inspection; mapping: ColumnMapping; busy: boolean }
  | { kind: 'importing'; file: File; options: InspectOptions; inspection: Inspection; mapping: ColumnMapping; fraction: number }
  | { kind: 'report'; file: File; options: InspectOptions; inspection: Inspection; mapping: ColumnMapping; result: ImportSummary; saving: boolean };

export type ImportProblem =
  | { kind: 'file'; problem: FileProblem; fileName: string }
  | { kind: 'store'; error: DatasetStoreError; fileName: string }
  | { kind: 'noEntry' }
  | { kind: 'template'; detail: string };

export type ImportNotice = 'saved' | 'removed' | 'cancelled' | null;

export interface ImportFlowOptions {
  exerciseId: string;
  spec: DatasetSpec;
  onImported?: (summary: DatasetSummary) => void;
  /** Switches the exercise to another of the spec's allowed scales (DatasetSpec.scale), when it can. */
  onScaleChange?: (max: number) => void;
}

/** Today as the user's calendar has it, for the "date in the future" check. */
function localIsoDate(now: Date): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/**
 * True when progress names an imported file whose rows this browser no longer holds (site data cleared in
 * part): the block must say so, not "8 rows imported". Checked again whenever datasets change.
 */
function useRowsMissing(owner: string, id: string, importedAt: string | null): boolean {
  const [missing, setMissing] = useState(false);
  const [revision, setRevision] = useState(0);
  useEffect(() => subscribeToDatasetChanges(() => setRevision((n) => n + 1)), []);
  useEffect(() => {
    if (importedAt === null) {
      setMissing(false);
      return;
    }
    let current = true;
    void datasetExists(owner, id).then((result) => {
      // A browser without IndexedDB is said elsewhere (the store's error); only a clear "not there" counts here.
      if (current) setMissing(result.ok && !result.value);
    });
    return () => {
      current = false;
    };
  }, [owner, id, importedAt, revision]);
  return missing;
}

/**
 * The state machine behind DatasetImport: idle → inspecting → inspected → importing → report, then accept
 * (store) or discard; plus replace/remove of a stored dataset and the template download. Rendering stays in
 * DatasetImport.tsx; this hook owns what is on screen and every action that changes it.
 */
export function useImportFlow({ exerciseId, spec, onImported, onScaleChange }: ImportFlowOptions) {
  const t = useMessages(importMessages);
  const locale = useLocale();
  // A shared kind (sales) is stored once in "My data", whichever exercise's screen imports it.
  const { owner, id: storedId } = datasetLocation(exerciseId, spec);
  const location = { owner, id: storedId };
  const existing = useWorkbookStore((store) => selectDatasetSummary(store, { owner, id: storedId }));
  const rowsMissing = useRowsMissing(owner, storedId, existing?.importedAt ?? null);
  const [phase, setPhase] = useState<ImportPhase>({ kind: 'idle' });
  const [problem, setProblem] = useState<ImportProblem | null>(null);
  const [notice, setNotice] = useState<ImportNotice>(null);
  const [replacing, setReplacing] = useState(false);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const request = useLatestRequest();
  const today = localIsoDate(new Date());
  // One worker for as long as the screen is shown: the file is read and parsed once, whatever the user changes.
  const sessionRef = useRef<ImportSessionClient | null>(null);
  const session = (): ImportSessionClient => (sessionRef.current ??= createImportSession());
  useEffect(
    () => () => {
      sessionRef.current?.dispose();
      sessionRef.current = null;
    },
    [],
  );

  const inspect = async (file: File, options: InspectOptions, previous: Extract<ImportPhase, { kind: 'inspected' }> | null) => {
    const run = request.begin();
    setProblem(null);
    setNotice(null);
    setPhase(previous ? { ...previous, busy: true } : { kind: 'inspecting', file });
    // The language only settles a file that shows no number convention; the file's own evidence comes first.
    // A spec that accepts other layouts has them detected, and their made columns named in the user's language.
    const outcome = await session().inspect(file, { ...options, locale, layouts: layoutOptions(spec, locale) }, run.signal);
    if (!request.isLatest(run.id)) return;
    if (!outcome.ok) {
      if (outcome.problem.code !== 'cancelled') setProblem({ kind: 'file', problem: outcome.problem, fileName: file.name });
      // A changed option that does not work (a sheet without a table) keeps the last good reading on screen.
      setPhase(previous ? { ...previous, busy: false } : { kind: 'idle' });
      return;
    }
    const inspection = outcome.value;
    setPhase({ kind: 'inspected', file, options, inspection, mapping: proposeMapping(inspection.headers, spec), busy: false });
  };

  const chooseFile = (file: File) => void inspect(file, {}, null);

  const reinspect = (change: InspectOptions) => {
    if (phase.kind !== 'inspected') return;
    void inspect(phase.file, { ...phase.options, ...change }, phase);
  };

  const changeMapping = (key: string, index: number | null) => {
    if (phase.kind !== 'inspected') return;
    setPhase({ ...phase, mapping: { ...phase.mapping, [key]: index } });
  };

  const cancel = () => {
    request.stop();
    if (phase.kind === 'importing') {
      const { fraction: _fraction, ...rest } = phase;
      setPhase({ ...rest, kind: 'inspected', busy: false });
    } else {
      setPhase({ kind: 'idle' });
    }
    setNotice('cancelled');
  };

  /** From the mapping, or again from the report with another scale (`withSpec`). */
  const runImport = async (withSpec: DatasetSpec = spec) => {
    if (phase.kind !== 'inspected' && !(phase.kind === 'report' && !phase.saving)) return;
    const { file, inspection, mapping, options } = phase;
    const run = request.begin();
    setProblem(null);
    setNotice(null);
    setPhase({ kind: 'importing', file, options, inspection, mapping, fraction: 0 });
    // Pinned to what the preview showed, so the import reads the very table the user checked.
    const pinned: InspectOptions = {
      sheet: inspection.sheet,
      headerRow: inspection.headerRow,
      encoding: inspection.encoding?.used ?? 'auto',
      delimiter: inspection.delimiter ?? 'auto',
      decimalComma: inspection.decimalComma,
      layouts: layoutOptions(withSpec, locale),
      layout: inspection.layout?.used ?? 'auto',
    };
    const outcome = await session().import(file, withSpec, mapping, { ...pinned, today, locale }, {
      signal: run.signal,
      onProgress: (fraction: number) => {
        if (request.isLatest(run.id)) setPhase((current) => (current.kind === 'importing' ? { ...current, fraction } : current));
      },
    });
    if (!request.isLatest(run.id)) return;
    request.finished();
    if (!outcome.ok) {
      if (outcome.problem.code === 'cancelled') setNotice('cancelled');
      else setProblem({ kind: 'file', problem: outcome.problem, fileName: file.name });
      setPhase({ kind: 'inspected', file, options, inspection, mapping, busy: false });
      return;
    }
    setPhase({ kind: 'report', file, options, inspection, mapping, result: outcome.value, saving: false });
  };

  /**
   * The report's proposal taken: the exercise switches its scale, and the same file is imported again on it
   * at once (the exercise's new spec arrives with the next render; this import must not wait for it).
   */
  const switchScale = (max: number) => {
    if (phase.kind !== 'report' || onScaleChange === undefined) return;
    onScaleChange(max);
    void runImport(withScaleMax(spec, max));
  };

  const accept = async () => {
    if (phase.kind !== 'report' || phase.saving) return;
    const { result, file } = phase;
    setPhase({ ...phase, saving: true });
    setProblem(null);
    const summary = datasetSummary(result);
    const saved = await session().save(owner, storedId, summary);
    if (!saved.ok) {
      setProblem({ kind: 'store', error: saved.error, fileName: file.name });
      setPhase({ ...phase, saving: false });
      return;
    }
    if (!useWorkbookStore.getState().recordDatasetSummary(location, summary)) {
      // No progress entry to refer to the rows: take them back out rather than leave them unreferenced.
      await deleteDataset(owner, storedId);
      setProblem({ kind: 'noEntry' });
      setPhase({ ...phase, saving: false });
      return;
    }
    session().release();
    setPhase({ kind: 'idle' });
    setReplacing(false);
    setNotice('saved');
    onImported?.(summary);
  };

  const discard = () => {
    request.stop();
    sessionRef.current?.release();
    setPhase({ kind: 'idle' });
    setProblem(null);
    setNotice(null);
  };

  const startReplace = () => setReplacing(true);

  const cancelReplace = () => {
    setReplacing(false);
    setProblem(null);
  };

  const askRemove = () => setConfirmRemove(true);

  const keepStored = () => setConfirmRemove(false);

  const remove = async () => {
    setConfirmRemove(false);
    setProblem(null);
    const fileName = existing?.fileName ?? '';
    const deleted = await removeStoredDataset(location);
    if (!deleted.ok) {
      setProblem({ kind: 'store', error: deleted.error, fileName });
      return;
    }
    setReplacing(false);
    setNotice('removed');
  };

  const template = async () => {
    setProblem(null);
    try {
      await downloadTemplate(t('template.fileName', { title: spec.title[locale] }), spec, locale, templateWording(t));
    } catch (error) {
      setProblem({ kind: 'template', detail: error instanceof Error ? error.message : String(error) });
    }
  };

  return {
    phase, problem, notice, existing, rowsMissing, replacing, confirmRemove, today,
    actions: { chooseFile, reinspect, changeMapping, cancel, runImport, switchScale, accept, discard, startReplace, cancelReplace, askRemove, keepStored, remove, template },
  };
}
