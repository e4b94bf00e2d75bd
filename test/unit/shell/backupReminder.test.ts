import { describe, expect, it } from 'vitest';
import { backupReminder } from '../../../src/app/backup/backupReminder';

const now = new Date('2026-12-20T12:00:00.000Z');

describe('when to remind about a backup', () => {
  it('never without real work', () => {
    expect(backupReminder([], null, now)).toBeNull();
  });

  it('after real work when no backup was ever downloaded here', () => {
    expect(backupReminder(['2026-12-20T10:00:00.000Z'], null, now)).toEqual({ kind: 'never' });
  });

  it('when the last backup is over 7 days old and the work changed after it', () => {
    // 12-12 12:00 is 8 days before now; the work changed on 12-19.
    expect(backupReminder(['2026-12-19T10:00:00.000Z'], '2026-12-12T12:00:00.000Z', now)).toEqual({ kind: 'stale', lastBackupAt: '2026-12-12T12:00:00.000Z' });
    // Old, but nothing changed since: the backup still holds everything.
    expect(backupReminder(['2026-12-11T10:00:00.000Z'], '2026-12-12T12:00:00.000Z', now)).toBeNull();
    // Changed since, but the backup is 2 days old: no nagging during the week.
    expect(backupReminder(['2026-12-19T10:00:00.000Z'], '2026-12-18T12:00:00.000Z', now)).toBeNull();
  });
});
