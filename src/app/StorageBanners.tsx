import { useStorageStatus, type KeptAside } from '../store/storageStatus';
import { useFormat, useT, useText } from '../i18n/useI18n';
import { findExercise } from '../../exercises';
import { downloadText } from '../data/download';
import { Callout } from '../ui/Callout';

/** Storage trouble is always said out loud, with a way to save the work elsewhere. */
export function StorageBanners() {
  const t = useT();
  const text = useText();
  const format = useFormat();
  const writeProblem = useStorageStatus((status) => status.writeProblem);
  const keptAside = useStorageStatus((status) => status.keptAside);
  const dismiss = useStorageStatus((status) => status.dismissKeptAside);
  const tabConflicts = useStorageStatus((status) => status.tabConflicts);
  const dismissTabConflict = useStorageStatus((status) => status.dismissTabConflict);

  const scopeName = (item: KeptAside) => {
    if (item.scope === 'workbook') return t('storage.scopeWorkbook');
    const exercise = findExercise(item.scope);
    return exercise ? text(exercise.title) : item.scope;
  };
  const markDownloaded = useStorageStatus((status) => status.markKeptAsideDownloaded);
  const download = (item: KeptAside) => {
    downloadText(`loyalty-workbook-kept-aside-${item.keptAt.slice(0, 19).replace(/[:T]/g, '-')}.json`, item.raw, 'application/json');
    markDownloaded(item.id);
  };

  const conflictScope = (scope: string) => {
    if (scope === 'settings') return t('storage.scopeSettings');
    const exercise = findExercise(scope);
    return exercise ? text(exercise.title) : scope;
  };

  if (!writeProblem && keptAside.length === 0 && tabConflicts.length === 0) return null;
  return (
    <div className="banners">
      {tabConflicts.length > 0 ? (
        <Callout
          tone="warning"
          actions={
            <button type="button" className="button button--quiet" onClick={dismissTabConflict}>
              {t('storage.tabConflictDismiss')}
            </button>
          }
        >
          <p>{t('storage.tabConflict', { scopes: tabConflicts.map(conflictScope).join(', ') })}</p>
        </Callout>
      ) : null}
      {writeProblem === 'quota' || writeProblem === 'unavailable' ? (
        <Callout tone="danger">
          <p>{writeProblem === 'quota' ? t('storage.quota') : t('storage.unavailable')}</p>
        </Callout>
      ) : null}
      {keptAside.map((item) => (
        <Callout
          key={item.id}
          tone="warning"
          actions={
            <>
              <button type="button" className="button button--primary" onClick={() => download(item)}>
                {t('storage.download')}
              </button>
              <button type="button" className="button button--quiet" onClick={() => dismiss(item.id)}>
                {t('storage.dismiss')}
              </button>
            </>
          }
        >
          <p>
            {t(item.reason === 'newer-version' ? 'storage.keptAsideNewer' : 'storage.keptAside', { scope: scopeName(item) })}{' '}
            <span className="muted">{format.date(item.keptAt)}</span>
          </p>
          {item.stored === false && item.downloaded !== true ? (
            <p>
              <strong>{t('storage.keptAsideUnstored')}</strong>
            </p>
          ) : null}
        </Callout>
      ))}
    </div>
  );
}
