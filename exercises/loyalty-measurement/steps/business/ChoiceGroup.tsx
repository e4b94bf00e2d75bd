import { useId, type ReactNode } from 'react';

interface ChoiceGroupProps<T extends string> {
  legend: string;
  options: readonly T[];
  label: (option: T) => ReactNode;
  /** One choice (radio buttons) or several (check boxes). */
  chosen: T | null | readonly T[];
  onChange: (option: T, on: boolean) => void;
}

/** A named group of radio buttons or check boxes; on paper only the chosen ones print (print.css). */
export function ChoiceGroup<T extends string>({ legend, options, label, chosen, onChange }: ChoiceGroupProps<T>) {
  const name = useId();
  const several = Array.isArray(chosen);
  const isChosen = (option: T) => (Array.isArray(chosen) ? chosen.includes(option) : chosen === option);
  return (
    <fieldset className="fieldset">
      <legend>{legend}</legend>
      <div className="lm-choices">
        {options.map((option) => (
          <label key={option}>
            <input
              type={several ? 'checkbox' : 'radio'}
              name={several ? undefined : name}
              checked={isChosen(option)}
              onChange={(event) => onChange(option, event.target.checked)}
            />
            {label(option)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
