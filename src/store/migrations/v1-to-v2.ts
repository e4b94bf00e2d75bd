import type { Migration } from './index';

/**
 * Version 2 gives every exercise entry `datasets`: the summaries of spreadsheets imported into it (their rows
 * are in IndexedDB). Version-1 entries had no imports, so each starts with none. Anything that is not an
 * entry-shaped object is passed through untouched: judging it is the schema's job, after migration.
 */
export const v1ToV2: Migration = (stored) => {
  const exercises = stored.exercises;
  if (typeof exercises !== 'object' || exercises === null || Array.isArray(exercises)) return stored;
  const lifted: Record<string, unknown> = {};
  // Cast: an object, checked above; its entries are checked one by one.
  for (const [id, entry] of Object.entries(exercises as Record<string, unknown>)) {
    lifted[id] = typeof entry === 'object' && entry !== null && !Array.isArray(entry) && !('datasets' in entry) ? { ...entry, datasets: {} } : entry;
  }
  return { ...stored, exercises: lifted };
};
