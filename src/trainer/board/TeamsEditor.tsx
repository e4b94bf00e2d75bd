import { useMessages } from '../../i18n/useI18n';
import { Callout } from '../../ui/Callout';
import { useBoardStore } from './boardStore';
import { boardMessages } from './messages';
import type { BoardNames } from './names';

/** The teams in the trainer's order: name, move up or down, remove (with undo). */
export function TeamsEditor({ names }: { names: BoardNames }) {
  const tb = useMessages(boardMessages);
  const teams = useBoardStore((board) => board.teams);
  const lastRemoved = useBoardStore((board) => board.lastRemoved);
  const { addTeam, renameTeam, removeTeam, undoRemoveTeam, moveTeam } = useBoardStore.getState();
  return (
    <section className="board-editor" aria-labelledby="board-teams">
      <h2 id="board-teams">{tb('teams.heading')}</h2>
      {teams.length === 0 ? <p className="muted">{tb('teams.none')}</p> : null}
      <ol className="board-list">
        {teams.map((team, index) => {
          const name = names.team(team.id);
          return (
            <li key={team.id} className="board-list__item">
              <label className="board-list__label" htmlFor={`board-team-${team.id}`}>
                {tb('teams.nameLabel', { n: index + 1 })}
              </label>
              <input
                id={`board-team-${team.id}`}
                type="text"
                value={team.name}
                placeholder={tb('teams.defaultName', { n: index + 1 })}
                maxLength={80}
                autoComplete="off"
                onChange={(event) => renameTeam(team.id, event.target.value)}
              />
              <span className="board-list__actions">
                <button type="button" className="button button--quiet" aria-label={tb('teams.moveUp', { name })} disabled={index === 0} onClick={() => moveTeam(team.id, -1)}>
                  ↑
                </button>
                <button
                  type="button"
                  className="button button--quiet"
                  aria-label={tb('teams.moveDown', { name })}
                  disabled={index === teams.length - 1}
                  onClick={() => moveTeam(team.id, 1)}
                >
                  ↓
                </button>
                <button type="button" className="button button--quiet" aria-label={tb('teams.remove', { name })} onClick={() => removeTeam(team.id)}>
                  ✕
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      {lastRemoved ? (
        <Callout
          tone="info"
          actions={
            <button type="button" className="button" onClick={undoRemoveTeam}>
              {tb('teams.undo')}
            </button>
          }
        >
          <p>{tb('teams.removed', { name: lastRemoved.team.name.trim() || tb('teams.defaultName', { n: lastRemoved.index + 1 }) })}</p>
        </Callout>
      ) : null}
      <button type="button" className="button" onClick={() => addTeam(tb('teams.defaultName', { n: nextNumber(teams.map((team) => team.name), (n) => tb('teams.defaultName', { n })) }))}>
        {tb('teams.add')}
      </button>
    </section>
  );
}

/** The first "Team N" not taken yet, so two teams never start with one name. */
function nextNumber(taken: readonly string[], nameOf: (n: number) => string): number {
  const used = new Set(taken.map((name) => name.trim()));
  let n = taken.length + 1;
  while (used.has(nameOf(n))) n += 1;
  return n;
}
