import type { ReactNode } from 'react';

export type CalloutTone = 'info' | 'success' | 'warning' | 'danger';

/** A highlighted message; warnings and errors are announced to screen readers. */
export function Callout({ tone = 'info', title, children, actions }: { tone?: CalloutTone; title?: ReactNode; children?: ReactNode; actions?: ReactNode }) {
  const role = tone === 'danger' ? 'alert' : tone === 'warning' ? 'status' : undefined;
  return (
    <div className={`callout callout--${tone}`} role={role}>
      <div className="callout__body">
        {title ? <p className="callout__title">{title}</p> : null}
        {children}
      </div>
      {actions ? <div className="callout__actions">{actions}</div> : null}
    </div>
  );
}
