import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDayIso, createFormatters } from '../../../src/i18n/format';

// West of Greenwich, where UTC midnight of a day is still the evening before: the trap a stored 'yyyy-mm-dd' falls into.
const savedTimeZone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'America/New_York';
});
afterAll(() => {
  process.env.TZ = savedTimeZone;
});

describe('dates as the app’s language writes them', () => {
  it('writes one unambiguous form per language: 05.03.2026, 5 Mar 2026, 2026年3月5日', () => {
    const day = new Date(2026, 2, 5);
    expect(createFormatters('ru', 'RUB').date(day)).toBe('05.03.2026');
    // Not 03/05/2026 or 05/03/2026: an American and a British reader would take those for different days.
    expect(createFormatters('en', 'USD').date(day)).toBe('5 Mar 2026');
    expect(createFormatters('zh', 'CNY').date(day)).toBe('2026年3月5日');
  });

  it('keeps a stored calendar day (a wave, a deadline, a launch) on its day in any time zone', () => {
    expect(createFormatters('ru', 'RUB').date('2026-03-05')).toBe('05.03.2026');
    expect(createFormatters('en', 'USD').date('2025-09-01')).toMatch(/^1 Sept? 2025$/);
    expect(createFormatters('zh', 'CNY').date('2024-01-01')).toBe('2024年1月1日');
  });

  it('shows a dash, not "Invalid Date" or a rolled-over day, for what is not a date', () => {
    const ru = createFormatters('ru', 'RUB');
    expect(ru.date('2026-02-30')).toBe('—');
    expect(ru.date('')).toBe('—');
    expect(ru.date('someday')).toBe('—');
  });

  it('names the local day of a moment, as an exported file’s name does, not the UTC day', () => {
    // 02:00 UTC on 6 March is still the evening of 5 March in New York.
    expect(calendarDayIso(new Date('2026-03-06T02:00:00Z'))).toBe('2026-03-05');
  });
});
