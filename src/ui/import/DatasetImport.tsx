import { useEffect, useId, useRef, useState } from 'react';
import { useFormat, useLocale, useMessages } from '../../i18n/useI18n';
import type { DatasetSpec } from '../../data/spec';
import { missingRecommended, missingRequired } from '../../data/import/mapping';
import { reportWarnings } from '../../data/import/health';
import type { ImportSummary } from '../../data/import/session';
import type { DatasetSummary } from '../../store/schema';
import { Callout } from '../Callout';
import { ConfirmDialog } from '../ConfirmDialog';
import { FileDrop } from './FileDrop';
import { InspectionPanel } from './InspectionPanel';
import { ImportReportView } from './ImportReportView';
import { ImportWarnings } from './ImportWarnings';
import { importMessages } from './messages';
import { myDataMessages } from './myDataMessages';
import { useImportFlow, type ImportProblem } from './useImportFlow';
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
  /**
   * For a spec with a scale (DatasetSpec.scale): switches the exercise to another allowed scale, offered when a
   * file looks like one; the file is then imported again on it.
   */
  onScaleChange?: (max: number) => void;
}

/**
 * The whole path from a participant's file to stored rows: choose or drop a file, check what was found and
 * how columns map, import with a report, then accept (store) or discard (nothing changes). When a dataset is
 * already stored, its summary is shown with "replace" and "remove".
 */
export function DatasetImport({ exerciseId, spec, onImported, headingLevel = 3, onScaleChange }: DatasetImportProps) {
  const t = useMessages(importMessages);
  const tm = useMessages(myDataMessages);
  const locale = useLocale();
  const format = useFormat();
  const titleId = useId();
  const { phase, problem, notice, existing, rowsMissing, replacing, confirmRemove, today, actions } = useImportFlow({
    exerciseId,
    spec,
    onImported,
    ...(onScaleChange ? { onScaleChange } : {}),
  });
  const reportHeading = useRef<HTMLHeadingElement>(null);
  // The report whose warnings the user confirmed having read; a new report (another scale, another file) asks again.
  const [acknowledged, setAcknowledged] = useState<ImportSummary | null>(null);
  const acknowledgeId = useId();

  useEffect(() => {
    if (phase.kind === 'report' && !phase.saving) reportHeading.current?.focus();
  }, [phase]);

  const problemText = (value: ImportProblem): string => {
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
    <button type="button" className="button button--quiet" onClick={() => void actions.template()}>
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
  const lacking = phase.kind === 'inspected' || phase.kind === 'report' ? missingRecommended(phase.mapping, spec) : [];
  const warnings = phase.kind === 'report' ? reportWarnings(phase.result.report, spec) : null;
  const mustAcknowledge = phase.kind === 'report' && warnings !== null && warnings.needAttention && acknowledged !== phase.result;
  // Rows that are items of groups (receipt lines), none of which lists two items: nothing the exercise could use.
  const groups = phase.kind === 'report' ? (phase.result.report.groups ?? null) : null;
  const singleItemGroups = spec.layouts !== undefined && groups !== null && groups.groups > 0 && groups.withSeveralItems === 0;

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
          {rowsMissing ? (
            <Callout tone="warning">
              <p>{t('store.missing', { name: existing.fileName })}</p>
            </Callout>
          ) : (
            <p>
              {t('existing.rows', { count: existing.rowsImported })}
              {existing.rowsSkipped > 0 ? `, ${t('existing.skipped', { count: existing.rowsSkipped })}` : ''}.
            </p>
          )}
          {spec.shared ? <p className="dataset-import__shared">{tm('myData.sharedNote')}</p> : null}
          <div className="dataset-import__actions">
            <button type="button" className="button" onClick={actions.startReplace}>
              {t('existing.replace')}
            </button>
            <button type="button" className="button" onClick={actions.askRemove}>
              {t('existing.remove')}
            </button>
            {templateButton}
          </div>
        </div>
      ) : null}

      {phase.kind === 'idle' && (!existing || replacing) ? (
        <>
          <FileDrop onFile={actions.chooseFile} />
          <div className="dataset-import__actions">
            {existing ? (
              <button type="button" className="button" onClick={actions.cancelReplace}>
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
          <button type="button" className="button" onClick={actions.cancel}>
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
            onReinspect={actions.reinspect}
            onMappingChange={actions.changeMapping}
          />
          {missing.length > 0 ? (
            <p className="dataset-import__warning" role="alert">
              {t('mapping.missing', { columns: missing.map((key) => columnLabel(spec, key, locale)).join(', ') })}
            </p>
          ) : null}
          {lacking.map((key) => (
            <p key={key} className="dataset-import__warning">
              {t('warning.recommended', { column: columnLabel(spec, key, locale), reason: spec.columns.find((column) => column.key === key)?.recommended?.[locale] ?? '' })}
            </p>
          ))}
          <div className="dataset-import__actions">
            <button type="button" className="button button--primary" disabled={phase.busy || missing.length > 0} onClick={() => void actions.runImport()}>
              {t('import.start')}
            </button>
            <button type="button" className="button" onClick={actions.discard}>
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
          <button type="button" className="button" onClick={actions.cancel}>
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
          {warnings ? (
            <ImportWarnings
              spec={spec}
              warnings={warnings}
              missingRecommended={lacking}
              onSwitchScale={onScaleChange ? actions.switchScale : undefined}
              busy={phase.saving}
            />
          ) : null}
          <ImportReportView spec={spec} report={phase.result.report} headingLevel={headingLevel + 2} attention={warnings?.needAttention ?? false} />
          {phase.result.report.rowsImported === 0 ? <Callout tone="warning">{t('report.nothingToAccept')}</Callout> : null}
          {singleItemGroups ? (
            <Callout tone="danger">
              <p>{t('report.singleItemGroups', { group: columnLabel(spec, spec.layouts?.group ?? '', locale), item: columnLabel(spec, spec.layouts?.item ?? '', locale), groups: groups.groups })}</p>
            </Callout>
          ) : null}
          {warnings?.needAttention && phase.result.report.rowsImported > 0 ? (
            <p className="dataset-import__acknowledge">
              <input
                id={acknowledgeId}
                type="checkbox"
                checked={acknowledged === phase.result}
                onChange={(event) => setAcknowledged(event.target.checked ? phase.result : null)}
              />
              <label htmlFor={acknowledgeId}>{t('warning.acknowledge')}</label>
            </p>
          ) : null}
          <div className="dataset-import__actions">
            <button
              type="button"
              className="button button--primary"
              disabled={phase.saving || phase.result.report.rowsImported === 0 || mustAcknowledge || singleItemGroups}
              onClick={() => void actions.accept()}
            >
              {phase.saving ? t('report.saving') : t('report.accept')}
            </button>
            <button type="button" className="button" disabled={phase.saving} onClick={actions.discard}>
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
        onConfirm={() => void actions.remove()}
        onCancel={actions.keepStored}
      >
        <p>{t('remove.body', { name: existing?.fileName ?? '' })}</p>
      </ConfirmDialog>
    </section>
  );
}
