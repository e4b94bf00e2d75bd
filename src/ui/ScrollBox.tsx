import type { ReactNode } from 'react';

interface ScrollBoxProps {
  /** What the box holds, read out when it takes focus: usually the caption or heading of its table. */
  label: string;
  /** Extra classes, e.g. one that caps the height of a long list. */
  className?: string;
  children: ReactNode;
}

/**
 * A box that scrolls on its own: a wide table on a phone, a long list under a height cap. Its hidden part is
 * reachable from the keyboard only if the box itself takes focus (the arrow keys then scroll it), and a screen
 * reader names what it landed on; so every such box is a named group in the tab order (WCAG 2.1.1, axe's
 * scrollable-region-focusable). A group, not a region: a region is a landmark, and a table's box inside a section
 * of the same name would list that name twice among the page's landmarks. Every box with `overflow: auto` in
 * the workbook is one of these.
 */
export function ScrollBox({ label, className, children }: ScrollBoxProps) {
  return (
    <div className={className ? `table-wrap ${className}` : 'table-wrap'} role="group" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
