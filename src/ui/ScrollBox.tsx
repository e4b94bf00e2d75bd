import { useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';

/**
 * The box a table too wide for the screen scrolls in, so that the page never scrolls sideways (a phone, a narrow
 * window), or a long list scrolls in under a height cap. While its content overflows the box, the box takes focus and has a name: a keyboard user scrolls
 * it with the arrow keys, a screen reader says what it holds. It is a named group, not a region: a landmark for
 * every table would crowd the page's landmarks (and share the name of the section around it). While everything
 * fits it is a plain box, with no extra stop in the tab order.
 *
 * Its width never depends on its content (styles.css makes it a size container): a wide table inside a grid or a flex item would
 * otherwise widen that grid's column, and the page with it, before the box had a chance to scroll.
 */
export function ScrollBox({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const scrolls = useScrollsSideways(ref);
  return (
    <div ref={ref} className={className ? `table-wrap ${className}` : 'table-wrap'} {...(scrolls ? { role: 'group', 'aria-label': label, tabIndex: 0 } : {})}>
      {children}
    </div>
  );
}

function useScrollsSideways(ref: RefObject<HTMLDivElement | null>): boolean {
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    const box = ref.current;
    // No layout to measure (a test's DOM without a layout engine): the plain box.
    if (!box || typeof ResizeObserver === 'undefined') return;
    const measure = () => setScrolls(box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1);
    // The box resizes with the window; its content with new rows, a language or a presenter-mode font size.
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    for (const child of box.children) observer.observe(child);
    measure();
    return () => observer.disconnect();
  }, [ref]);
  return scrolls;
}
