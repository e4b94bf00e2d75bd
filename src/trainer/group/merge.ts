import type { GroupCell, GroupSummary, HandInFile } from '../../handin/format';
import type { LocalizedText } from '../../i18n/locale';
import type { DroppedFile, HandInRefusal, JudgedFile } from './readHandIn';

/** One team's current hand-in for one exercise: the newest of its files. */
export interface TeamHandIn {
  id: string;
  /** The team as compared: trimmed, case-insensitive ("Команда 1 " and "команда 1" are one team). */
  teamKey: string;
  file: HandInFile;
  state: unknown;
}

export type FileStatus =
  /** In the comparison; `migratedFrom` is the older format version the file was lifted from. */
  | { kind: 'current'; migratedFrom: number | null }
  /** An older hand-in of the same team for the same exercise: `by` is the file that replaced it. */
  | { kind: 'replaced'; by: string }
  | { kind: 'refused'; refusal: HandInRefusal };

/** A line of the files list: what was dropped and what became of it. */
export interface ListedFile {
  dropped: DroppedFile;
  /** What the file says of itself, when it could be read as a hand-in. */
  file: HandInFile | null;
  status: FileStatus;
}

export interface MergedHandIns {
  /** Every dropped file, in the order dropped. */
  files: ListedFile[];
  /** The hand-ins that count: one per team and exercise. */
  current: TeamHandIn[];
}

export function teamKey(team: string): string {
  return team.trim().toLocaleLowerCase();
}

/** handedInAt as a moment; a file whose time does not read counts as the oldest, so it never hides a readable one. */
function moment(file: HandInFile): number {
  const time = Date.parse(file.handedInAt);
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

/**
 * Two hand-ins of one team for one exercise: the newer (handedInAt) wins and the older is listed as replaced; with
 * the same time, the one dropped later wins (the trainer dropped it again on purpose). Pure.
 */
export function mergeHandIns(judged: readonly JudgedFile[]): MergedHandIns {
  const winners = new Map<string, { index: number; hand: TeamHandIn }>();
  judged.forEach((entry, index) => {
    if (entry.kind !== 'hand-in') return;
    const hand: TeamHandIn = { id: entry.dropped.id, teamKey: teamKey(entry.file.team), file: entry.file, state: entry.state };
    const slot = `${entry.file.exerciseId}\u0000${hand.teamKey}`;
    const previous = winners.get(slot);
    if (!previous || moment(entry.file) >= moment(previous.hand.file)) winners.set(slot, { index, hand });
  });
  const winnerOf = new Map<string, string>();
  for (const [slot, { hand }] of winners) winnerOf.set(slot, hand.id);
  const files = judged.map((entry): ListedFile => {
    if (entry.kind === 'refused') return { dropped: entry.dropped, file: entry.file, status: { kind: 'refused', refusal: entry.refusal } };
    const winner = winnerOf.get(`${entry.file.exerciseId}\u0000${teamKey(entry.file.team)}`) ?? entry.dropped.id;
    return { dropped: entry.dropped, file: entry.file, status: winner === entry.dropped.id ? { kind: 'current', migratedFrom: entry.migratedFrom } : { kind: 'replaced', by: winner } };
  });
  const current = [...winners.values()].sort((a, b) => a.index - b.index).map(({ hand }) => hand);
  return { files, current };
}

/** The teams of one exercise, in the order the trainer reads them, and when the latest arrived. */
export interface ExerciseHandIns {
  exerciseId: string;
  teams: TeamHandIn[];
  /** The newest handedInAt among the teams (as written in its file). */
  latest: string;
}

/**
 * The current hand-ins by exercise, in the registry's order (`order`: exercise ids); teams ordered by name with
 * `compareTeams` (the page's language's collation, numbers as numbers: "Команда 2" before "Команда 10").
 */
export function byExercise(current: readonly TeamHandIn[], order: readonly string[], compareTeams: (a: string, b: string) => number): ExerciseHandIns[] {
  const groups: ExerciseHandIns[] = [];
  for (const exerciseId of order) {
    const teams = current.filter((hand) => hand.file.exerciseId === exerciseId).sort((a, b) => compareTeams(a.file.team.trim(), b.file.team.trim()));
    if (teams.length === 0) continue;
    const latest = teams.reduce((newest, hand) => (moment(hand.file) > moment(newest.file) ? hand : newest));
    groups.push({ exerciseId, teams, latest: latest.file.handedInAt });
  }
  return groups;
}

/** A row of a side-by-side table: one cell per column, null where that column's summary has no such row. */
export interface AlignedRow {
  key: string;
  label: LocalizedText;
  cells: (GroupCell | null)[];
}

export interface AlignedSection {
  id: string;
  title: LocalizedText;
  rows: AlignedRow[];
}

/**
 * Summaries put side by side, one column each: sections matched by id and rows by key, each the union over the
 * columns in the order first seen (a feature only one team has still gets its row, blank for the others). The
 * title and label are the first column's that has them: every team's file labels a key the same way. Pure.
 */
export function alignSummaries(summaries: readonly GroupSummary[]): AlignedSection[] {
  const sections = new Map<string, { title: LocalizedText; rows: Map<string, AlignedRow> }>();
  summaries.forEach((summary, column) => {
    for (const section of summary.sections) {
      let aligned = sections.get(section.id);
      if (!aligned) {
        aligned = { title: section.title, rows: new Map() };
        sections.set(section.id, aligned);
      }
      for (const row of section.rows) {
        let alignedRow = aligned.rows.get(row.key);
        if (!alignedRow) {
          alignedRow = { key: row.key, label: row.label, cells: summaries.map(() => null) };
          aligned.rows.set(row.key, alignedRow);
        }
        // A key repeated within one team's section keeps its first cell, as its label does.
        alignedRow.cells[column] ??= row.cell;
      }
    }
  });
  return [...sections].map(([id, { title, rows }]) => ({ id, title, rows: [...rows.values()] }));
}
