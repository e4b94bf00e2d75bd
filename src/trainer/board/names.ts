import type { Translate } from '../../i18n/translate';
import type { BoardMessageKey } from './messages';
import type { Assessment, Team } from './model';

/** What the board calls a team or an assessment: its name, or, left empty, "Team 2" / "Assessment 1" by position. */
export interface BoardNames {
  team: (teamId: string) => string;
  assessment: (assessmentId: string) => string;
}

export function boardNames(teams: readonly Team[], assessments: readonly Assessment[], tb: Translate<BoardMessageKey>): BoardNames {
  const teamNames = new Map(teams.map((team, index) => [team.id, team.name.trim() || tb('teams.defaultName', { n: index + 1 })]));
  const assessmentNames = new Map(
    assessments.map((assessment, index) => [assessment.id, assessment.name.trim() || tb('assessments.defaultName', { n: index + 1 })]),
  );
  return { team: (id) => teamNames.get(id) ?? id, assessment: (id) => assessmentNames.get(id) ?? id };
}

/** Names of teams sharing a title, as one phrase: "Alpha and Beta". */
export function joinNames(teamIds: readonly string[], names: BoardNames, intlTag: string): string {
  return new Intl.ListFormat(intlTag, { style: 'long', type: 'conjunction' }).format(teamIds.map(names.team));
}
