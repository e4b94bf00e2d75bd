import './group.css';
import { useContext, useId, useMemo, useState } from 'react';
import { calendarDayIso } from '../../i18n/format';
import { INTL_TAG } from '../../i18n/locale';
import { useFormat, useLocale, useMessages } from '../../i18n/useI18n';
import { useWorkbookStore } from '../../store/workbookStore';
import { Callout } from '../../ui/Callout';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Pending } from '../../ui/Pending';
import { ExerciseRegistry } from '../../workbook/useResult';
import { trainerMessages } from '../trainerMessages';
import { compareExercises } from './comparison';
import { ExerciseComparisonView } from './ExerciseComparisonView';
import { FileList } from './FileList';
import { HandInDrop } from './HandInDrop';
import { byExercise, mergeHandIns, type ListedFile } from './merge';
import { groupMessages } from './messages';
import { judgeDroppedFile } from './readHandIn';
import { useHandIns } from './useHandIns';
import { usePools } from './usePools';
import { storeErrorText } from './wording';

/**
 * The trainer's group view: the teams' hand-in files dropped at once, each judged and listed, and per exercise
 * the teams' figures side by side. Everything stays in this browser: files are read here and kept in IndexedDB.
 */
export default function GroupView() {
  const tt = useMessages(trainerMessages);
  const t = useMessages(groupMessages);
  const locale = useLocale();
  const format = useFormat();
  const presenter = useWorkbookStore((store) => store.settings.presenter);
  const registry = useContext(ExerciseRegistry);
  const hands = useHandIns();
  const [confirmClear, setConfirmClear] = useState(false);
  const [onScreen, setOnScreen] = useState<string | null>(null);
  const [exportProblem, setExportProblem] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const filesHeadingId = useId();

  const merged = useMemo(() => mergeHandIns(hands.files.map((file) => judgeDroppedFile(file, registry, locale))), [hands.files, registry, locale]);
  const groups = useMemo(() => {
    const collator = new Intl.Collator(INTL_TAG[locale], { numeric: true, sensitivity: 'base' });
    return byExercise(merged.current, registry.map((exercise) => exercise.id), collator.compare);
  }, [merged, registry, locale]);
  const pools = usePools(groups, registry);
  const comparisons = useMemo(() => compareExercises(groups, registry, pools), [groups, registry, pools]);
  const shownId = comparisons.some((comparison) => comparison.exerciseId === onScreen) ? onScreen : (comparisons[0]?.exerciseId ?? null);
  const shown = presenter ? comparisons.filter((comparison) => comparison.exerciseId === shownId) : comparisons;

  const exportWorkbook = async () => {
    setExporting(true);
    setExportProblem(null);
    try {
      const [{ exportXlsx }, { groupSheets }] = await Promise.all([import('../../data/exportWorkbook'), import('./exportGroup')]);
      await exportXlsx(`${t('group.exportFileName')}-${calendarDayIso(new Date())}`, groupSheets(comparisons, merged.files, registry, locale, t), { locale, currency: format.currency });
    } catch (error) {
      setExportProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setExporting(false);
    }
  };

  const fileList = <FileList files={merged.files} registry={registry} onRemove={(id) => void hands.remove(id)} />;

  return (
    <div className="group-view">
      <h1 className="group-view__title">{tt('trainer.group')}</h1>
      {presenter ? null : <p className="group-view__intro">{t('group.intro')}</p>}
      <div className="group-view__tools">
        <HandInDrop onFiles={(files) => void hands.add(files)} busy={hands.reading > 0} />
        {merged.files.length > 0 ? (
          <div className="group-view__actions">
            <button type="button" className="button" onClick={() => void exportWorkbook()} disabled={exporting}>
              {t('group.export')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setConfirmClear(true)}>
              {t('group.files.clear')}
            </button>
          </div>
        ) : null}
      </div>
      {exporting ? <Pending>{t('group.exporting')}</Pending> : null}
      {exportProblem ? <Callout tone="danger">{t('group.exportFailed', { reason: exportProblem })}</Callout> : null}
      {hands.reading > 0 ? <Pending>{t('group.reading', { count: hands.reading })}</Pending> : null}
      {hands.loading ? <Pending>{t('group.loading')}</Pending> : null}
      <BatchStatus batch={hands.lastBatch} files={merged.files} />
      {hands.storeProblem ? (
        <Callout tone="warning">
          {t(hands.storeProblem.kind === 'load' ? 'group.store.loadFailed' : 'group.store.saveFailed', { reason: storeErrorText(hands.storeProblem.error, t) })}
        </Callout>
      ) : null}
      {hands.unreadable > 0 ? <Callout tone="warning">{t('group.store.unreadable', { count: hands.unreadable })}</Callout> : null}

      {merged.files.length > 0 ? (
        <>
          {presenter ? (
            <details className="group-view__files">
              <summary>{t('group.files.fold', { count: merged.files.length })}</summary>
              {fileList}
            </details>
          ) : (
            <section className="group-view__files" aria-labelledby={filesHeadingId}>
              <h2 id={filesHeadingId}>{t('group.files.title')}</h2>
              {fileList}
            </section>
          )}
        </>
      ) : hands.loading ? null : (
        <p className="note">{t('group.empty')}</p>
      )}

      {presenter && comparisons.length > 1 ? (
        <div className="group-view__picker" role="group" aria-label={t('group.onScreen')}>
          {comparisons.map((comparison) => (
            <button
              key={comparison.exerciseId}
              type="button"
              className="button"
              aria-pressed={comparison.exerciseId === shownId}
              onClick={() => setOnScreen(comparison.exerciseId)}
            >
              {comparison.title[locale]}
            </button>
          ))}
        </div>
      ) : null}
      {shown.map((comparison) => (
        <ExerciseComparisonView key={comparison.exerciseId} comparison={comparison} />
      ))}

      <ConfirmDialog
        open={confirmClear}
        title={t('group.files.clearTitle')}
        confirmLabel={t('group.files.clear')}
        tone="danger"
        onConfirm={() => {
          setConfirmClear(false);
          void hands.clear();
        }}
        onCancel={() => setConfirmClear(false)}
      >
        <p>{t('group.files.clearBody')}</p>
      </ConfirmDialog>
    </div>
  );
}

/** What the last drop gave: how many files went into the comparison and how many were skipped (the list says why). */
function BatchStatus({ batch, files }: { batch: readonly string[] | null; files: readonly ListedFile[] }) {
  const t = useMessages(groupMessages);
  const listed = batch ? files.filter((file) => batch.includes(file.dropped.id)) : [];
  const current = listed.filter((file) => file.status.kind !== 'refused').length;
  return (
    <p className="group-view__status" role="status">
      {listed.length > 0 ? t('group.batchRead', { count: listed.length, current, refused: listed.length - current }) : ''}
    </p>
  );
}
