import type { Translate } from '../../i18n/translate';
import { decimalCell, enteredDecimals, type CellValue, type SheetSpec } from '../../data/sheet';
import type { BoardMessageKey } from './messages';
import { scoreOf, type Assessment, type Scores, type Standings, type Winners } from './model';
import type { BoardNames } from './names';

interface BoardSheetsInput {
  standings: Standings;
  assessments: readonly Assessment[];
  scores: Scores;
  names: BoardNames;
  tb: Translate<BoardMessageKey>;
  /** "Alpha and Beta", in the workbook's language. */
  joinTeams: (teamIds: readonly string[]) => string;
}

/** A score as it was typed (7.5 stays 7.5, 8 stays 8); a sum or a growth gets the decimals of its parts, at most two. */
function scoreCell(value: number | null | undefined, signed = false) {
  return value === null || value === undefined ? null : decimalCell(value, enteredDecimals(value), { signed });
}

function winnerCells(winners: Winners | null, joinTeams: BoardSheetsInput['joinTeams'], signed: boolean): CellValue[] {
  return winners ? [joinTeams(winners.teamIds), scoreCell(winners.value, signed)] : [null, null];
}

/** The board as Excel sheets: scores, totals and places; the titles of each assessment; the rules that decided them. */
export function boardSheets({ standings, assessments, scores, names, tb, joinTeams }: BoardSheetsInput): SheetSpec[] {
  const growthColumns = assessments.slice(1);
  const board: CellValue[][] = [
    [
      tb('standings.rank'),
      tb('standings.team'),
      ...assessments.map((assessment) => names.assessment(assessment.id)),
      tb('standings.total'),
      ...growthColumns.map((assessment) => tb('export.growthAt', { assessment: names.assessment(assessment.id) })),
      ...(assessments.length > 1 ? [tb('standings.dayGrowth')] : []),
    ],
    ...standings.teams.map((team) => {
      const growthAt = (assessmentId: string) => standings.assessments.find((result) => result.assessmentId === assessmentId)?.growth[team.teamId];
      return [
        team.rank,
        names.team(team.teamId),
        ...assessments.map((assessment) => scoreCell(scoreOf(scores, team.teamId, assessment.id))),
        scoreCell(team.total),
        ...growthColumns.map((assessment) => scoreCell(growthAt(assessment.id), true)),
        ...(assessments.length > 1 ? [scoreCell(standings.dayGrowth[team.teamId], true)] : []),
      ];
    }),
  ];
  const winners: CellValue[][] = [
    [tb('winners.assessment'), tb('winners.best'), tb('export.value'), tb('winners.growth'), tb('export.growthValue')],
    ...standings.assessments.map((result, index) => [
      names.assessment(result.assessmentId),
      ...(result.best ? winnerCells(result.best, joinTeams, false) : [tb('winners.noScores'), null]),
      ...(index === 0 ? [tb('winners.firstAssessment'), null] : result.fastestGrowth ? winnerCells(result.fastestGrowth, joinTeams, true) : [tb('winners.noGrowth'), null]),
    ]),
    [],
    [tb('winners.overall'), ...(standings.overallGrowth ? winnerCells(standings.overallGrowth, joinTeams, true) : [tb('winners.noGrowth'), null])],
  ];
  const rules: CellValue[][] = [[tb('rules.heading')], [tb('rules.missing')], [tb('rules.rank')], [tb('rules.best')], [tb('rules.growth')], [tb('rules.dayGrowth')]];
  return [
    { name: tb('export.sheetBoard'), rows: board, columnWidths: [8, 24, ...assessments.map(() => 14), 10, ...growthColumns.map(() => 16), 14] },
    { name: tb('export.sheetWinners'), rows: winners, columnWidths: [28, 30, 10, 30, 10] },
    { name: tb('export.sheetRules'), rows: rules, columnWidths: [100] },
  ];
}
