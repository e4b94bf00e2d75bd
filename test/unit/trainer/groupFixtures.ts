import { z } from 'zod/mini';
import { HAND_IN_FORMAT, HAND_IN_VERSION, type GroupCell, type GroupSection, type HandInFile } from '../../../src/handin/format';
import type { StoredDroppedFile } from '../../../src/trainer/group/handInStore';
import type { KnownExercise } from '../../../src/trainer/group/readHandIn';
import { exerciseEntry } from '../../builders';

/** The same words in the three languages: enough for tests that do not look at the language. */
export function text(words: string) {
  return { ru: words, en: words, zh: words };
}

/**
 * A known exercise whose state is { n }: version 2, lifted from version 1's { count }, so a hand-in written by an
 * older workbook is read with the exercise's own migration.
 */
export const counterExercise: KnownExercise = {
  id: 'counter',
  state: {
    version: 2,
    schema: z.object({ n: z.number() }),
    blank: () => ({ n: 0 }),
    demo: () => ({ n: 0 }),
    migrate: (stored, fromVersion) => {
      if (fromVersion !== 1) throw new Error(`no migration from ${fromVersion}`);
      // Cast: version 1's state was { count }; a wrong shape fails the schema after this.
      return { n: (stored as { count: unknown }).count };
    },
  },
};

export function section(id: string, rows: [key: string, cell: GroupCell][], title = id): GroupSection {
  return { id, title: text(title), rows: rows.map(([key, cell]) => ({ key, label: text(key), cell })) };
}

export function percent(value: number | null): GroupCell {
  return { kind: 'percent', value };
}

/** A hand-in of the counter exercise by `team` at `handedInAt`, with the given summary sections. */
export function handIn(team: string, handedInAt: string, sections: GroupSection[] = [], overrides: Partial<HandInFile> = {}): HandInFile {
  return {
    format: HAND_IN_FORMAT,
    formatVersion: HAND_IN_VERSION,
    team,
    exerciseId: 'counter',
    exerciseTitle: text('Counter'),
    handedInAt,
    locale: 'ru',
    entry: exerciseEntry({ stateVersion: 2, state: { n: 1 } }),
    summary: { sections },
    ...overrides,
  };
}

let nextId = 0;

/** A file as the trainer dropped it: `content` is its parsed JSON, or `problem` why there is none. */
export function dropped(fileName: string, content: unknown, droppedAt = '2025-03-01T10:00:00.000Z'): StoredDroppedFile {
  return { id: `file-${++nextId}`, fileName, droppedAt, batchIndex: nextId, read: { ok: true, content } };
}

export function unreadableJson(fileName: string): StoredDroppedFile {
  return { id: `file-${++nextId}`, fileName, droppedAt: '2025-03-01T10:00:00.000Z', batchIndex: nextId, read: { ok: false, problem: { code: 'not-json' } } };
}
