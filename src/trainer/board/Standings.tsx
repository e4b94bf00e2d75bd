import { useFormat, useMessages } from '../../i18n/useI18n';
import { INTL_TAG } from '../../i18n/locale';
import { ScrollBox } from '../../ui/ScrollBox';
import { boardMessages } from './messages';
import { scoreOf, type Assessment, type Scores, type Standings as StandingsResult, type Winners } from './model';
import { joinNames, type BoardNames } from './names';

interface StandingsProps {
  standings: StandingsResult;
  assessments: readonly Assessment[];
  scores: Scores;
  names: BoardNames;
}

/** Up to two decimals, as scores are entered (7,5), never a long tail from a sum (0,1 + 0,2). */
const SCORE_DECIMALS = 2;

/** The board proper: places and totals, the titles of each assessment, and the rules that decided them. */
export function Standings({ standings, assessments, scores, names }: StandingsProps) {
  const tb = useMessages(boardMessages);
  const format = useFormat();
  const score = (value: number) => format.number(value, SCORE_DECIMALS);
  const growth = (value: number) => (value > 0 ? `+${score(value)}` : score(value));
  const bestIds = new Map(standings.assessments.map((result) => [result.assessmentId, new Set(result.best?.teamIds ?? [])]));
  const winnersText = (winners: Winners | null, value: (n: number) => string, none: string) =>
    winners ? `${joinNames(winners.teamIds, names, INTL_TAG[format.locale])} (${value(winners.value)})` : none;
  return (
    <section className="board-standings" aria-labelledby="board-standings">
      <h2 id="board-standings">{tb('standings.heading')}</h2>
      <ScrollBox label={tb('standings.tableLabel')}>
        <table className="board-table" aria-label={tb('standings.tableLabel')}>
          <thead>
            <tr>
              <th scope="col" className="number">
                {tb('standings.rank')}
              </th>
              <th scope="col">{tb('standings.team')}</th>
              {assessments.map((assessment) => (
                <th key={assessment.id} scope="col" className="number board-table__score">
                  {names.assessment(assessment.id)}
                </th>
              ))}
              <th scope="col" className="number">
                {tb('standings.total')}
              </th>
              {assessments.length > 1 ? (
                <th scope="col" className="number board-table__growth">
                  {tb('standings.dayGrowth')}
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {standings.teams.map((team) => {
              const leader = team.rank === 1;
              return (
                <tr key={team.teamId} className={leader ? 'board-table__leader' : undefined}>
                  <td className="number board-table__rank">
                    {leader ? (
                      <span className="board-mark" aria-hidden="true">
                        ♛{' '}
                      </span>
                    ) : null}
                    {team.rank ?? '—'}
                  </td>
                  <th scope="row" className="board-table__team">
                    {names.team(team.teamId)}
                    {leader ? <span className="visually-hidden">, {tb('standings.leader')}</span> : null}
                  </th>
                  {assessments.map((assessment) => {
                    const value = scoreOf(scores, team.teamId, assessment.id);
                    const best = value !== null && (bestIds.get(assessment.id)?.has(team.teamId) ?? false);
                    return (
                      <td key={assessment.id} className={`number board-table__score${best ? ' board-table__best' : ''}`}>
                        {value === null ? <span aria-label={tb('standings.noScore')}>—</span> : score(value)}
                        {best ? (
                          <>
                            <span className="board-mark" aria-hidden="true">
                              {' '}★
                            </span>
                            <span className="visually-hidden">, {tb('standings.best')}</span>
                          </>
                        ) : null}
                      </td>
                    );
                  })}
                  <td className="number board-table__total">{team.total === null ? <span aria-label={tb('standings.noScore')}>—</span> : score(team.total)}</td>
                  {assessments.length > 1 ? (
                    <td className="number board-table__growth">
                      {Object.hasOwn(standings.dayGrowth, team.teamId) ? growth(standings.dayGrowth[team.teamId] ?? 0) : '—'}
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollBox>

      <h3>{tb('winners.heading')}</h3>
      <ScrollBox label={tb('winners.tableLabel')}>
        <table className="board-winners" aria-label={tb('winners.tableLabel')}>
          <thead>
            <tr>
              <th scope="col">{tb('winners.assessment')}</th>
              <th scope="col">★ {tb('winners.best')}</th>
              <th scope="col">▲ {tb('winners.growth')}</th>
            </tr>
          </thead>
          <tbody>
            {standings.assessments.map((result, index) => (
              <tr key={result.assessmentId}>
                <th scope="row">{names.assessment(result.assessmentId)}</th>
                <td>{winnersText(result.best, score, tb('winners.noScores'))}</td>
                <td>{index === 0 ? <span className="muted">{tb('winners.firstAssessment')}</span> : winnersText(result.fastestGrowth, growth, tb('winners.noGrowth'))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      {assessments.length > 1 ? (
        <p className="board-overall">
          <strong>▲▲ {tb('winners.overall')}:</strong> {winnersText(standings.overallGrowth, growth, tb('winners.noGrowth'))}
        </p>
      ) : null}

      <div className="board-rules note">
        <h3>{tb('rules.heading')}</h3>
        <ul>
          <li>{tb('rules.missing')}</li>
          <li>{tb('rules.rank')}</li>
          <li>★ {tb('rules.best')}</li>
          <li>▲ {tb('rules.growth')}</li>
          <li>▲▲ {tb('rules.dayGrowth')}</li>
        </ul>
      </div>
    </section>
  );
}
