/** A week: long enough not to nag during a seminar day, short enough that months of alumni work are not at risk. */
export const BACKUP_REMINDER_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

export type BackupReminder = { kind: 'never' } | { kind: 'stale'; lastBackupAt: string } | null;

/**
 * Whether the home page should remind the user to download a backup: there is real work (the times it last
 * changed) and no backup was ever downloaded here, or the last one is older than a week and the work changed since.
 * Pure, so the rule is tested with literal times.
 */
export function backupReminder(workUpdatedAt: readonly string[], lastBackupAt: string | null, now: Date): BackupReminder {
  const times = workUpdatedAt.map((value) => Date.parse(value)).filter((time) => Number.isFinite(time));
  if (times.length === 0) return null;
  if (lastBackupAt === null) return { kind: 'never' };
  const backedUp = Date.parse(lastBackupAt);
  const changedSince = times.some((time) => time > backedUp);
  const old = now.getTime() - backedUp > BACKUP_REMINDER_DAYS * DAY_MS;
  return changedSince && old ? { kind: 'stale', lastBackupAt } : null;
}
