import type { ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** The look of the line around it: a note by default, plain text where the step reads as prose. */
  className?: string;
}

/**
 * Work under way (a worker computing, stored answers being read): said as a status, so a screen reader hears it
 * without losing its place, and marked `data-pending` so the browser tests look at the page once it is over
 * rather than at its waiting state.
 */
export function Pending({ children, className = 'note' }: Props) {
  return (
    <p className={className || undefined} role="status" data-pending="">
      {children}
    </p>
  );
}
