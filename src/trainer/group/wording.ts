import type { Locale } from '../../i18n/locale';
import type { Translate } from '../../i18n/translate';
import { HAND_IN_VERSION } from '../../handin/format';
import type { HandInStoreError } from './handInStore';
import type { ListedFile } from './merge';
import type { GroupMessageKey } from './messages';
import type { HandInRefusal } from './readHandIn';

/** The team as typed in its header, or a stand-in for a file whose team left the name empty. */
export function teamName(team: string, t: Translate<GroupMessageKey>): string {
  return team.trim() === '' ? t('group.noTeamName') : team.trim();
}

/** Why a file was skipped, in words the trainer can act on. */
export function refusalText(refusal: HandInRefusal, locale: Locale, t: Translate<GroupMessageKey>): string {
  switch (refusal.code) {
    case 'too-large':
      return t('group.reason.too-large', { limit: refusal.limitMb });
    case 'read':
    case 'not-json':
    case 'backup':
    case 'not-hand-in':
      return t(`group.reason.${refusal.code}`);
    case 'newer-format':
      return t('group.reason.newer-format', { version: refusal.version, current: HAND_IN_VERSION });
    case 'invalid':
      return t('group.reason.invalid', { detail: refusal.detail });
    case 'unknown-exercise':
      return t('group.reason.unknown-exercise', { title: refusal.title[locale] });
    case 'unreadable-state':
      return t(`group.reason.state.${refusal.problem}`);
  }
}

/** What became of a file: in the comparison, replaced by which newer file, or skipped and why. */
export function statusText(listed: ListedFile, files: readonly ListedFile[], locale: Locale, t: Translate<GroupMessageKey>): string {
  const { status } = listed;
  if (status.kind === 'current') return t(status.migratedFrom === null ? 'group.status.current' : 'group.status.migrated');
  if (status.kind === 'replaced') {
    const by = files.find((other) => other.dropped.id === status.by);
    return t('group.status.replaced', { file: by?.dropped.fileName ?? '' });
  }
  return t('group.status.refused', { reason: refusalText(status.refusal, locale, t) });
}

export function storeErrorText(error: HandInStoreError, t: Translate<GroupMessageKey>): string {
  return error.code === 'failed' ? t('group.store.failed', { detail: error.detail }) : t(`group.store.${error.code}`);
}
