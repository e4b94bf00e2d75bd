import { v1ToV2 } from './v1-to-v2';
import { v2ToV3 } from './v2-to-v3';
import { v3ToV4 } from './v3-to-v4';
import { v4ToV5 } from './v4-to-v5';

/**
 * Numbered migrations of the persisted workbook: `migrations[n]` lifts a version-n object to n + 1.
 * Run in order from the stored version to STORE_VERSION, for localStorage and for backup files alike.
 * Each lives in its own file (`v<n>-to-v<n+1>.ts`) with its own test.
 */
export type Migration = (stored: Record<string, unknown>) => Record<string, unknown>;

export const migrations: Readonly<Record<number, Migration>> = {
  1: v1ToV2,
  2: v2ToV3,
  3: v3ToV4,
  4: v4ToV5,
};

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
  // Cast: an object, checked above; each migration reads it field by field.
  let current = stored as Record<string, unknown>;
  for (let version = fromVersion; version < toVersion; version++) {
    const step = steps[version];
    if (!step) throw new MigrationError(fromVersion, toVersion, `no migration from version ${version}`);
    current = step(current);
  }
  return current;
}
