import type { WalkCheck } from '../checks';

/**
 * What a phone's user types in is at least 16 px: smaller is hard to read at arm's length, and Safari on an
 * iPhone zooms the whole page into any field under 16 px when it takes focus, so the page then scrolls
 * sideways until the user zooms back out. And a field is wide enough to show what is typed in it: a box
 * squeezed to a few pixels (a table column with no room left) cannot be read or tapped, and a name cut to its
 * first letters cannot be checked. Boxes, radios and
 * buttons hold no typed text and are left alone.
 */
export const MIN_CONTROL_FONT_PX = 16;
/** Two and a half letters: the narrowest field the workbook means to have is for one digit of a 1–7 answer. */
export const MIN_CONTROL_WIDTH_EM = 2.5;
/** A field for words (a feature's name, a plan's action) shows a word or two at least: six letters. */
export const MIN_WORDS_WIDTH_EM = 6;

export const readableControls: WalkCheck = {
  name: 'readable form controls',
  appliesTo: ({ view }) => view.name === 'phone',
  run: (page) =>
    page.evaluate(
      ({ minimumPx, minimumEm, minimumWordsEm }) => {
        const untyped = new Set(['checkbox', 'radio', 'range', 'color', 'file', 'hidden', 'button', 'submit', 'reset', 'image']);
        // Grouped by kind of fault and control: forty alike fields in a table are one fault, said once with the first.
        const faults = new Map<string, { first: string; count: number }>();
        for (const control of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('input, textarea, select')) {
          if (control instanceof HTMLInputElement && untyped.has(control.type)) continue;
          const box = control.getBoundingClientRect();
          if (box.width === 0 || box.height === 0) continue;
          const size = Number.parseFloat(getComputedStyle(control).fontSize);
          const kind = `<${control.tagName.toLowerCase()}${control.className ? ` class="${control.className}"` : ''}>`;
          // Words, not figures: a text area, or a text field not marked for digits (inputmode numeric or decimal).
          const words = control instanceof HTMLTextAreaElement || (control instanceof HTMLInputElement && control.type === 'text' && !/numeric|decimal/.test(control.inputMode));
          const narrowest = words ? minimumWordsEm : minimumEm;
          const found = [
            size < minimumPx ? `${kind} at ${size} px, under ${minimumPx} px` : null,
            box.width < narrowest * size ? `${kind} ${Math.round(box.width)} px wide, under ${narrowest} letters` : null,
          ];
          const label = (control.labels?.[0]?.textContent ?? control.getAttribute('aria-label') ?? control.name).replace(/\s+/g, ' ').trim();
          for (const fault of found) {
            if (!fault) continue;
            const seen = faults.get(fault);
            faults.set(fault, { first: seen?.first ?? label.slice(0, 40), count: (seen?.count ?? 0) + 1 });
          }
        }
        return [...faults].map(([fault, { first, count }]) => `${fault}: "${first}"${count > 1 ? ` and ${count - 1} more` : ''}`);
      },
      { minimumPx: MIN_CONTROL_FONT_PX, minimumEm: MIN_CONTROL_WIDTH_EM, minimumWordsEm: MIN_WORDS_WIDTH_EM },
    ),
};
