import { useId, type ReactNode } from 'react';
import { useFormat, useT } from '../../../../src/i18n/useI18n';
import type { AutosaveForm } from '../../../../src/workbook/useAutosaveForm';
import type { ValidationMessage } from '../../../../src/workbook/fieldCodecs';

interface PlanNumberProps<V> {
  form: AutosaveForm<V>;
  name: keyof V & string;
  /** Its name: the field seen ("Цель") and, for screen readers, the metric ("Цель: NPS"). */
  label: ReactNode;
  suffix: string;
}

/** A target or an alarm in a plan line: a number box named for its row, with the unit after it and its message under it. */
export function PlanNumber<V>({ form, name, label, suffix }: PlanNumberProps<V>) {
  const id = useId();
  const t = useT();
  const format = useFormat();
  const error = form.form.formState.errors[name];
  const codec = form.codecs[name];
  const limit = (value: number | undefined) => (value === undefined ? '' : format.number(value, 6));
  // Cast: codecs report only ValidationMessage keys as an error's message.
  const errorText = error?.message ? t(error.message as ValidationMessage, { min: limit(codec.min), max: limit(codec.max) }) : null;
  return (
    <div className={`field lm-number${errorText ? ' field--invalid' : ''}`}>
      <label htmlFor={id} className="lm-plan__label">
        {label}
      </label>
      <div className="field__control">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          aria-invalid={errorText ? true : undefined}
          aria-describedby={errorText ? `${id}-error` : undefined}
          {...form.form.register(name)}
        />
        <span className="field__suffix" aria-hidden="true">
          {suffix}
        </span>
      </div>
      {errorText ? (
        <p id={`${id}-error`} className="field__error" role="alert">
          {errorText}
        </p>
      ) : null}
    </div>
  );
}
