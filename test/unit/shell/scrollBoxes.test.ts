import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * A box that scrolls on its own must take focus, or a keyboard user never sees its hidden part (WCAG 2.1.1).
 * The walk's axe check finds such a box only where it overflows on the demo data; this rule holds everywhere,
 * for exercises written later too: every scrolling box is a <ScrollBox> (src/ui/ScrollBox.tsx).
 */
const ROOT = join(import.meta.dirname, '../../..');

function files(folder: string, extension: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(extension))
    .map((name) => join(folder, name));
}

const sources = [...files('src', '.tsx'), ...files('exercises', '.tsx')];
const styles = [...files('src', '.css'), ...files('exercises', '.css')];
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

/** The classes a ScrollBox carries: its own, and those callers give it (`<ScrollBox … className="kano-typed">`). */
function scrollBoxClasses(): Set<string> {
  const classes = new Set(['table-wrap']);
  for (const file of sources) {
    for (const match of read(file).matchAll(/<ScrollBox\b[^>]*?\bclassName="([^"]+)"/g)) {
      for (const name of match[1]!.split(/\s+/)) classes.add(name);
    }
  }
  return classes;
}

describe('boxes that scroll on their own', () => {
  it('are ScrollBoxes, never a bare .table-wrap', () => {
    const bare = sources.filter((file) => !file.endsWith(join('ui', 'ScrollBox.tsx')) && read(file).includes('table-wrap'));
    expect(bare).toEqual([]);
  });

  it('scroll only through a class a ScrollBox carries', () => {
    const allowed = scrollBoxClasses();
    const strays: string[] = [];
    for (const file of styles) {
      // Comments may hold commas and words that read like selectors.
      for (const rule of read(file).replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
        if (!/overflow(-x|-y)?\s*:\s*(auto|scroll)/.test(rule[2]!)) continue;
        for (const selector of rule[1]!.split(',').map((part) => part.trim())) {
          const last = selector.split(/[\s>+~]+/).pop() ?? '';
          const classes = [...last.matchAll(/\.([\w-]+)/g)].map((match) => match[1]!);
          if (!classes.some((name) => allowed.has(name))) strays.push(`${file}: ${selector}`);
        }
      }
    }
    expect(strays).toEqual([]);
  });
});
