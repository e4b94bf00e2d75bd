import type { InputHTMLAttributes } from 'react';
import { useFormat } from '../i18n/useI18n';

type DateInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'value'> & {
  /** The stored day, 'yyyy-mm-dd', or '' for none. */
  value: string;
};

/**
 * The browser's date input, with the day written beside it as the app's language writes it, for paper: the
 * input itself shows (and prints) the day in the browser's language — 09/01/2023 on a Russian report read
 * in an English-language Chromium. On screen the input shows; in print the text does (src/app/print.css).
 */
export function DateInput({ value, className, ...props }: DateInputProps) {
  const format = useFormat();
  return (
    <span className="date-input">
      <input {...props} type="date" className={className ? `date-input__control ${className}` : 'date-input__control'} value={value} />
      <span className="date-input__text" aria-hidden="true">
        {value === '' ? '' : format.date(value)}
      </span>
    </span>
  );
}
