import { useId, type ReactNode } from 'react';
import type { FieldError } from 'react-hook-form';
import { useT } from '../i18n/useI18n';
import type { AutosaveForm } from '../workbook/useAutosaveForm';
import type { FieldCodec, ValidationMessage } from '../workbook/fieldCodecs';
import { useFormat } from '../i18n/useI18n';

interface FieldProps<V> {
  form: AutosaveForm<V>;
  name: keyof V & string;
  label: string;
  hint?: ReactNode;
  /** Shown after the input: "%", "₽", "per month". */
  suffix?: string;
  multiline?: boolean;
  rows?: number;
}

function useErrorText(error: FieldError | undefined, codec: FieldCodec<unknown>): string | null {
  const t = useT();
  const format = useFormat();
  if (!error?.message) return null;
  const limit = (value: number | undefined) => (value === undefined ? '' : format.number(value, 6));
  // Cast: codecs report only ValidationMessage keys as an error's message.
  return t(error.message as ValidationMessage, { min: limit(codec.min), max: limit(codec.max) });
}

/** A labelled input bound to an autosave form: its message is inline, tied to the input for screen readers. */
export function Field<V>({ form, name, label, hint, suffix, multiline, rows = 4 }: FieldProps<V>) {
  const id = useId();
  // Cast: the form's codecs are keyed by its field names; the field reads its own.
  const codec = form.codecs[name] as FieldCodec<unknown>;
  const error = form.form.formState.errors[name];
  const errorText = useErrorText(error, codec);
  const t = useT();
  const describedBy = [hint ? `${id}-hint` : null, errorText ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const registration = form.form.register(name);
  return (
    <div className={`field${errorText ? ' field--invalid' : ''}${multiline ? ' field--wide' : ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <div className="field__control">
        {multiline ? (
          <textarea id={id} rows={rows} aria-invalid={errorText ? true : undefined} aria-describedby={describedBy} {...registration} />
        ) : (
          <input
            id={id}
            type="text"
            inputMode={codec.kind === 'number' ? 'decimal' : undefined}
            autoComplete="off"
            spellCheck={codec.kind === 'text'}
            aria-invalid={errorText ? true : undefined}
            aria-describedby={describedBy}
            {...registration}
          />
        )}
        {suffix ? <span className="field__suffix" aria-hidden="true">{suffix}</span> : null}
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {errorText ? (
        <p id={`${id}-error`} className="field__error" role="alert">
          {errorText} <span className="field__draft-note">{t('validation.draftKept')}</span>
        </p>
      ) : null}
    </div>
  );
}
