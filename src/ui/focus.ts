/**
 * Where keyboard focus goes when the page changes under it. A keyboard or screen-reader user is only where
 * focus is: if it stays on a button that has done its job, or falls to the page's start with a removed
 * element, they do not know what changed, and the next Enter acts on something they have not seen.
 */

/** The element focus lands on when what it had is gone (`data-focus-landing`, with tabIndex -1): the step's heading. */
const LANDING = '[data-focus-landing]';

/** Moves focus without scrolling: the page stays where the reader's eyes are. */
export function focusWithoutScroll(element: HTMLElement | null | undefined): boolean {
  if (!element || !element.isConnected) return false;
  element.focus({ preventScroll: true });
  return document.activeElement === element;
}

/** The current step's heading, else the main landmark (it takes focus as the skip link's target). */
function focusLanding(): void {
  if (focusWithoutScroll(document.querySelector<HTMLElement>(LANDING))) return;
  focusWithoutScroll(document.querySelector<HTMLElement>('main'));
}

/** Back to `element`, or to the landing if it has left the page (a deleted row's button, a banner that went). */
export function returnFocus(element: HTMLElement | null | undefined): void {
  if (element && element !== document.body && focusWithoutScroll(element)) return;
  focusLanding();
}
