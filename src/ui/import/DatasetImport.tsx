import { useEffect, useId, useRef, useState } from 'react';
import { useFormat, useLocale, useMessages } from '../../i18n/useI18n';
import type { DatasetSpec } from '../../data/spec';
import type { ColumnMapping, FileProblem, ImportResult, InspectOptions, Inspection } from '../../data/import/types';
import { importFile, inspectFile } from '../../data/import/client';
import { missingRequired, proposeMapping } from '../../data/import/mapping';
import { downloadTemplate } from '../../data/import/template';
import { deleteDataset, saveDataset, type DatasetStoreError } from '../../store/datasets';
import type { DatasetSummary } from '../../store/schema';
import { useWorkbookStore } from '../../store/workbookStore';
import { Callout } from '../Callout';
import { ConfirmDialog } from '../ConfirmDialog';
import { FileDrop } from './FileDrop';
import { InspectionPanel } from './InspectionPanel';
import { ImportReportView } from './ImportReportView';
import { importMessages } from './messages';
import { datasetSummary } from './summary';
import { templateWording } from './templateWording';
import { columnLabel, fileProblemText, storeErrorText } from './wording';
import { headingTag, type ImportHeadingLevel } from './headingLevel';
import './import.css';

export interface DatasetImportProps {
  exerciseId: string;
  spec: DatasetSpec;
  /** Called once the user accepted an import and it is stored (rows in IndexedDB, summary in progress). */
  onImported?: (summary: DatasetSummary) => void;
  /** Level of the block's title in the page's outline (default h3); the headings inside it sit one level below. */
  headingLevel?: ImportHeadingLevel;
}

type Phase =
  | { kind: 'idle' }
  | { kind: 'inspecting'; file: File }
  | { kind: 'inspected'; file: File; options: InspectOptions; inspection: Inspection; mapping: ColumnMapping; busy: boolean }
  | { kind: 'importing'; file: File; options: InspectOptions; inspection: Inspection; mapping: ColumnMapping; fraction: number }
  | { kind: 'report'; file: File; options: InspectOptions; inspection: Inspection; mapping: ColumnMapping; result: ImportResult; saving: boolean };

type Problem =
  | { kind: 'file'; problem: FileProblem; fileName: string }
  | { kind: 'store'; error: DatasetStoreError; fileName: string }
  | { kind: 'noEntry' }
  | { kind: 'template'; detail: string };

type Notice = 'saved' | 'removed' | 'cancelled' | null;

/** Today as the user's calendar has it, for the "date in the future" check. */
function localIsoDate(now: Date): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/**
 * The whole path from a participant's file to stored rows: choose or drop a file, check what was found and
 * how columns map, import with a report, then accept (store) or discard (nothing changes). When a dataset is
 * already stored, its summary is shown with "replace" and "remove".
 */
export function DatasetImport({ exerciseId, spec, onImported, headingLevel = 3 }: DatasetImportProps) {
  const t = useMessages(importMessages);
  const locale = useLocale();
  const format = useFormat();
  const titleId = useId();
  const existing = useWorkbookStore((store) => store.exercises[exerciseId]?.datasets[spec.id] ?? null);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [problem, setProblem] = useState<Problem | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [replacing, setReplacing] = useState(false);
  const [confirmRemove, setConfirmRemove] = useState(false);
  // Only the latest request may change the screen; an older one finishing late is ignored.
  const token = useRef(0);
  const controller = useRef<AbortController | null>(null);
  const reportHeading = useRef<HTMLHeadingElement>(null);
  const today = localIsoDate(new Date());

  useEffect(() => () => controller.current?.abort(), []);
  useEffect(() => {
    if (phase.kind === 'report' && !phase.saving) reportHeading.current?.focus();
  }, [phase]);

  const begin = (): { id: number; signal: AbortSignal } => {
    controller.current?.abort();
    const next = new AbortController();
    controller.current = next;
    return { id: ++token.current, signal: next.signal };
  };

  const stop = () => {
    token.current++;
    controller.current?.abort();
    controller.current = null;
  };

  const inspect = async (file: File, options: InspectOptions, previous: Extract<Phase, { kind: 'inspected' }> | null) => {
    const run = begin();
    setProblem(null);
    setNotice(null);
    setPhase(previous ? { ...previous, busy: true } : { kind: 'inspecting', file });
    // The language only settles a file that shows no number convention; the file's own evidence comes first.
    const outcome = await inspectFile(file, { ...options, locale }, run.signal);
    if (run.id !== token.current) return;
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

  const cancel = () => {
    stop();
    if (phase.kind === 'importing') {
      const { fraction: _fraction, ...rest } = phase;
      setPhase({ ...rest, kind: 'inspected', busy: false });
    } else {
      setPhase({ kind: 'idle' });
    }
    setNotice('cancelled');
  };

  const runImport = async () => {
    if (phase.kind !== 'inspected') return;
    const { file, inspection, mapping, options } = phase;
    const run = begin();
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
    };
    const outcome = await importFile(file, spec, mapping, { ...pinned, today, locale }, {
      signal: run.signal,
      onProgress: (fraction: number) => {
        if (run.id === token.current) setPhase((current) => (current.kind === 'importing' ? { ...current, fraction } : current));
      },
    });
    if (run.id !== token.current) return;
    controller.current = null;
    if (!outcome.ok) {
      if (outcome.problem.code === 'cancelled') setNotice('cancelled');
      else setProblem({ kind: 'file', problem: outcome.problem, fileName: file.name });
      setPhase({ kind: 'inspected', file, options, inspection, mapping, busy: false });
      return;
    }
    setPhase({ kind: 'report', file, options, inspection, mapping, result: outcome.value, saving: false });
  };

  const accept = async () => {
    if (phase.kind !== 'report' || phase.saving) return;
    const { result, file } = phase;
    setPhase({ ...phase, saving: true });
    setProblem(null);
    const summary = datasetSummary(result);
    const saved = await saveDataset(exerciseId, spec.id, result.rows, summary);
    if (!saved.ok) {
      setProblem({ kind: 'store', error: saved.error, fileName: file.name });
      setPhase({ ...phase, saving: false });
      return;
    }
    if (!useWorkbookStore.getState().setDatasetSummary(exerciseId, spec.id, summary)) {
      // No progress entry to refer to the rows: take them back out rather than leave them unreferenced.
      await deleteDataset(exerciseId, spec.id);
      setProblem({ kind: 'noEntry' });
      setPhase({ ...phase, saving: false });
      return;
    }
    setPhase({ kind: 'idle' });
    setReplacing(false);
    setNotice('saved');
    onImported?.(summary);
  };

  const discard = () => {
    stop();
    setPhase({ kind: 'idle' });
    setProblem(null);
    setNotice(null);
  };

  const remove = async () => {
    setConfirmRemove(false);
    setProblem(null);
    const fileName = existing?.fileName ?? '';
    const deleted = await deleteDataset(exerciseId, spec.id);
    if (!deleted.ok) {
      setProblem({ kind: 'store', error: deleted.error, fileName });
      return;
    }
    useWorkbookStore.getState().setDatasetSummary(exerciseId, spec.id, null);
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

  const problemText = (value: Problem): string => {
    switch (value.kind) {
      case 'file':
        return fileProblemText(t, value.problem, { fileName: value.fileName, spec, locale });
      case 'store':
        return storeErrorText(t, value.error, value.fileName);
      case 'noEntry':
        return t('store.noEntry');
      case 'template':
        return t('template.failed', { detail: value.detail });
    }
  };

  const templateButton = (
    <button type="button" className="button button--quiet" onClick={() => void template()}>
      {t('template.download')}
    </button>
  );

  const Title = headingTag(headingLevel);
  const SubTitle = headingTag(headingLevel + 1);
  // From the moment a file is chosen until it is accepted or dropped, leaving the step would lose it (./pending.ts).
  const pending = phase.kind !== 'idle';
  // A refused file while data is stored: say plainly that the stored data is still the one in use.
  const keptNote = problem?.kind === 'file' && existing ? t('existing.kept', { name: existing.fileName }) : null;
  const noticeText = notice === 'saved' ? t('existing.saved') : notice === 'removed' ? t('existing.removed') : notice === 'cancelled' ? t('problem.cancelled') : '';
  const missing = phase.kind === 'inspected' ? missingRequired(phase.mapping, spec) : [];

  return (
    <section className="dataset-import" aria-labelledby={titleId} data-import-pending={pending ? phase.kind : undefined}>
      <Title id={titleId} className="dataset-import__title">
        {spec.title[locale]}
      </Title>
      {problem ? (
        <Callout tone="danger">
          <p>{problemText(problem)}</p>
          {keptNote ? <p>{keptNote}</p> : null}
        </Callout>
      ) : null}
      <p className="dataset-import__status" role="status">
        {noticeText}
      </p>

      {phase.kind === 'idle' && existing && !replacing ? (
        <div className="dataset-import__existing">
          <p className="dataset-import__existing-title">{t('existing.title')}</p>
          <p>{t('existing.file', { name: existing.fileName, date: format.date(existing.importedAt) })}</p>
          <p>
            {t('existing.rows', { count: existing.rowsImported })}
            {existing.rowsSkipped > 0 ? `, ${t('existing.skipped', { count: existing.rowsSkipped })}` : ''}.
          </p>
          <div className="dataset-import__actions">
            <button type="button" className="button" onClick={() => setReplacing(true)}>
              {t('existing.replace')}
            </button>
            <button type="button" className="button" onClick={() => setConfirmRemove(true)}>
              {t('existing.remove')}
            </button>
            {templateButton}
          </div>
        </div>
      ) : null}

      {phase.kind === 'idle' && (!existing || replacing) ? (
        <>
          <FileDrop onFile={chooseFile} />
          <div className="dataset-import__actions">
            {existing ? (
              <button type="button" className="button" onClick={() => { setReplacing(false); setProblem(null); }}>
                {t('existing.cancelReplace')}
              </button>
            ) : null}
            {templateButton}
          </div>
        </>
      ) : null}

      {phase.kind === 'inspecting' ? (
        <div className="dataset-import__progress">
          <label>
            {t('inspect.reading', { name: phase.file.name })}
            <progress />
          </label>
          <button type="button" className="button" onClick={cancel}>
            {t('inspect.cancel')}
          </button>
        </div>
      ) : null}

      {phase.kind === 'inspected' ? (
        <>
          <InspectionPanel
            spec={spec}
            headingLevel={headingLevel + 1}
            inspection={phase.inspection}
            mapping={phase.mapping}
            busy={phase.busy}
            today={today}
            onReinspect={reinspect}
            onMappingChange={(key, index) => setPhase({ ...phase, mapping: { ...phase.mapping, [key]: index } })}
          />
          {missing.length > 0 ? (
            <p className="dataset-import__warning" role="alert">
              {t('mapping.missing', { columns: missing.map((key) => columnLabel(spec, key, locale)).join(', ') })}
            </p>
          ) : null}
          <div className="dataset-import__actions">
            <button type="button" className="button button--primary" disabled={phase.busy || missing.length > 0} onClick={() => void runImport()}>
              {t('import.start')}
            </button>
            <button type="button" className="button" onClick={discard}>
              {t('file.another')}
            </button>
          </div>
        </>
      ) : null}

      {phase.kind === 'importing' ? (
        <div className="dataset-import__progress">
          <label>
            {t('import.running', { name: phase.file.name })}
            <progress max={1} value={phase.fraction} />
          </label>
          <span>{t('import.progress', { percent: format.percent(phase.fraction, 0) })}</span>
          <button type="button" className="button" onClick={cancel}>
            {t('import.cancel')}
          </button>
        </div>
      ) : null}

      {phase.kind === 'report' ? (
        <div>
          <SubTitle ref={reportHeading} tabIndex={-1} className="dataset-import__heading">
            {t('report.title')}
          </SubTitle>
          <p className="explain">{t('report.intro')}</p>
          <ImportReportView spec={spec} report={phase.result.report} headingLevel={headingLevel + 2} />
          {phase.result.report.rowsImported === 0 ? <Callout tone="warning">{t('report.nothingToAccept')}</Callout> : null}
          <div className="dataset-import__actions">
            <button
              type="button"
              className="button button--primary"
              disabled={phase.saving || phase.result.report.rowsImported === 0}
              onClick={() => void accept()}
            >
              {phase.saving ? t('report.saving') : t('report.accept')}
            </button>
            <button type="button" className="button" disabled={phase.saving} onClick={discard}>
              {t('report.discard')}
            </button>
          </div>
        </div>
      ) : null}

      <ConfirmDialog
        open={confirmRemove}
        title={t('remove.title')}
        confirmLabel={t('remove.confirm')}
        tone="danger"
        onConfirm={() => void remove()}
        onCancel={() => setConfirmRemove(false)}
      >
        <p>{t('remove.body', { name: existing?.fileName ?? '' })}</p>
      </ConfirmDialog>
    </section>
  );
}
