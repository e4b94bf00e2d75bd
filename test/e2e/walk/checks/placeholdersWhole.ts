import type { WalkCheck } from '../checks';

/**
 * A field's placeholder is read whole: it is the example to type ("05.03.2026") or a suggested wording, and a
 * date cut to "2026-03" teaches a wrong format. Measured with the field's own font against the room inside its
 * padding. Text areas wrap their placeholder and are left alone, as are filled fields.
 */
export const placeholdersWhole: WalkCheck = {
  name: 'placeholders read whole',
  appliesTo: () => true,
  run: (page) =>
    page.evaluate(() => {
      const context = document.createElement('canvas').getContext('2d');
      if (!context) return ['no canvas to measure placeholders with'];
      const faults = new Map<string, { first: string; count: number }>();
      for (const input of document.querySelectorAll<HTMLInputElement>('input[placeholder]')) {
        if (input.value !== '' || input.placeholder.trim() === '') continue;
        const box = input.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) continue;
        const style = getComputedStyle(input);
        context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const needed = context.measureText(input.placeholder).width;
        const room = input.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
        // One pixel of slack: measureText and layout round differently.
        if (needed <= room + 1) continue;
        const fault = `placeholder "${input.placeholder}" needs ${Math.ceil(needed)} px, the field has ${Math.floor(room)} px`;
        const label = (input.labels?.[0]?.textContent ?? input.getAttribute('aria-label') ?? input.name).replace(/\s+/g, ' ').trim();
        const seen = faults.get(fault);
        faults.set(fault, { first: seen?.first ?? label.slice(0, 40), count: (seen?.count ?? 0) + 1 });
      }
      return [...faults].map(([fault, { first, count }]) => `${fault}: "${first}"${count > 1 ? ` and ${count - 1} more` : ''}`);
    }),
};
