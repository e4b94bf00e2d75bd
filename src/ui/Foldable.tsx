import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

interface FoldableProps {
  /** The button's text on a small screen, e.g. "Menu". */
  label: string;
  /** Classes of the panel, which holds the tools and keeps its own layout on a wide screen. */
  className: string;
  /** Classes of the button, next to `button foldable__toggle`. */
  toggleClassName?: string;
  /** The panel as a named group (`role="group"` with this name), when its tools belong together. */
  groupLabel?: string;
  children: ReactNode;
}

/**
 * Tools that stand in a row on a wide screen and fold behind one button on a small one (styles.css decides where:
 * the button shows and the closed panel hides below the shell's small-screen width). A disclosure: the button says
 * whether the panel is open (aria-expanded) and which panel it opens (aria-controls); Escape on the button or in
 * the panel closes it and gives focus back to the button; a tap elsewhere on the page closes it too. Nothing the tools hold
 * is unmounted when the panel closes, so a message or a dialog they show survives it.
 */
export function Foldable({ label, className, toggleClassName, groupLabel, children }: FoldableProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const toggleRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      // A dialog the tools opened lives inside the panel: a tap on it, or on its backdrop, is not "elsewhere".
      if (!(event.target instanceof Node) || panelRef.current?.contains(event.target) || toggleRef.current?.contains(event.target)) return;
      setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  const closeOnEscape = (event: KeyboardEvent<HTMLElement>) => {
    // Escape in an open dialog belongs to the dialog (it cancels it), not to the panel around it.
    if (event.key !== 'Escape' || !open || (event.target instanceof Element && event.target.closest('dialog'))) return;
    // Not on to the window: there Escape also leaves presenter mode (usePresenterShortcut).
    event.stopPropagation();
    setOpen(false);
    toggleRef.current?.focus();
  };

  return (
    <>
      <button
        ref={toggleRef}
        type="button"
        className={`button foldable__toggle${toggleClassName ? ` ${toggleClassName}` : ''}`}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((current) => !current)}
        onKeyDown={closeOnEscape}
      >
        {label}
        <span className="foldable__chevron" aria-hidden="true" />
      </button>
      <div
        ref={panelRef}
        id={panelId}
        className={`foldable__panel ${className}${open ? ' foldable__panel--open' : ''}`}
        {...(groupLabel ? { role: 'group', 'aria-label': groupLabel } : {})}
        onKeyDown={closeOnEscape}
      >
        {children}
      </div>
    </>
  );
}
