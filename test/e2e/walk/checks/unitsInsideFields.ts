import type { WalkCheck } from '../checks';

/**
 * A field's unit ("%", "₽", "раз в мес.") sits inside the field's own box and over no other input: a long unit
 * used to run out of its grid cell into the next field's input (issue 12).
 */
export const unitsInsideFields: WalkCheck = {
  name: 'units inside their fields',
  async run(page) {
    return page.evaluate(() => {
      const problems: string[] = [];
      const inputs = [...document.querySelectorAll('input, select, textarea')].map((element) => ({ element, box: element.getBoundingClientRect() }));
      for (const unit of document.querySelectorAll('.field__suffix')) {
        const box = unit.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) continue;
        const field = unit.closest('.field')?.getBoundingClientRect();
        const text = (unit.textContent ?? '').trim();
        // Half a pixel of rounding either way.
        if (field && (box.left < field.left - 0.5 || box.right > field.right + 0.5)) problems.push(`unit "${text}" runs out of its field (${Math.round(box.right - field.right)}px)`);
        const own = unit.closest('.field');
        for (const input of inputs) {
          if (own?.contains(input.element)) continue;
          const overlaps = box.left < input.box.right && box.right > input.box.left && box.top < input.box.bottom && box.bottom > input.box.top;
          if (overlaps) problems.push(`unit "${text}" lies over another input`);
        }
      }
      return problems;
    });
  },
};
