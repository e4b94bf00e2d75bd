import { useId } from 'react';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** A textarea, printed as whole text (a textarea on paper would cut a long text at its rows). */
  multiline?: boolean;
  hint?: string | null;
  className?: string;
  maxLength?: number;
  /** Marks the input so the step can put the cursor in it once it is added. */
  focusKey?: { name: string; value: string };
}

/**
 * A labelled text the participant types, written through on every keystroke. The hint sits outside the label and
 * is tied to the field, so the field's name stays its label alone.
 */
export function TextField({ label, value, onChange, multiline = false, hint = null, className = '', maxLength = 2000, focusKey }: Props) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const focusAttribute = focusKey ? { [`data-${focusKey.name}`]: focusKey.value } : {};
  return (
    <div className={`field ${className}`.trim()}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {multiline ? (
        <>
          <textarea id={id} rows={2} value={value} maxLength={maxLength} aria-describedby={hintId} onChange={(event) => onChange(event.target.value)} {...focusAttribute} />
          <span className="print-only el-print-text">{value}</span>
        </>
      ) : (
        <input id={id} type="text" value={value} maxLength={maxLength} aria-describedby={hintId} onChange={(event) => onChange(event.target.value)} {...focusAttribute} />
      )}
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
