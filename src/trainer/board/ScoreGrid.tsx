import { useId, useState } from 'react';
import { useFormat, useLocale, useMessages, useT } from '../../i18n/useI18n';
import { optionalNumberCodec, type ValidationMessage } from '../../workbook/fieldCodecs';
import { ScrollBox } from '../../ui/ScrollBox';
import { useBoardStore } from './boardStore';
import { boardMessages } from './messages';
import { scoreOf } from './model';
import { draftKey } from './schema';
import type { BoardNames } from './names';

/** A score is a count of points, never negative; halves and tenths happen ("7,5"). */
const scoreCodec = optionalNumberCodec({ min: 0 });

/** Teams down, assessments across: one field per score; a bad entry keeps its text and says what is wrong. */
export function ScoreGrid({ names }: { names: BoardNames }) {
  const tb = useMessages(boardMessages);
  const teams = useBoardStore((board) => board.teams);
  const assessments = useBoardStore((board) => board.assessments);
  if (teams.length === 0 || assessments.length === 0) return null;
  return (
    <section className="board-editor board-editor--wide" aria-labelledby="board-scores">
      <h2 id="board-scores">{tb('scores.heading')}</h2>
      <p className="field__hint">{tb('scores.hint')}</p>
      <ScrollBox label={tb('scores.tableLabel')}>
        <table className="board-scores" aria-label={tb('scores.tableLabel')}>
          <thead>
            <tr>
              <th scope="col">{tb('scores.team')}</th>
              {assessments.map((assessment) => (
                <th key={assessment.id} scope="col">
                  {names.assessment(assessment.id)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {teams.map((team) => (
              <tr key={team.id}>
                <th scope="row">{names.team(team.id)}</th>
                {assessments.map((assessment) => (
                  <td key={assessment.id}>
                    <ScoreInput teamId={team.id} assessmentId={assessment.id} label={tb('scores.cellLabel', { team: names.team(team.id), assessment: names.assessment(assessment.id) })} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </section>
  );
}

function ScoreInput({ teamId, assessmentId, label }: { teamId: string; assessmentId: string; label: string }) {
  const t = useT();
  const format = useFormat();
  const locale = useLocale();
  const id = useId();
  const score = useBoardStore((board) => scoreOf(board.scores, teamId, assessmentId));
  const draft = useBoardStore((board) => (Object.hasOwn(board.drafts, draftKey(teamId, assessmentId)) ? board.drafts[draftKey(teamId, assessmentId)] : undefined));
  // While the field has focus its text is the trainer's ("7," on the way to "7,5"); otherwise the stored value's.
  const [editing, setEditing] = useState<string | null>(null);
  const text = editing ?? draft ?? scoreCodec.toText(score, locale);
  const checked = scoreCodec.schema(locale).safeParse(text);
  // Cast: the codec reports only ValidationMessage keys as its issues' messages.
  const problem = checked.success ? null : ((checked.error.issues[0]?.message ?? 'validation.notANumber') as ValidationMessage);
  const change = (next: string) => {
    setEditing(next);
    const result = scoreCodec.schema(locale).safeParse(next);
    const board = useBoardStore.getState();
    if (result.success) board.setScore(teamId, assessmentId, result.data);
    else board.setDraft(teamId, assessmentId, next);
  };
  return (
    <div className={`board-score${problem ? ' field--invalid' : ''}`}>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        aria-label={label}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-error` : undefined}
        value={text}
        onFocus={() => setEditing(text)}
        onBlur={() => setEditing(null)}
        onChange={(event) => change(event.target.value)}
      />
      {problem ? (
        <p id={`${id}-error`} className="field__error" role="alert">
          {t(problem, { min: format.number(scoreCodec.min ?? 0) })} <span className="field__draft-note">{t('validation.draftKept')}</span>
        </p>
      ) : null}
    </div>
  );
}
