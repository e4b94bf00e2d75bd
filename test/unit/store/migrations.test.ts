import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exercises } from '../../../exercises';
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

describe('no migration goes untested', () => {
  const read = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : null);

  it('each store migration has its own test file, with a literal old object, that runs it', () => {
    for (let version = 1; version < STORE_VERSION; version++) {
      const name = `v${version}-to-v${version + 1}`;
      const test = read(resolve('test/unit/store', `${name}.test.ts`));
      expect(test, `test/unit/store/${name}.test.ts`).not.toBeNull();
      // The test imports the migration itself (the chain is tested above; each step is tested on its own).
      expect(test, `${name}.test.ts imports src/store/migrations/${name}`).toContain(`src/store/migrations/${name}'`);
    }
  });

  it('each exercise whose state changed shape has a test of its migrate with a literal old state', () => {
    for (const exercise of exercises) {
      if (exercise.state.version <= 1) continue;
      expect(exercise.state.migrate, `${exercise.id} has version ${exercise.state.version} but no migrate`).toBeTypeOf('function');
      const test = read(resolve('test/unit', exercise.id, 'migrations.test.ts'));
      expect(test, `test/unit/${exercise.id}/migrations.test.ts`).not.toBeNull();
      for (let version = 1; version < exercise.state.version; version++) expect(test, `${exercise.id}: a case from version ${version}`).toContain(`fromVersion: ${version}`);
    }
  });
});
