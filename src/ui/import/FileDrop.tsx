import { useId, useRef, useState } from 'react';
import { useFileDrop } from '../useFileDrop';
import { useMessages } from '../../i18n/useI18n';
import { importMessages } from './messages';

export const ACCEPTED_EXTENSIONS = '.xlsx,.xls,.ods,.csv,.txt';

interface FileDropProps {
  onFile: (file: File) => void;
  disabled?: boolean;
}

/**
 * A drop zone with a real button inside: dragging is a convenience, the button is the way for keyboards,
 * screen readers and touch screens. The file input itself stays out of the tab order behind the button.
 */
export function FileDrop({ onFile, disabled = false }: FileDropProps) {
  const t = useMessages(importMessages);
  const inputRef = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const [extraFiles, setExtraFiles] = useState<string | null>(null);

  const take = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (!file) return;
    setExtraFiles(files && files.length > 1 ? file.name : null);
    onFile(file);
  };
  const { dragging, zone, onChange } = useFileDrop(take, disabled);

  return (
    <div className={`file-drop${dragging ? ' file-drop--active' : ''}`} {...zone}>
      <p className="file-drop__prompt">{dragging ? t('drop.active') : t('drop.prompt')}</p>
      <button type="button" className="button button--primary" disabled={disabled} aria-describedby={hintId} onClick={() => inputRef.current?.click()}>
        {t('drop.choose')}
      </button>
      <p id={hintId} className="file-drop__hint">
        {t('drop.formats')}
      </p>
      {extraFiles ? <p className="file-drop__hint">{t('drop.several', { name: extraFiles })}</p> : null}
      <input
        ref={inputRef}
        type="file"
        accept={ACCEPTED_EXTENSIONS}
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="dataset-file-input"
        onChange={onChange}
      />
    </div>
  );
}
