import { useId, useRef } from 'react';
import { useFileDrop } from '../../ui/useFileDrop';
import { useMessages } from '../../i18n/useI18n';
import { groupMessages } from './messages';

/**
 * A drop zone for many files at once, as the app's FileDrop (src/ui/import) is for one: dragging is a convenience,
 * the button is the way for keyboards, screen readers and touch screens. Any file is taken: a wrong one is listed
 * with the reason, which tells the trainer more than a picker that greys it out.
 */
export function HandInDrop({ onFiles, busy }: { onFiles: (files: File[]) => void; busy: boolean }) {
  const t = useMessages(groupMessages);
  const inputRef = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const { dragging, zone, onChange } = useFileDrop((files) => {
    if (files && files.length > 0) onFiles([...files]);
  });

  return (
    <div className={`file-drop group-drop${dragging ? ' file-drop--active' : ''}`} {...zone}>
      <p className="file-drop__prompt">{dragging ? t('group.drop.active') : t('group.drop.prompt')}</p>
      <button type="button" className="button button--primary" disabled={busy} aria-describedby={hintId} onClick={() => inputRef.current?.click()}>
        {t('group.drop.choose')}
      </button>
      <p id={hintId} className="file-drop__hint">
        {t('group.drop.hint')}
      </p>
      <input
        ref={inputRef}
        type="file"
        multiple
        accept=".json,application/json"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="hand-in-file-input"
        onChange={onChange}
      />
    </div>
  );
}
