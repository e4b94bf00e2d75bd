import { useId } from 'react';
import { useFormat, useT } from '../../../../src/i18n/useI18n';
import type { AutosaveForm } from '../../../../src/workbook/useAutosaveForm';
import type { ValidationMessage } from '../../../../src/workbook/fieldCodecs';
import type { CellKey, CellValues } from './scenarioCells';

/**
 * A compact input for a table cell: the shell's Field carries a visible label and hint, which a table
 * gives by its headers instead. The label for screen readers names both the scenario and the parameter.
 */
interface ScenarioCellProps {
  form: AutosaveForm<CellValues>;
  name: CellKey;
  label: string;
  /** The default value, shown when the cell is emptied: the computation then uses it. */
  placeholder: string;
  suffix: string;
}

export function ScenarioCell({ form, name, label, placeholder, suffix }: ScenarioCellProps) {
  const id = useId();
  const shell = useT();
  const format = useFormat();
  const codec = form.codecs[name];
  const error = form.form.formState.errors[name];
  const limit = (value: number | undefined) => (value === undefined ? '' : format.number(value, 6));
  // Cast: codecs report only ValidationMessage keys as an error's message.
  const errorText = error?.message ? shell(error.message as ValidationMessage, { min: limit(codec.min), max: limit(codec.max) }) : null;
  return (
    <div className={errorText ? 'field--invalid' : undefined}>
      <input
        type="text"
        inputMode="decimal"
        autoComplete="off"
        aria-label={label}
        aria-invalid={errorText ? true : undefined}
        aria-describedby={errorText ? `${id}-error` : undefined}
        placeholder={placeholder}
        {...form.form.register(name)}
      />{' '}
      <span className="field__suffix" aria-hidden="true">
        {suffix}
      </span>
      {errorText ? (
        <p id={`${id}-error`} className="field__error" role="alert">
          {errorText}
        </p>
      ) : null}
    </div>
  );
}
