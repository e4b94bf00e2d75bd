import { useId } from 'react';
import { useFormat, useLocale, useMessages } from '../../i18n/useI18n';
import { Callout } from '../../ui/Callout';
import { Pending } from '../../ui/Pending';
import { ScrollBox } from '../../ui/ScrollBox';
import { cellText } from './cellText';
import type { ExerciseComparison } from './comparison';
import type { AlignedSection, TeamHandIn } from './merge';
import { groupMessages } from './messages';
import { momentText } from './momentText';
import { teamName } from './wording';

/** One exercise: how many teams handed in and when the latest did, then their figures side by side. */
export function ExerciseComparisonView({ comparison }: { comparison: ExerciseComparison }) {
  const t = useMessages(groupMessages);
  const locale = useLocale();
  const format = useFormat();
  const headingId = useId();
  const { hands, pool } = comparison;
  return (
    <section className="group-exercise" aria-labelledby={headingId}>
      <h2 id={headingId} className="group-exercise__title">
        {comparison.title[locale]}
      </h2>
      <p className="group-exercise__meta">{t('group.exerciseHeader', { count: hands.teams.length, time: momentText(hands.latest, format) })}</p>
      {comparison.sections.length === 0 ? (
        <>
          <p className="note">{t(comparison.declared ? 'group.noFigures' : 'group.noDeclaration')}</p>
          <TeamTimes teams={hands.teams} />
        </>
      ) : (
        comparison.sections.map((section) => <SectionTable key={section.id} section={section} teams={hands.teams} pooled={comparison.pooledTeams !== null} />)
      )}
      {pool.status === 'pending' ? <Pending>{t('group.pooling')}</Pending> : null}
      {pool.status === 'failed' ? <Callout tone="warning">{t('group.poolFailed', { reason: pool.reason })}</Callout> : null}
      {comparison.pooledTeams !== null ? <p className="note group-exercise__pooled">{t('group.pooled', { count: comparison.pooledTeams })}</p> : null}
    </section>
  );
}

function SectionTable({ section, teams, pooled }: { section: AlignedSection; teams: readonly TeamHandIn[]; pooled: boolean }) {
  const t = useMessages(groupMessages);
  const locale = useLocale();
  const format = useFormat();
  const titleId = useId();
  const title = section.title[locale];
  // A table of words (Kano categories) reads from the left, one of figures from the right: headers go with most cells.
  const cells = section.rows.flatMap((row) => row.cells).filter((cell) => cell !== null);
  const words = cells.filter((cell) => cell.kind === 'text').length * 2 > cells.length;
  const teamHeader = `group-table__team${words ? ' group-table__team--text' : ''}`;
  return (
    <div className="group-section">
      <h3 id={titleId} className="group-section__title">
        {title}
      </h3>
      <ScrollBox label={t('group.tableLabel', { section: title })}>
        <table className="group-table" aria-labelledby={titleId}>
          <thead>
            <tr>
              <th scope="col">{t('group.figure')}</th>
              {teams.map((team) => (
                <th key={team.id} scope="col" className={teamHeader}>
                  {teamName(team.file.team, t)}
                </th>
              ))}
              {pooled ? (
                <th scope="col" className={`${teamHeader} group-table__pool`}>
                  {t('group.allTeams')}
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {section.rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label[locale]}</th>
                {row.cells.map((cell, column) => (
                  <td key={column} className={`${cell?.kind === 'text' ? 'group-table__text' : 'number'}${pooled && column === teams.length ? ' group-table__pool' : ''}`}>
                    {cellText(cell, format, t)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </div>
  );
}

/** An exercise with nothing to compare: who handed in, and when. */
function TeamTimes({ teams }: { teams: readonly TeamHandIn[] }) {
  const t = useMessages(groupMessages);
  const format = useFormat();
  return (
    <ScrollBox label={t('group.team')}>
      <table className="group-table">
        <thead>
          <tr>
            <th scope="col">{t('group.team')}</th>
            <th scope="col">{t('group.handedInAt')}</th>
          </tr>
        </thead>
        <tbody>
          {teams.map((team) => (
            <tr key={team.id}>
              <th scope="row">{teamName(team.file.team, t)}</th>
              <td>{momentText(team.file.handedInAt, format)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
