import { useMessages } from '../../../../src/i18n/useI18n';
import type { SegmentationNames } from '../../content/names';
import { targetsMessages } from '../../messages/targets';
import type { SegmentTarget } from '../../state';

/**
 * Decisions saved for segments that no longer exist: listed with what was written, so nothing is lost, and
 * removable one by one once the participant no longer wants them.
 */
export function KeptTargets({ kept, segmentName, names, onRemove }: { kept: readonly { key: string; target: SegmentTarget }[]; segmentName: (key: string) => string; names: SegmentationNames; onRemove: (key: string) => void }) {
  const t = useMessages(targetsMessages);
  if (kept.length === 0) return null;
  return (
    <section className="step-section" aria-labelledby="sg-targets-kept-title">
      <h3 id="sg-targets-kept-title">{t('kept.title')}</h3>
      <p className="explain">{t('kept.explain')}</p>
      <ul className="sg-targets-kept">
        {kept.map(({ key, target }) => {
          const name = segmentName(key);
          const parts = [target.target ? t('kept.targeted') : null, target.strategy === null ? null : names.strategy(target.strategy), target.offer, target.owner, target.goal].filter((part): part is string => part !== null && part.trim() !== '');
          return (
            <li key={key} className="sg-targets-kept__item">
              <div>
                <strong>{name}</strong>
                {parts.length > 0 ? <span className="sg-targets-kept__what"> — {parts.join('; ')}</span> : null}
              </div>
              <button type="button" className="button" aria-label={t('kept.removeLabel', { segment: name })} onClick={() => onRemove(key)}>
                {t('kept.remove')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
