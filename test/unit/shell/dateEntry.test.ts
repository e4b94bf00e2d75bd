import { describe, expect, it } from 'vitest';
import { dateEntryExample, formatDateEntry, parseDateEntry } from '../../../src/ui/date/dateEntry';

const date = (iso: string) => ({ kind: 'date', iso });
const invalid = { kind: 'invalid' };

describe('dates typed in the app’s language', () => {
  it('reads day-first dots in Russian, never month-first', () => {
    expect(parseDateEntry('05.03.2026', 'ru')).toEqual(date('2026-03-05'));
    expect(parseDateEntry('5.3.2026', 'ru')).toEqual(date('2026-03-05'));
    expect(parseDateEntry(' 2026-03-05 ', 'ru')).toEqual(date('2026-03-05'));
    expect(parseDateEntry('03/05/2026', 'ru')).toEqual(invalid);
    expect(parseDateEntry('31.02.2026', 'ru')).toEqual(invalid);
  });

  it('reads month names and ISO in English, and refuses the ambiguous slash form', () => {
    expect(parseDateEntry('5 Mar 2026', 'en')).toEqual(date('2026-03-05'));
    expect(parseDateEntry('5 March 2026', 'en')).toEqual(date('2026-03-05'));
    expect(parseDateEntry('March 5, 2026', 'en')).toEqual(date('2026-03-05'));
    expect(parseDateEntry('2026-03-05', 'en')).toEqual(date('2026-03-05'));
    expect(parseDateEntry('3/5/2026', 'en')).toEqual(invalid);
  });

  it('reads year-first forms in Chinese', () => {
    expect(parseDateEntry('2026-03-05', 'zh')).toEqual(date('2026-03-05'));
    expect(parseDateEntry('2026/3/5', 'zh')).toEqual(date('2026-03-05'));
    expect(parseDateEntry('2026年3月5日', 'zh')).toEqual(date('2026-03-05'));
    expect(parseDateEntry('05.03.2026', 'zh')).toEqual(invalid);
  });

  it('says empty for nothing typed, and refuses years that are typos', () => {
    expect(parseDateEntry('  ', 'ru')).toEqual({ kind: 'empty' });
    expect(parseDateEntry('05.03.0226', 'ru')).toEqual(invalid);
    expect(parseDateEntry('вчера', 'ru')).toEqual(invalid);
  });

  it('writes a stored date back as each language writes it, and reads its own writing', () => {
    expect(formatDateEntry('2026-03-05', 'ru')).toBe('05.03.2026');
    expect(formatDateEntry('2026-03-05', 'en')).toBe('5 Mar 2026');
    expect(formatDateEntry('2026-03-05', 'zh')).toBe('2026-03-05');
    expect(formatDateEntry(null, 'ru')).toBe('');
    for (const locale of ['ru', 'en', 'zh'] as const) {
      expect(parseDateEntry(formatDateEntry('2025-12-31', locale), locale)).toEqual(date('2025-12-31'));
      expect(parseDateEntry(dateEntryExample(locale), locale)).toEqual(date('2026-03-05'));
    }
  });
});
