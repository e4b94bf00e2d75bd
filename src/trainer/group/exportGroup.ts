import type { CellValue, SheetSpec } from '../../data/sheet';
import type { Locale } from '../../i18n/locale';
import type { Translate } from '../../i18n/translate';
import type { AnyExercise } from '../../workbook/contract';
import { cellValue } from './cellText';
import type { ExerciseComparison } from './comparison';
import type { ListedFile } from './merge';
import type { GroupMessageKey } from './messages';
import { statusText, teamName } from './wording';

function moment(iso: string): Date | string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date;
}

/**
 * The group view as a workbook: a sheet per exercise with its side-by-side tables (figures as numbers Excel
 * computes with), and a sheet of every file dropped with what became of it. Pure.
 */
export function groupSheets(
  comparisons: readonly ExerciseComparison[],
  files: readonly ListedFile[],
  registry: readonly AnyExercise[],
  locale: Locale,
  t: Translate<GroupMessageKey>,
): SheetSpec[] {
  const sheets: SheetSpec[] = comparisons.map((comparison) => {
    const teams = comparison.hands.teams.map((team) => teamName(team.file.team, t));
    const rows: CellValue[][] = [[comparison.title[locale]], []];
    if (comparison.sections.length === 0) {
      rows.push([t('group.team'), t('group.handedInAt')]);
      for (const team of comparison.hands.teams) rows.push([teamName(team.file.team, t), moment(team.file.handedInAt)]);
    }
    for (const section of comparison.sections) {
      rows.push([section.title[locale]]);
      rows.push([t('group.figure'), ...teams, ...(comparison.pooledTeams === null ? [] : [t('group.allTeams')])]);
      for (const row of section.rows) {
        // Excel keeps the figure and loses the screen's "7 months": the unit goes into the label.
        const months = row.cells.some((cell) => cell?.kind === 'months');
        const label = months ? `${row.label[locale]} (${t('group.monthsUnit')})` : row.label[locale];
        rows.push([label, ...row.cells.map((cell) => cellValue(cell, locale))]);
      }
      rows.push([]);
    }
    if (comparison.pooledTeams !== null) rows.push([t('group.pooled', { count: comparison.pooledTeams })]);
    return { name: comparison.title[locale], rows };
  });
  const fileRows: CellValue[][] = [[t('group.files.file'), t('group.files.team'), t('group.files.exercise'), t('group.files.handedInAt'), t('group.files.status')]];
  for (const listed of files) {
    const exercise = listed.file ? registry.find((candidate) => candidate.id === listed.file?.exerciseId) : undefined;
    fileRows.push([
      listed.dropped.fileName,
      listed.file ? teamName(listed.file.team, t) : null,
      listed.file ? (exercise?.title ?? listed.file.exerciseTitle)[locale] : null,
      listed.file ? moment(listed.file.handedInAt) : null,
      statusText(listed, files, locale, t),
    ]);
  }
  sheets.push({ name: t('group.sheet.files'), rows: fileRows });
  return sheets;
}
