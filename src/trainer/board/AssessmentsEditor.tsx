import { useState } from 'react';
import { useMessages } from '../../i18n/useI18n';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useBoardStore } from './boardStore';
import { boardMessages } from './messages';
import { scoreOf } from './model';
import type { BoardNames } from './names';

/** The assessments in the day's order: renamed, added, removed (asking first when teams have scores for it). */
export function AssessmentsEditor({ names }: { names: BoardNames }) {
  const tb = useMessages(boardMessages);
  const assessments = useBoardStore((board) => board.assessments);
  const teams = useBoardStore((board) => board.teams);
  const scores = useBoardStore((board) => board.scores);
  const { addAssessment, renameAssessment, removeAssessment } = useBoardStore.getState();
  const [confirming, setConfirming] = useState<string | null>(null);
  const scoredTeams = (assessmentId: string) => teams.filter((team) => scoreOf(scores, team.id, assessmentId) !== null).length;
  const remove = (assessmentId: string) => {
    if (scoredTeams(assessmentId) > 0) setConfirming(assessmentId);
    else removeAssessment(assessmentId);
  };
  return (
    <section className="board-editor" aria-labelledby="board-assessments">
      <h2 id="board-assessments">{tb('assessments.heading')}</h2>
      {assessments.length === 0 ? <p className="muted">{tb('assessments.none')}</p> : null}
      <ol className="board-list">
        {assessments.map((assessment, index) => (
          <li key={assessment.id} className="board-list__item">
            <label className="board-list__label" htmlFor={`board-assessment-${assessment.id}`}>
              {tb('assessments.nameLabel', { n: index + 1 })}
            </label>
            <input
              id={`board-assessment-${assessment.id}`}
              type="text"
              value={assessment.name}
              placeholder={tb('assessments.defaultName', { n: index + 1 })}
              maxLength={80}
              autoComplete="off"
              onChange={(event) => renameAssessment(assessment.id, event.target.value)}
            />
            <span className="board-list__actions">
              <button type="button" className="button button--quiet" aria-label={tb('assessments.remove', { name: names.assessment(assessment.id) })} onClick={() => remove(assessment.id)}>
                ✕
              </button>
            </span>
          </li>
        ))}
      </ol>
      <button type="button" className="button" onClick={addAssessment}>
        {tb('assessments.add')}
      </button>
      <ConfirmDialog
        open={confirming !== null}
        title={tb('assessments.removeTitle', { name: confirming ? names.assessment(confirming) : '' })}
        confirmLabel={tb('assessments.removeConfirm')}
        tone="danger"
        onCancel={() => setConfirming(null)}
        onConfirm={() => {
          if (confirming) removeAssessment(confirming);
          setConfirming(null);
        }}
      >
        <p>{tb('assessments.removeText', { count: confirming ? scoredTeams(confirming) : 0 })}</p>
      </ConfirmDialog>
    </section>
  );
}
