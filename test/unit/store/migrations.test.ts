import { describe, expect, it } from 'vitest';
import { migratePersisted, MigrationError, migrations, type Migration } from '../../../src/store/migrations';
import { STORE_VERSION } from '../../../src/store/schema';

describe('migratePersisted', () => {
  it('has a migration for every version below the current one', () => {
    for (let version = 1; version < STORE_VERSION; version++) expect(migrations[version], `v${version}`).toBeTypeOf('function');
  });

  it('runs numbered steps in order', () => {
    const steps: Record<number, Migration> = {
      1: (stored) => ({ ...stored, trail: [...((stored.trail as string[]) ?? []), 'v1→v2'] }),
      2: (stored) => ({ ...stored, trail: [...((stored.trail as string[]) ?? []), 'v2→v3'] }),
    };
    expect(migratePersisted({ trail: [] }, 1, 3, steps)).toEqual({ trail: ['v1→v2', 'v2→v3'] });
    expect(migratePersisted({ trail: [] }, 2, 3, steps)).toEqual({ trail: ['v2→v3'] });
    expect(migratePersisted({ same: true }, 3, 3, steps)).toEqual({ same: true });
  });

  it('refuses a newer version, a gap in the chain and a non-object', () => {
    expect(() => migratePersisted({}, 4, 3, {})).toThrow(MigrationError);
    expect(() => migratePersisted({}, 1, 3, { 1: (s) => s })).toThrow(/no migration from version 2/);
    expect(() => migratePersisted(null, 1, 1, {})).toThrow(MigrationError);
  });
});
