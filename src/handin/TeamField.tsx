import './team.css';
import { useWorkbookStore } from '../store/workbookStore';
import { useMessages } from '../i18n/useI18n';
import { teamMessages } from './teamMessages';

/** Long enough for "Команда 3 — Иванова, Петров, Сидорова"; a longer name would crowd file names and the trainer's columns. */
export const TEAM_MAX_LENGTH = 80;

/**
 * The team or participant name, in the header: kept in the settings as typed, so every export, printed report,
 * backup and hand-in says whose work it is. Kept in presenter mode too: the projected screen shows whose work it is.
 */
export function TeamField() {
  const t = useMessages(teamMessages);
  const team = useWorkbookStore((store) => store.settings.team ?? '');
  return (
    <label className="header__select header__team" title={t('team.hint')}>
      <span>{t('team.label')}</span>
      <input
        type="text"
        value={team}
        maxLength={TEAM_MAX_LENGTH}
        placeholder={t('team.placeholder')}
        autoComplete="organization"
        onChange={(event) => useWorkbookStore.getState().setTeam(event.target.value)}
      />
    </label>
  );
}
