import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n/translate';
import { importMessages } from '../../../src/ui/import/messages';
import { fileProblemText, fileSizeText } from '../../../src/ui/import/wording';

const KB = 1024;
const MB = 1024 * 1024;
const SPEC = { id: 'sales', title: { ru: 'Продажи', en: 'Sales', zh: '销售' }, columns: [] };
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('file size as a person reads it', () => {
  const ru = (bytes: number) => plain(fileSizeText(translator(importMessages, 'ru'), bytes));

  it('counts bytes below a kilobyte, with the Russian plural', () => {
    expect(ru(1)).toBe('1 байт');
    expect(ru(21)).toBe('21 байт');
    expect(ru(602)).toBe('602 байта');
    expect(ru(605)).toBe('605 байт');
    expect(ru(612)).toBe('612 байт');
  });

  it('gives one decimal below ten units and whole units above', () => {
    // 1 536 / 1 024 = 1.5 KB; 23 552 / 1 024 = 23 KB exactly.
    expect(ru(1536)).toBe('1,5 КБ');
    expect(ru(23 * KB)).toBe('23 КБ');
    // 5 138 022 / 1 048 576 = 4.8999… → 4,9 MB; 66 060 288 / 1 048 576 = 63 MB exactly.
    expect(ru(5_138_022)).toBe('4,9 МБ');
    expect(ru(63 * MB)).toBe('63 МБ');
  });

  it('moves to the next unit when the rounded size would read 1024 of the smaller one', () => {
    // 1 048 000 / 1 024 = 1 023.4 → 1 023 KB; 1 048 500 / 1 024 = 1 023.9 would round to 1024 KB, so: 0.99993 MB → 1 MB.
    expect(ru(1_048_000)).toBe('1 023 КБ');
    expect(ru(1_048_500)).toBe('1 МБ');
  });

  it('speaks English and Chinese too', () => {
    const en = translator(importMessages, 'en');
    const zh = translator(importMessages, 'zh');
    expect(fileSizeText(en, 1)).toBe('1 byte');
    expect(fileSizeText(en, 602)).toBe('602 bytes');
    expect(fileSizeText(en, 1536)).toBe('1.5 KB');
    expect(fileSizeText(zh, 602)).toBe('602 字节');
    expect(fileSizeText(zh, 5_138_022)).toBe('4.9 MB');
  });
});

describe('a workbook that unpacks past the limit', () => {
  it('names its size, what it holds inside and the limit, in each language', () => {
    const problem = { code: 'tooLarge' as const, details: { bytes: 1.2 * MB, limitBytes: 600 * MB, unpackedBytes: 1024 * MB } };
    const text = (locale: 'ru' | 'en' | 'zh') => plain(fileProblemText(translator(importMessages, locale), problem, { fileName: 'bomb.xlsx', spec: SPEC, locale }));
    expect(text('ru')).toContain('Файл весит 1,2 МБ, но внутри него 1 024 МБ данных, а предел — 600 МБ');
    expect(text('en')).toContain('The file is 1.2 MB, but it holds 1,024 MB of data inside; the limit is 600 MB');
    expect(text('zh')).toContain('上限为 600 MB');
  });
});
