import type { ReactNode } from 'react';

export type MetricTone = 'neutral' | 'good' | 'bad';

/** A headline result: the figure large, its meaning in words beneath. */
export function Metric({ label, value, note, tone = 'neutral' }: { label: string; value: ReactNode; note?: ReactNode; tone?: MetricTone }) {
  return (
    <div className={`metric metric--${tone}`}>
      <dt className="metric__label">{label}</dt>
      <dd className="metric__value">{value}</dd>
      {note ? <dd className="metric__note">{note}</dd> : null}
    </div>
  );
}

export function MetricGrid({ children, label }: { children: ReactNode; label?: string }) {
  return (
    <dl className="metric-grid" aria-label={label}>
      {children}
    </dl>
  );
}
