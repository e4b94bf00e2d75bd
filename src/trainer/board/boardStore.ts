import { create } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import { BOARD_KEPT_ASIDE_KEY, BOARD_STORAGE_KEY, BOARD_VERSION, DEFAULT_ASSESSMENT_COUNT, boardSchema, draftKey, type BoardState } from './schema';
import type { Team } from './model';
// Casts in this file: localStorage JSON is unknown; the envelope is checked field by field and the state with the board's zod schema.

/** A stored board the app could not read, kept as it was for download (the next write would replace it). */
export interface KeptAsideBoard {
  reason: 'unreadable' | 'newer-version';
  raw: string;
  keptAt: string;
  /** The copy could not be written to storage and lives only in this tab: the board is not saved over its original until it is downloaded. */
  holdsWrites: boolean;
}

interface BoardStorageStatus {
  keptAside: KeptAsideBoard | null;
  /** Writing the board failed (storage full or blocked): the board lives in this tab only until it works again. */
  writeFailed: boolean;
  dismissKeptAside: () => void;
  markKeptAsideDownloaded: () => void;
}

function readKeptAside(): KeptAsideBoard | null {
  try {
    const raw = globalThis.localStorage?.getItem(BOARD_KEPT_ASIDE_KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<KeptAsideBoard>;
    if (typeof parsed.raw !== 'string' || typeof parsed.keptAt !== 'string') return null;
    return { reason: parsed.reason === 'newer-version' ? 'newer-version' : 'unreadable', raw: parsed.raw, keptAt: parsed.keptAt, holdsWrites: false };
  } catch {
    return null;
  }
}

/** Not persisted through the board's own storage: trouble with storage must not depend on storage working. */
export const useBoardStorageStatus = create<BoardStorageStatus>()((set) => ({
  keptAside: readKeptAside(),
  writeFailed: false,
  dismissKeptAside: () => {
    try {
      globalThis.localStorage?.removeItem(BOARD_KEPT_ASIDE_KEY);
    } catch {
      // Nothing stored to remove, or storage is blocked: the copy goes from memory either way.
    }
    set({ keptAside: null });
  },
  markKeptAsideDownloaded: () => set((status) => (status.keptAside ? { keptAside: { ...status.keptAside, holdsWrites: false } } : {})),
}));

function keepAside(reason: KeptAsideBoard['reason'], raw: string): void {
  const item: KeptAsideBoard = { reason, raw, keptAt: new Date().toISOString(), holdsWrites: false };
  try {
    globalThis.localStorage?.setItem(BOARD_KEPT_ASIDE_KEY, JSON.stringify(item));
  } catch {
    item.holdsWrites = true;
  }
  useBoardStorageStatus.setState({ keptAside: item });
}

/**
 * The board's localStorage: a value that is not JSON, not the board's envelope, fails the schema or comes from a
 * newer app is kept aside and the board starts empty, with a message; a failed write is reported, never thrown.
 */
const boardStorage: PersistStorage<BoardState> = {
  getItem(name) {
    let raw: string | null;
    try {
      raw = globalThis.localStorage?.getItem(name) ?? null;
    } catch {
      return null;
    }
    if (raw === null) return null;
    try {
      const parsed = JSON.parse(raw) as Partial<StorageValue<unknown>> | null;
      if (typeof parsed !== 'object' || parsed === null || typeof parsed.version !== 'number') throw new Error('not a board');
      if (parsed.version > BOARD_VERSION) {
        keepAside('newer-version', raw);
        return null;
      }
      if (parsed.version < BOARD_VERSION) return { version: parsed.version, state: parsed.state as BoardState };
      const state = boardSchema.safeParse(parsed.state);
      if (!state.success) throw new Error('not a board');
      return { version: parsed.version, state: state.data };
    } catch {
      keepAside('unreadable', raw);
      return null;
    }
  },
  setItem(name, value) {
    const kept = useBoardStorageStatus.getState().keptAside;
    // The stored value is the original of a copy that exists only in memory: writing now would lose it.
    if (kept?.holdsWrites) return;
    try {
      globalThis.localStorage?.setItem(name, JSON.stringify(value));
      if (useBoardStorageStatus.getState().writeFailed) useBoardStorageStatus.setState({ writeFailed: false });
    } catch {
      useBoardStorageStatus.setState({ writeFailed: true });
    }
  },
  removeItem(name) {
    try {
      globalThis.localStorage?.removeItem(name);
    } catch {
      useBoardStorageStatus.setState({ writeFailed: true });
    }
  },
};

/** A team taken off the board, with its scores, until the trainer undoes it or removes another. */
export interface RemovedTeam {
  team: Team;
  index: number;
  scores: Record<string, number>;
  drafts: Record<string, string>;
}

interface BoardActions {
  /** `name` is written in the trainer's language at the moment of adding ("Команда 3"). */
  addTeam: (name: string) => void;
  renameTeam: (teamId: string, name: string) => void;
  removeTeam: (teamId: string) => void;
  undoRemoveTeam: () => void;
  moveTeam: (teamId: string, offset: -1 | 1) => void;
  addAssessment: () => void;
  renameAssessment: (assessmentId: string, name: string) => void;
  removeAssessment: (assessmentId: string) => void;
  /** A valid score (null: cleared) replaces the cell's draft; a draft keeps the last valid score out of the sums. */
  setScore: (teamId: string, assessmentId: string, score: number | null) => void;
  setDraft: (teamId: string, assessmentId: string, text: string) => void;
  clearBoard: () => void;
}

export type BoardStore = BoardState & BoardActions & { lastRemoved: RemovedTeam | null };

function newId(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export function emptyBoard(): BoardState {
  return {
    teams: [],
    assessments: Array.from({ length: DEFAULT_ASSESSMENT_COUNT }, () => ({ id: newId('a'), name: '' })),
    scores: {},
    drafts: {},
  };
}

function withoutKey<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

export const useBoardStore = create<BoardStore>()(
  persist(
    (set) => ({
      ...emptyBoard(),
      lastRemoved: null,
      addTeam: (name) => set((board) => ({ teams: [...board.teams, { id: newId('t'), name }] })),
      renameTeam: (teamId, name) => set((board) => ({ teams: board.teams.map((team) => (team.id === teamId ? { ...team, name } : team)) })),
      removeTeam: (teamId) =>
        set((board) => {
          const index = board.teams.findIndex((team) => team.id === teamId);
          const team = board.teams[index];
          if (!team) return {};
          const prefix = `${teamId}/`;
          const drafts = Object.fromEntries(Object.entries(board.drafts).filter(([key]) => key.startsWith(prefix)));
          return {
            teams: board.teams.filter((candidate) => candidate.id !== teamId),
            scores: withoutKey(board.scores, teamId),
            drafts: Object.fromEntries(Object.entries(board.drafts).filter(([key]) => !key.startsWith(prefix))),
            lastRemoved: { team, index, scores: { ...(board.scores[teamId] ?? {}) }, drafts },
          };
        }),
      undoRemoveTeam: () =>
        set((board) => {
          const removed = board.lastRemoved;
          if (!removed) return {};
          const teams = [...board.teams];
          teams.splice(Math.min(removed.index, teams.length), 0, removed.team);
          const scores = Object.keys(removed.scores).length > 0 ? { ...board.scores, [removed.team.id]: removed.scores } : board.scores;
          return { teams, scores, drafts: { ...board.drafts, ...removed.drafts }, lastRemoved: null };
        }),
      moveTeam: (teamId, offset) =>
        set((board) => {
          const index = board.teams.findIndex((team) => team.id === teamId);
          const target = index + offset;
          const team = board.teams[index];
          const other = board.teams[target];
          if (!team || !other) return {};
          const teams = [...board.teams];
          teams[index] = other;
          teams[target] = team;
          return { teams };
        }),
      addAssessment: () => set((board) => ({ assessments: [...board.assessments, { id: newId('a'), name: '' }] })),
      renameAssessment: (assessmentId, name) =>
        set((board) => ({ assessments: board.assessments.map((assessment) => (assessment.id === assessmentId ? { ...assessment, name } : assessment)) })),
      removeAssessment: (assessmentId) =>
        set((board) => ({
          assessments: board.assessments.filter((assessment) => assessment.id !== assessmentId),
          scores: Object.fromEntries(Object.entries(board.scores).map(([teamId, row]) => [teamId, withoutKey(row, assessmentId)])),
          drafts: Object.fromEntries(Object.entries(board.drafts).filter(([key]) => !key.endsWith(`/${assessmentId}`))),
        })),
      setScore: (teamId, assessmentId, score) =>
        set((board) => {
          const row = board.scores[teamId] ?? {};
          const nextRow = score === null ? withoutKey(row, assessmentId) : { ...row, [assessmentId]: score };
          return { scores: { ...board.scores, [teamId]: nextRow }, drafts: withoutKey(board.drafts, draftKey(teamId, assessmentId)) };
        }),
      setDraft: (teamId, assessmentId, text) => set((board) => ({ drafts: { ...board.drafts, [draftKey(teamId, assessmentId)]: text } })),
      clearBoard: () => set({ ...emptyBoard(), lastRemoved: null }),
    }),
    {
      name: BOARD_STORAGE_KEY,
      version: BOARD_VERSION,
      storage: boardStorage,
      partialize: (board): BoardState => ({ teams: board.teams, assessments: board.assessments, scores: board.scores, drafts: board.drafts }),
      // Version 1 is the first: a value claiming an older one was never written by this app, so it is kept aside.
      migrate: (stored, version) => {
        keepAside('unreadable', JSON.stringify({ version, state: stored }));
        return emptyBoard();
      },
      merge: (stored, current) => {
        const parsed = boardSchema.safeParse(stored);
        return parsed.success ? { ...current, ...parsed.data } : current;
      },
    },
  ),
);

// Another tab changed the board: this tab reads it again (the last change wins; the event never fires in the writing tab).
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key !== BOARD_STORAGE_KEY || event.newValue === null) return;
    void useBoardStore.persist.rehydrate();
  });
}
