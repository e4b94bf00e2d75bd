import { useId } from 'react';

interface ChoiceGroupProps<V extends string> {
  legend: string;
  options: readonly V[];
  label: (option: V) => string;
  selected: V | null;
  onChoose: (option: V) => void;
}

/** One of a few named options, as radio buttons under a legend (market, stage, where the targets come from). */
export function ChoiceGroup<V extends string>({ legend, options, label, selected, onChoose }: ChoiceGroupProps<V>) {
  const group = useId();
  return (
    <fieldset className="fieldset">
      <legend>{legend}</legend>
      <div className="pd-goal-choices">
        {options.map((option) => (
          <label key={option}>
            <input type="radio" name={group} checked={selected === option} onChange={() => onChoose(option)} />
            {label(option)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
