import { lazy, Suspense, useState } from 'react';
import { useWorkbookStore } from '../store/workbookStore';
import { useMessages, useT, useText } from '../i18n/useI18n';
import { calendarDayIso, createFormatters, currencyFor } from '../i18n/format';
import type { AnyExercise } from '../workbook/contract';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { Callout } from '../ui/Callout';
import { Foldable } from '../ui/Foldable';
import { navigate } from '../workbook/route';
import { exportDatasets } from '../workbook/exerciseData';
import { teamMessages } from '../handin/teamMessages';

// The preview and the file's builder load when a participant hands in: the exercise page does not carry them.
const HandInDialog = lazy(() => import('../handin/HandInDialog'));

interface ExerciseToolbarProps {
  exercise: AnyExercise;
  state: unknown;
  onReset: () => void;
}

export function ExerciseToolbar({ exercise, state, onReset }: ExerciseToolbarProps) {
  const t = useT();
  const text = useText();
  const [confirmingReset, setConfirmingReset] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const [handingIn, setHandingIn] = useState(false);
  const [handedIn, setHandedIn] = useState<string | null>(null);
  const th = useMessages(teamMessages);
  const title = text(exercise.title);

  const exportToExcel = async () => {
    setExporting(true);
    setExportError(null);
    try {
      const [{ exportXlsx, safeFileName }, { withTeamSheet }] = await Promise.all([import('../data/exportWorkbook'), import('../handin/teamSheet')]);
      const { locale, currency, team = '' } = useWorkbookStore.getState().settings;
      const money = currencyFor(locale, currency);
      const now = new Date();
      const sheets = await exercise.toSheets(state, { locale, format: createFormatters(locale, money), datasets: exportDatasets(exercise.id) });
      // Whose work it is, on a first sheet of every exercise's export (none writes it itself).
      const withTeam = withTeamSheet(sheets, { team, exerciseTitle: exercise.title[locale], locale, now });
      await exportXlsx(`${safeFileName(title)} ${calendarDayIso(now)}.xlsx`, withTeam, { locale, currency: money });
    } catch (error) {
      setExportError(t('exercise.exportFailed', { reason: error instanceof Error ? error.message : String(error) }));
    } finally {
      setExporting(false);
    }
  };

  return (
    <Foldable label={t('exercise.toolsShort')} className="toolbar" toggleClassName="toolbar__toggle" groupLabel={t('exercise.tools')}>
      <button type="button" className="button" onClick={() => void exportToExcel()} disabled={exporting} aria-busy={exporting}>
        {exporting ? t('exercise.exporting') : t('exercise.exportXlsx')}
      </button>
      <button type="button" className="button" onClick={() => navigate({ page: 'report', exerciseId: exercise.id })}>
        {t('exercise.print')}
      </button>
      <button
        type="button"
        className="button"
        onClick={() => {
          setHandedIn(null);
          setHandingIn(true);
        }}
      >
        {th('handIn.button')}
      </button>
      <button type="button" className="button button--quiet" onClick={() => setConfirmingReset(true)}>
        {t('exercise.reset')}
      </button>
      {exportError ? <Callout tone="danger">{exportError}</Callout> : null}
      {handedIn ? <Callout tone="success">{th('handIn.written', { file: handedIn })}</Callout> : null}
      {handingIn ? (
        <Suspense fallback={null}>
          <HandInDialog
            exercise={exercise}
            state={state}
            onClose={() => setHandingIn(false)}
            onWritten={(fileName) => {
              setHandingIn(false);
              setHandedIn(fileName);
            }}
          />
        </Suspense>
      ) : null}
      <ConfirmDialog
        open={confirmingReset}
        title={t('exercise.resetTitle', { title })}
        confirmLabel={t('exercise.reset')}
        tone="danger"
        onCancel={() => setConfirmingReset(false)}
        onConfirm={() => {
          setConfirmingReset(false);
          onReset();
        }}
      >
        <p>{t('exercise.resetText')}</p>
      </ConfirmDialog>
    </Foldable>
  );
}
