import type { FilledText } from '../../content/catalogue';

/** A participant's text as written, or the catalogue's suggestion standing in, marked by the asterisk a footnote explains. */
export function Filled({ value }: { value: FilledText }) {
  if (!value.suggested) return <>{value.text}</>;
  return (
    <span className="lm-paper__suggested">
      {value.text}
      <sup aria-hidden="true">*</sup>
    </span>
  );
}
