import './board.css';
import { useMemo, useState } from 'react';
import { useWorkbookStore } from '../../store/workbookStore';
import { useFormat, useLocale, useMessages } from '../../i18n/useI18n';
import { INTL_TAG } from '../../i18n/locale';
import { calendarDayIso, currencyFor } from '../../i18n/format';
import { Callout } from '../../ui/Callout';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { downloadText } from '../../data/download';
import { useBoardStorageStatus, useBoardStore } from './boardStore';
import { boardMessages } from './messages';
import { computeStandings } from './model';
import { boardNames, joinNames } from './names';
import { TeamsEditor } from './TeamsEditor';
import { AssessmentsEditor } from './AssessmentsEditor';
import { ScoreGrid } from './ScoreGrid';
import { Standings } from './Standings';
import { BoardChart } from './BoardChart';
import { boardSheets } from './boardExport';

/**
 * The seminar's team competition: the trainer keeps the teams and their scores here and projects the board.
 * In presenter mode the board comes first, in large type; the editing below it stays reachable.
 */
export default function BoardView() {
  const tb = useMessages(boardMessages);
  const presenter = useWorkbookStore((store) => store.settings.presenter);
  const teams = useBoardStore((board) => board.teams);
  const assessments = useBoardStore((board) => board.assessments);
  const scores = useBoardStore((board) => board.scores);
  const names = useMemo(() => boardNames(teams, assessments, tb), [teams, assessments, tb]);
  const standings = useMemo(() => computeStandings({ teams, assessments, scores }), [teams, assessments, scores]);
  const anyScore = standings.teams.some((team) => team.total !== null);

  const board = anyScore ? (
    <>
      <Standings standings={standings} assessments={assessments} scores={scores} names={names} />
      <BoardChart teams={teams} assessments={assessments} scores={scores} names={names} presenter={presenter} />
    </>
  ) : (
    <p className="muted board-empty">{tb('standings.empty')}</p>
  );
  const editing = (
    <div className="board-editing no-print">
      <div className="board-editing__lists">
        <TeamsEditor names={names} />
        <AssessmentsEditor names={names} />
      </div>
      <ScoreGrid names={names} />
    </div>
  );

  return (
    <div className={`board${presenter ? ' board--presenter' : ''}`}>
      <h1>{tb('board.title')}</h1>
      <p className="explain lead">{tb('board.intro')}</p>
      <BoardStorageNotices />
      <BoardTools names={names} />
      {presenter ? (
        <>
          {board}
          {editing}
        </>
      ) : (
        <>
          {editing}
          {board}
        </>
      )}
    </div>
  );
}

function BoardTools({ names }: { names: ReturnType<typeof boardNames> }) {
  const tb = useMessages(boardMessages);
  const locale = useLocale();
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const [confirmingClear, setConfirmingClear] = useState(false);
  const exportToExcel = async () => {
    setExporting(true);
    setExportError(null);
    try {
      const { exportXlsx, safeFileName } = await import('../../data/exportWorkbook');
      const { teams, assessments, scores } = useBoardStore.getState();
      const { currency } = useWorkbookStore.getState().settings;
      const standings = computeStandings({ teams, assessments, scores });
      const sheets = boardSheets({ standings, assessments, scores, names, tb, joinTeams: (ids) => joinNames(ids, names, INTL_TAG[locale]) });
      await exportXlsx(`${safeFileName(tb('export.fileName'))} ${calendarDayIso(new Date())}.xlsx`, sheets, { locale, currency: currencyFor(locale, currency) });
    } catch (error) {
      setExportError(tb('tools.exportFailed', { reason: error instanceof Error ? error.message : String(error) }));
    } finally {
      setExporting(false);
    }
  };
  return (
    <div className="board-tools no-print" role="group" aria-label={tb('board.tools')}>
      <button type="button" className="button" onClick={() => void exportToExcel()} disabled={exporting} aria-busy={exporting}>
        {exporting ? tb('tools.exporting') : tb('tools.export')}
      </button>
      <button type="button" className="button" onClick={() => window.print()}>
        {tb('tools.print')}
      </button>
      <button type="button" className="button button--quiet" onClick={() => setConfirmingClear(true)}>
        {tb('tools.clear')}
      </button>
      {exportError ? <Callout tone="danger">{exportError}</Callout> : null}
      <ConfirmDialog
        open={confirmingClear}
        title={tb('clear.title')}
        confirmLabel={tb('clear.confirm')}
        tone="danger"
        onCancel={() => setConfirmingClear(false)}
        onConfirm={() => {
          setConfirmingClear(false);
          useBoardStore.getState().clearBoard();
        }}
      >
        <p>{tb('clear.text')}</p>
      </ConfirmDialog>
    </div>
  );
}

/** A stored board that could not be read, and writes that fail, are said out loud with a way to keep the work. */
function BoardStorageNotices() {
  const tb = useMessages(boardMessages);
  const format = useFormat();
  const keptAside = useBoardStorageStatus((status) => status.keptAside);
  const writeFailed = useBoardStorageStatus((status) => status.writeFailed);
  const { dismissKeptAside, markKeptAsideDownloaded } = useBoardStorageStatus.getState();
  return (
    <>
      {writeFailed ? (
        <Callout tone="danger">
          <p>{tb('storage.writeFailed')}</p>
        </Callout>
      ) : null}
      {keptAside ? (
        <Callout
          tone="warning"
          actions={
            <>
              <button
                type="button"
                className="button button--primary"
                onClick={() => {
                  downloadText(`loyalty-workbook-trainer-board-kept-aside-${keptAside.keptAt.slice(0, 19).replace(/[:T]/g, '-')}.json`, keptAside.raw, 'application/json');
                  markKeptAsideDownloaded();
                }}
              >
                {tb('storage.download')}
              </button>
              <button type="button" className="button button--quiet" onClick={dismissKeptAside}>
                {tb('storage.dismiss')}
              </button>
            </>
          }
        >
          <p>
            {tb(keptAside.reason === 'newer-version' ? 'storage.keptAsideNewer' : 'storage.keptAside')} <span className="muted">{format.date(keptAside.keptAt)}</span>
          </p>
          {keptAside.holdsWrites ? (
            <p>
              <strong>{tb('storage.keptAsideUnstored')}</strong>
            </p>
          ) : null}
        </Callout>
      ) : null}
    </>
  );
}
