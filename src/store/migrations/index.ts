/**
 * Numbered migrations of the persisted workbook: `migrations[n]` lifts a version-n object to n + 1.
 * Run in order from the stored version to STORE_VERSION, for localStorage and for backup files alike.
 * Version 1 is the first released shape, so the list is empty; add `v1-to-v2.ts` and register it here
 * with its own test when the shape changes.
 */
export type Migration = (stored: Record<string, unknown>) => Record<string, unknown>;

export const migrations: Readonly<Record<number, Migration>> = {};

export class MigrationError extends Error {
  constructor(
    readonly fromVersion: number,
    readonly toVersion: number,
    message: string,
  ) {
    super(message);
    this.name = 'MigrationError';
  }
}

export function migratePersisted(
  stored: unknown,
  fromVersion: number,
  toVersion: number,
  steps: Readonly<Record<number, Migration>> = migrations,
): Record<string, unknown> {
  if (typeof stored !== 'object' || stored === null) {
    throw new MigrationError(fromVersion, toVersion, 'stored workbook is not an object');
  }
  if (fromVersion > toVersion) {
    throw new MigrationError(fromVersion, toVersion, 'stored workbook is from a newer version of the app');
  }
  let current = stored as Record<string, unknown>;
  for (let version = fromVersion; version < toVersion; version++) {
    const step = steps[version];
    if (!step) throw new MigrationError(fromVersion, toVersion, `no migration from version ${version}`);
    current = step(current);
  }
  return current;
}
