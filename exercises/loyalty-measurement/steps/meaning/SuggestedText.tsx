import { useId, type ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import { useMessages, useT } from '../../../../src/i18n/useI18n';
import type { AutosaveForm } from '../../../../src/workbook/useAutosaveForm';
import type { ValidationMessage } from '../../../../src/workbook/fieldCodecs';
import { meaningMessages } from '../../messages/meaning';

interface SuggestedTextProps<V> {
  form: AutosaveForm<V>;
  name: keyof V & string;
  label: ReactNode;
  /** Shown while the box is empty, in the interface's language; the export and the report use it in its place. */
  suggestion: string;
  hint?: string;
  rows?: number;
  /** In a table cell: the label is read by screen readers, the column heading shows it. */
  labelHidden?: boolean;
  /** Say under an empty box that the suggestion stands; a table says it once for all its boxes instead. */
  markEmpty?: boolean;
}

/**
 * A text the participant may leave to the catalogue: empty, it shows the suggestion as its placeholder and says
 * under it (on screen and on paper) that the suggestion stands, so a printed plan never passes one off as theirs.
 */
export function SuggestedText<V>({ form, name, label, suggestion, hint, rows = 2, labelHidden = false, markEmpty = true }: SuggestedTextProps<V>) {
  const id = useId();
  const t = useMessages(meaningMessages);
  const shell = useT();
  const text = useWatch({ control: form.form.control, name }) ?? '';
  const error = form.form.formState.errors[name];
  const empty = text.trim() === '';
  // Cast: codecs report only ValidationMessage keys as an error's message.
  const errorText = error?.message ? shell(error.message as ValidationMessage, { max: form.codecs[name].max ?? '' }) : null;
  // What is said under the box, each tied to it for screen readers: the hint, that the suggestion stands, the error.
  const notes = [
    hint ? { key: 'hint', className: 'field__hint', text: hint } : null,
    empty && markEmpty
      ? {
          key: 'suggested',
          className: 'note lm-suggested__mark',
          // The screen invites a text of one's own; paper only says whose the text is.
          text: (
            <>
              <span className="lm-screen-only">{t('suggestion.mark')}</span>
              <span className="lm-print-only">{t('suggestion.printed')}</span>
            </>
          ),
        }
      : null,
    errorText ? { key: 'error', className: 'field__error', text: errorText, role: 'alert' } : null,
  ].filter((note) => note !== null);
  const describedBy = notes.map((note) => `${id}-${note.key}`).join(' ') || undefined;
  return (
    <div className={`field field--wide lm-suggested${errorText ? ' field--invalid' : ''}`}>
      <label htmlFor={id} className={labelHidden ? 'visually-hidden' : 'field__label'}>
        {label}
      </label>
      <div className="field__control">
        <textarea id={id} rows={rows} placeholder={suggestion} aria-invalid={errorText ? true : undefined} aria-describedby={describedBy} {...form.form.register(name)} />
      </div>
      {notes.map((note) => (
        <p key={note.key} id={`${id}-${note.key}`} className={note.className} role={note.role}>
          {note.text}
        </p>
      ))}
    </div>
  );
}
